"""Stance questions beyond criticise and praise: "who doubted X" keeps those the story frames
as doubting X ("questioned the result") or whose own words doubt it ("I would want to see
... before"), else the critics; a speaker who "rejected that criticism" defends X and the
criticism is the side of the speaker quoted before. Fictional stories, ingested through the
CLI and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from lemminflect import getInflection

from ask.intents import parse_question
from ask.stance import DOUBT, NEGATIVE, POSITIVE, Frame, doubted, load_stance, rebutted
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "comet": (
        "Brackwater observatory reports ice on a passing comet\n"
        "Astronomers say the comet carries frozen water.\n"
        "BRACKWATER, 4 May - Astronomers at the Brackwater Observatory say a passing comet "
        "carries frozen water, a result published on Monday.\n"
        "Dr Marta Quillon, who led the survey, called the comet result a clean detection. "
        '"We saw the same signal on three separate nights," she said.\n'
        "Prof Osric Templeman of Fallow University said the instrument had drifted before. "
        '"I would want to see another observatory repeat it before I believe it," Templeman '
        "said.\n"
        "Dr Lena Varro questioned the comet result, saying the sample was small. "
        '"Three nights is a short run for a comet," Varro said.\n'
    ),
    "toll": (
        "Council approves toll for Marlow bridge\n"
        "Drivers will pay two pounds to cross from June.\n"
        "MARLOW, 6 May - Marlow council approved a toll on the town bridge on Monday to pay "
        "for its repairs.\n"
        "Council leader Edwin Farrant announced the bridge toll at the town hall. "
        '"The toll pays for the repairs and nothing else," he said.\n'
        "Shop owner Priya Castellan said the bridge toll would drive customers away. "
        '"People will simply shop in Dunmere instead," she said.\n'
        'Farrant rejected that criticism. "Nobody likes paying, but the bridge must be '
        'safe," he said.\n'
    ),
}


@pytest.fixture(scope="module")
def sides_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("sides"), STORIES)


@pytest.mark.parametrize("verb", ["doubted", "questioned", "cast doubt on", "disputed"])
def test_who_doubted_keeps_the_doubters(sides_db: Path, verb: str) -> None:
    answer = ask_json(sides_db, f"who {verb} the comet result?")
    found = speakers_in(answer)
    assert "Lena Varro" in found  # "questioned the comet result, saying ..."
    assert "Osric Templeman" in found  # "I would want to see ... before I believe it"
    assert "Marta Quillon" not in found  # led the survey: no doubt of hers
    assert "doubtful of it" in answer["searched"]


def test_no_critics_then_the_doubters(sides_db: Path) -> None:
    found = speakers_in(ask_json(sides_db, "who criticised the comet result?"))
    assert {"Lena Varro", "Osric Templeman"} <= found
    assert "Marta Quillon" not in found


def test_rejecting_the_criticism_defends_and_names_the_critic(sides_db: Path) -> None:
    # "Farrant rejected that criticism.": his side is the toll's; the criticism is
    # Castellan's, quoted just before, though no verb of the story frames her.
    critics = speakers_in(ask_json(sides_db, "who criticised the bridge toll?"))
    assert "Priya Castellan" in critics
    assert "Edwin Farrant" not in critics
    defenders = speakers_in(ask_json(sides_db, "who defended the bridge toll?"))
    assert "Edwin Farrant" in defenders
    assert "Priya Castellan" not in defenders


@pytest.mark.parametrize(
    "question, stance, topic",
    [
        ("who doubted the survey?", DOUBT, "the survey"),
        ("who's criticised the toll", NEGATIVE, "the toll"),
        ("who has welcomed the toll", POSITIVE, "the toll"),
        ("who hit back at the council", NEGATIVE, "the council"),
        ("who warned against the toll", NEGATIVE, "the toll"),
        ("has anyone questioned the survey", DOUBT, "the survey"),
    ],
)
def test_a_question_names_its_side(question: str, stance: str, topic: str) -> None:
    query = parse_question(question, tz="UTC")
    assert (query.stance, query.topic) == (stance, topic)


def test_every_verb_and_phrase_of_doubt_asks_for_it() -> None:
    raw = json.loads(resources.files("ask").joinpath("data/stance.json").read_text("utf-8"))
    for lemma in raw["families"][DOUBT]:
        past = getInflection(lemma, tag="VBD")[0]
        assert parse_question(f"who {past} the plan?", tz="UTC").stance == DOUBT, lemma
    for phrase in raw["phrases"][DOUBT]:
        assert parse_question(f"who {phrase} the plan?", tz="UTC").stance == DOUBT, phrase


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I am not convinced the readings are right.", True),
        ("We would want to see the full data first.", True),
        ("Frankly I remain sceptical.", True),
        ("The readings are very clear.", False),
    ],
)
def test_a_quotes_own_words_of_doubt(text: str, expected: bool) -> None:
    assert doubted(text) is expected


@pytest.mark.parametrize(
    "verb, obj, expected",
    [
        (NEGATIVE, "that criticism", NEGATIVE),  # "rejected that criticism"
        (NEGATIVE, "critics", NEGATIVE),  # "hit back at critics"
        (NEGATIVE, "the plan", None),  # a side on the plan itself
        (POSITIVE, "the criticism", None),  # "welcomed the criticism": no rebuttal
    ],
)
def test_a_rebuttal_is_a_negative_verb_on_a_side_taken(
    verb: str, obj: str, expected: str | None
) -> None:
    frame = Frame((0, 10), "Farrant", verb, obj)
    assert rebutted(frame, load_stance()) == expected
