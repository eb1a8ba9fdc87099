"""Coordinated stance verbs (ask/stance_joins.py): "welcomed the toll but criticised how
long it had taken" is a second frame of the same subject, on the same object; the body's
frame then passes to "Its chair, X". Fictional story, ingested through the CLI with the real
model and asked as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance import frames
from ask.stance_joins import refers_back
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "bridge": (
        "Marlow bridge to reopen after repairs\n"
        "The town bridge will reopen on Friday after eight months.\n"
        "MARLOW, 6 May - The town bridge will reopen on Friday after eight months of repairs, "
        "the council said.\n"
        "Engineer Colm Dacey said the steel had been replaced. "
        '"It will last another century," Dacey said.\n'
        "The traders' group Marlow First welcomed the reopening but criticised how long it "
        "had taken. Its chair, Dervla Quinn, said shops on the far bank had lost half their "
        'trade. "Eight months is a long time to wait for a bridge," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def bridge_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_joins"), STORIES)


def test_a_coordinated_criticism_is_the_bodys_and_its_chairs(bridge_db: Path) -> None:
    found = speakers_in(ask_json(bridge_db, "who criticised the bridge reopening?"))
    assert "Dervla Quinn" in found
    assert "Colm Dacey" not in found


def test_the_second_verb_shares_subject_and_object() -> None:
    text = "The group Marlow First welcomed the reopening but criticised how long it had taken."
    found = [(f.subject, f.stance, f.object.strip()) for f in frames(text)]
    assert ("The group Marlow First", "negative", "the reopening") in found
    assert ("The group Marlow First", "positive", "the reopening") in found


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("how long it had taken", True),
        ("why they waited", True),
        ("whether its plan works", True),
        ("the delay", False),
        ("how long the builders took", False),
    ],
)
def test_a_clause_object_refers_back_by_its_pronoun(clause: str, expected: bool) -> None:
    assert refers_back(clause) is expected
