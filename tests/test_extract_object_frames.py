"""A cue's object frame per family (extract/data/cues.json "object_not_by_people"): what a
poll or an audit shows or finds is a report, but a person who shows, finds or proves a thing
is acting; and a clause that says when or why ends the object (extract/frames.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import ROOT, extracted_quotes, said_by, speaker_of, stories_db

STORY = (
    "Ferry operator fined over harbour spill\n\n"
    "Magistrate Odile Prentiss fined the Calderbay Ferry Company £40,000 on Monday.\n\n"
    "The company's skipper, Anselm Quarry, showed no remorse as the court rose.\n\n"
    "Anselm Quarry later found the missing logbook of the ferry in the wheelhouse.\n\n"
    "Anselm Quarry showed that the fuel valve had been fitted by the shipyard.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("object_frames"), {"spill": STORY})


def test_a_person_showing_or_finding_a_thing_said_nothing(db: Path) -> None:
    said, _ = said_by(db, "Anselm Quarry")
    assert "remorse" not in said  # "showed no remorse": how he acted
    assert "logbook" not in said  # "found the missing logbook": what he did
    assert "the fuel valve had been fitted by the shipyard" in said  # "showed that ...": a report


def test_what_a_survey_shows_is_still_reported(nlp: Language) -> None:
    text = (
        "A survey by the Calderbay harbour trust shows a sharp fall in the number of "
        "seabirds nesting on the cliffs.\n"
    )
    assert any(
        "sharp fall in the number of seabirds" in q.text for q in extracted_quotes(nlp, text)
    )


def test_a_person_presenting_a_thing_still_reports_it(nlp: Language) -> None:
    # the "present" family (outline, detail, list ...) keeps its object frame for people
    text = (
        "Odile Prentiss outlined the conditions of the ferry company's new operating "
        "licence for the coming year.\n"
    )
    found = extracted_quotes(nlp, text)
    assert speaker_of(found, "the conditions of the ferry company") == "Odile Prentiss"


def test_a_time_clause_after_the_object_is_not_what_was_reported(nlp: Language) -> None:
    text = "Odile Prentiss listed the damage to the harbour wall as the tide turned.\n"
    found = extracted_quotes(nlp, text)
    assert speaker_of(found, "the damage to the harbour wall") == "Odile Prentiss"
    assert not any("tide" in q.text for q in found)


def test_object_frames_per_family_are_data() -> None:
    families = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))["families"]
    assert families["evidence"].get("object_not_by_people") is True
    assert {"show", "find", "prove"} <= set(families["evidence"]["verbs"])
    assert not families["present"].get("object_not_by_people")
    assert {"outline", "detail", "list"} <= set(families["present"]["verbs"])
    frames = json.loads((ROOT / "extract" / "data" / "frames.json").read_text("utf-8"))
    assert {"he", "she", "they"} <= set(frames["personal_subjects"])


def test_a_person_finding_a_thing_is_no_statement_at_all(nlp: Language) -> None:
    # the evidence family's object frame is no person's: nothing is stored for the act
    text = "Anselm Quarry later found the missing logbook of the ferry in the wheelhouse.\n"
    assert extracted_quotes(nlp, text) == []
