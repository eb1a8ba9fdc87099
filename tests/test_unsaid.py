"""Answers show what a person said, not what they must, mean or refuse to say, nor quoted
titles beside a verb of doing; and a place is not the people described by it.

Over a fictional story about a ferry dispute: "what did Ilse Varga say?" shows her words
and leaves out "has to argue that ...", "faces pressure to show ...", "sat for an
interview on "Morning Harbour"". "what did Saskatchewan say?" is not answered with a
"Saskatchewan grain farmer". Each family of ask/data/speech.json's
"not_said_before_to" keeps a case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask.speech import hypothetical, reports_speech
from tests.conftest import ROOT, said_by, story_db

STORY = (
    "Ferry levy splits the harbour council\n\n"
    "Mayor Ilse Varga said the ferry levy would pay for a second boat by next summer.\n\n"
    "Varga has to argue that the levy will not drive passengers away.\n\n"
    "Varga faces heavy pressure to show she can keep the fares down.\n\n"
    'Varga sat for an interview with "Morning Harbour" on Sunday.\n\n'
    'Varga called the old timetable "a relic of the steamship age."\n\n'
    '"Nobody wants to wait an hour in the rain," Varga told the council.\n\n'
    "Tobias Rennick, a Saskatchewan grain farmer who ships through the port, said the levy "
    "was fair.\n"
)

# family -> a sentence whose cue is not said, with its cue; and one where it was said
NOT_SAID = {
    "obligation": ("The warden has to explain the closures to the parish.", "explain"),
    "intention": ("The warden is going to announce the closures on Friday.", "announce"),
    "refusal": ("The warden refused to say how many wards would close.", "say"),
    "request": ("The parish ignored the warden's call to admit the plan had failed.", "admit"),
    "advice": ("The warden would do better to argue that the wards are safe.", "argue"),
}
SAID = [
    ("The warden went on to say the wards would reopen.", "say"),
    ("The warden continued to insist the wards were safe.", "insist"),
    ("The warden said the wards would reopen.", "said"),
]


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "ask" / "data" / "speech.json").read_text("utf-8"))
    assert set(raw["not_said_before_to"]) - {"about"} == set(NOT_SAID)


@pytest.mark.parametrize("family", NOT_SAID)
def test_a_cue_after_a_word_of_the_family_is_notsaid_by(family: str) -> None:
    sentence, cue = NOT_SAID[family]
    assert hypothetical(sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), SAID)
def test_a_cue_that_tells_it_was_said_stays(sentence: str, cue: str) -> None:
    assert not hypothetical(sentence, cue)


def test_quoted_words_need_a_verb_that_reports_speech() -> None:
    assert reports_speech("called") and reports_speech("made clear") and reports_speech(None)
    assert not reports_speech("sat") and not reports_speech("strode")


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("ferry"), "ferry", STORY)


def test_what_she_must_or_is_pressed_to_say_is_not_what_shesaid_by(ferry_db: Path) -> None:
    said, _ = said_by(ferry_db, "Ilse Varga")
    assert "pay for a second boat" in said
    assert "a relic of the steamship age" in said
    assert "wait an hour in the rain" in said
    assert "drive passengers away" not in said
    assert "keep the fares down" not in said
    assert "Morning Harbour" not in said


def test_a_place_is_not_the_people_it_describes(ferry_db: Path) -> None:
    _, speakers = said_by(ferry_db, "Saskatchewan")
    assert "Tobias Rennick" not in speakers
