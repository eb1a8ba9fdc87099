"""Stance by what a quote's words say, not only by its reporting verb: a refused acceptance
("I cannot support ...", "we refuse to accept ...") speaks against, unless what is refused is
a charge against the speaker's own side ("I don't accept that we ..."); evaluative phrases
("it makes no sense", "the right decision") count like evaluative words; and a body's stance
verb read as its own statement ("The ramblers' club criticised the timing ...") still passes
to the officer who speaks for it next ("Its secretary ... said"). Fictional sentences and
stories, asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.intents import parse_question
from ask.stance_lexicon import NEGATIVE, POSITIVE, load_stance, polarity
from tests.conftest import ask_json, speakers_in, stories_db


@pytest.mark.parametrize(
    "text, expected",
    [
        # refused acceptance: the speaker is against it
        ("We cannot support a timetable that strands the night shift.", NEGATIVE),
        ("I will never accept a tunnel under the common.", NEGATIVE),
        ("The parish refuses to endorse a quarry next to the school.", NEGATIVE),
        ("I don't agree that closing wards saves money.", NEGATIVE),
        ("We won't back any merger that ends the village post office.", NEGATIVE),
        # a charge against the speaker's own side refused: a rebuttal, no side
        ("I don't accept that we misled the tenants.", None),
        ("We do not accept these allegations about our drivers.", None),
        ("The firm does not accept the suggestion that it cut corners.", None),
        # acceptance said plainly takes no side by itself
        ("We accept the ruling and will study it.", None),
    ],
)
def test_refused_acceptance_speaks_against(text: str, expected: str | None) -> None:
    assert polarity(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Frankly it makes no sense to shut a library that is full every day.", NEGATIVE),
        ("We will fight this in every court in the land.", NEGATIVE),
        ("Charging pensioners to park is a kick in the teeth.", NEGATIVE),
        ("The fare rise should be scrapped before it starts.", NEGATIVE),
        ("Moving the clinic was the right decision for the valley.", POSITIVE),
        ("A new footbridge is long overdue.", POSITIVE),
        ("It was not the right decision, whatever the board says.", NEGATIVE),
    ],
)
def test_evaluative_phrases_give_a_quotes_stance(text: str, expected: str | None) -> None:
    assert polarity(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after "but", the side the words take is the speaker's
        ("It is a step in the right direction but nowhere near enough.", NEGATIVE),
        ("We welcome the review, but it is not good enough for the families.", NEGATIVE),
        ("The timing is wrong, but it is the right decision for the valley.", POSITIVE),
        # words after "but" that take no side leave the whole quote's
        ("It is the right decision, but the rain came early.", POSITIVE),
    ],
)
def test_a_contrast_gives_the_side_of_what_comes_after_but(text: str, expected: str) -> None:
    assert polarity(text) == expected


def test_every_acceptance_verb_refused_speaks_against() -> None:
    lexicon = load_stance()
    for verb in ("accept", "agree", "support", "back", "endorse", "condone", "tolerate"):
        assert verb in lexicon.acceptance
        assert polarity(f"We do not {verb} the new tariff.") == NEGATIVE, verb


def test_every_polarity_phrase_has_its_side() -> None:
    lexicon = load_stance()
    assert lexicon.phrase_polarity
    for words, side in lexicon.phrase_polarity:
        assert polarity(f"Frankly {' '.join(words)} here.") == side, words


STORIES = {
    "ferry": (
        "Ferry firm cuts winter sailings to Skerrin\n"
        "Islanders will have two boats a week from November.\n"
        "SKERRIN, 4 October - The Skerrin ferry will sail twice a week this winter instead of "
        "daily, the operator Northsound Ferries said on Monday.\n"
        "Its managing director, Lorcan Breslin, said the cut was needed to keep the route "
        'open. "We lose money on every winter crossing," he said.\n'
        "The Skerrin Community Trust criticised the timing of the cut. Its secretary, Morag "
        'Achterlony, said in an email to members: "Nobody was asked."\n'
        'Harbour master Ewan Stroud said: "I cannot support a timetable that leaves the '
        'island without a doctor for four days."\n'
        'Fisherman Alasdair Keir said: "The boat is full every Friday. It makes no sense."\n'
        'Ferry captain Isla Renwick said: "The crew will sail whatever the timetable says."\n'
    ),
}


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_words"), STORIES)


def test_who_criticised_finds_critics_by_their_words(ferry_db: Path) -> None:
    found = speakers_in(ask_json(ferry_db, "who criticised the Skerrin ferry cut?"))
    assert "Morag Achterlony" in found  # "The ... Trust criticised the timing. Its secretary"
    assert "Ewan Stroud" in found  # "I cannot support ..."
    assert "Alasdair Keir" in found  # "It makes no sense."
    assert "Isla Renwick" not in found  # she takes no side


@pytest.mark.parametrize(
    "question",
    [
        "has anyone raised worries about the mast?",
        "who raised concerns about the mast?",
        "is anyone worried about the mast?",
    ],
)
def test_a_worry_asked_is_a_doubt_on_the_topic(question: str) -> None:
    """Worries and concerns raised ask for the doubters of the topic (stance.json
    "question_phrases" "doubt"), not for a search of the words "raised worries"."""
    query = parse_question(question, tz="UTC")
    assert (query.intent, query.topic, query.stance) == ("who_said_what", "the mast", "doubt")


@pytest.mark.parametrize(
    "text, expected",
    [
        # words that judge what they speak of (stance.json polarity)
        ("The trust had treated farmers as an afterthought.", NEGATIVE),
        ("Closing it now is madness.", NEGATIVE),
        ("It is pointless and senseless.", NEGATIVE),
        # a feeling is relative to the news it answers: no side of its own ("disappointed"
        # at a refusal backs what was refused; "grateful but would rather keep his plot")
        ("He was disappointed but not surprised.", None),
        ("He was grateful but would rather keep his plot.", None),
    ],
)
def test_judging_words_take_a_side_and_feelings_do_not(text: str, expected: str | None) -> None:
    assert polarity(text) == expected


def test_a_feeling_in_the_first_person_is_no_admission() -> None:
    """ "I am appalled" says how the speaker takes the news (stance.json admission
    "feelings"), no fault of their own; "we were wrong" still admits one and takes no side."""
    assert polarity("I am appalled, and so is every parent here.") == NEGATIVE
    assert polarity("We are absolutely outraged about it.") == NEGATIVE
    assert polarity("We were wrong about the timetable.") is None
