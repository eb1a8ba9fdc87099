"""Questions in forms no question pattern knows (ask/loose_questions.py): a reporter's
"did the council put out a statement on X?", "trust statements on X", "anyone raise
questions about X?", "X, who said what?", "X - reaction?", "how has X hit Y?", "who wants X?"
are read by what they are made of (a word asking for what was said, the words before it
naming the speaker, an "about" word before the topic), not answered as a bare keyword
search for the whole question. Fictional stories of a market town, ingested and asked
through the CLI as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.intents import KEYWORD, WHAT_DID_X_SAY, WHO_IS, WHO_SAID_WHAT, parse_question
from tests.conftest import ask_json, said_in, speakers_in, stories_db


@pytest.mark.parametrize(
    "question, intent, speaker, topic",
    [
        (
            "did Brackenford council put out a statement on the protest ride?",
            WHAT_DID_X_SAY,
            "brackenford council",
            "the protest ride",
        ),
        (
            "NHS trust statements on the night closure",
            WHAT_DID_X_SAY,
            "nhs trust",
            "the night closure",
        ),
        (
            "anyone raise questions about the co-op's accounts?",
            WHO_SAID_WHAT,
            None,
            "the co-op's accounts",
        ),
        ("anything said on Tuesday about the cycle lane", WHO_SAID_WHAT, None, "the cycle lane"),
        (
            "anyone on the record about dialysis patients getting to St Aldhelm's?",
            WHO_SAID_WHAT,
            None,
            "dialysis patients getting to st aldhelm's",
        ),
        ("has anyone gone on the record about the ferry", WHO_SAID_WHAT, None, "the ferry"),
        (
            "quad bikes on the pitches, who said what?",
            WHAT_DID_X_SAY,
            "quad bikes on the pitches",
            None,
        ),
        ("brown bin charge - reaction?", WHAT_DID_X_SAY, "brown bin charge", None),
        (
            "how has the bridge closure hit shops?",
            WHO_SAID_WHAT,
            None,
            "the bridge closure hit shops",
        ),
        (
            "who wants the review done by an outsider?",
            WHO_SAID_WHAT,
            None,
            "the review done by an outsider",
        ),
        # "who is" and what someone is doing: who spoke on it, not a person called so
        (
            "who is threatening to take the council to court over parking",
            WHO_SAID_WHAT,
            None,
            "threatening to take the council to court over parking",
        ),
        ("who's suing the council?", WHO_SAID_WHAT, None, "suing the council"),
        ("who is Manning?", WHO_IS, "manning", None),  # a name, capitalised
        # no word asking for what was said: still a keyword search
        ("speedway noise", KEYWORD, None, "speedway noise"),
        # a speaker and a speech word with no topic: the store decides (a keyword phrase)
        ("Active Travel Wessex comments?", KEYWORD, None, "active travel wessex comments"),
    ],
)
def test_a_question_in_an_unknown_form_is_read_by_its_parts(
    question: str, intent: str, speaker: str | None, topic: str | None
) -> None:
    query = parse_question(question, tz="UTC")
    assert (query.intent, query.speaker, query.topic) == (intent, speaker, topic)


STORIES = {
    "bridge": (
        "Traders count the cost of Halbrook bridge closure\n"
        "Shops on the south bank say takings have halved since the bridge shut.\n"
        "HALBROOK, 2 December - Shops on the south bank say takings have halved since the "
        "Halbrook bridge closure began.\n"
        'Baker Lena Kowal said: "Half my regulars live on the other side of the river."\n'
        "Butcher Tom Ashe said customers were simply not coming over any more.\n"
    ),
    "council": (
        "Council defends Halbrook bridge repairs timetable\n"
        "The repairs will take until March, the council said.\n"
        "HALBROOK, 3 December - Halbrook Town Council said the bridge closure was unavoidable "
        "and the repairs would take until March.\n"
        "In a statement, the council said it had set up a free shuttle bus for shoppers.\n"
    ),
    "parking": (
        "Parking complaints grow on Halbrook high street\n"
        "Residents say delivery vans block the pavements.\n"
        "HALBROOK, 1 December - Residents have complained about parking on the high street.\n"
        'Pensioner Ada Rook said: "The vans park on the pavement every morning."\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("loose"), STORIES)


def test_a_statement_put_out_by_a_body_is_its_words(store: Path) -> None:
    answer = ask_json(store, "did Halbrook council put out a statement on the bridge closure?")
    assert speakers_in(answer) == {"Halbrook Town Council"}
    assert any("free shuttle bus" in text for _, text in said_in(answer))


def test_a_subject_then_a_bare_reaction_asks_about_the_subject(store: Path) -> None:
    said = said_in(ask_json(store, "Halbrook bridge closure - reaction?"))
    assert ("Lena Kowal", "Half my regulars live on the other side of the river.") in said


def test_words_before_a_statement_noun_that_name_nobody_are_the_topic(store: Path) -> None:
    """ "parking complaints on the high street": no speaker is called Parking, so the whole
    phrase is the topic."""
    said = said_in(ask_json(store, "parking complaints on the high street"))
    assert ("Ada Rook", "The vans park on the pavement every morning.") in said


def test_a_speaker_then_their_position_asks_what_they_said(store: Path) -> None:
    """ "Halbrook council position?": the store knows the speaker; "position" asks for their
    words, not for stories holding the word."""
    answer = ask_json(store, "Halbrook Town Council position?")
    assert (answer["intent"], answer["speaker"]) == (WHAT_DID_X_SAY, "Halbrook Town Council")
    assert speakers_in(answer) == {"Halbrook Town Council"}
    assert any("free shuttle bus" in text for _, text in said_in(answer))
