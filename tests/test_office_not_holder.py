"""A person's office is not the person: "X has written to the agency ..., his office said"
tells of X, so "what did X say?" finds nothing of X's own (ask/people.py), while "what did
X's office say?" still finds the office's words. Fictional story, asked through
`newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "spill": (
        "Thousands of fish killed in Nantlow Brook slurry spill\n\n"
        "More than 3,000 fish died in Nantlow Brook after a slurry spill, the Western "
        "Rivers Agency said on Tuesday.\n\n"
        '"This is the worst incident on the brook in twenty years," said Dr Aled Morgan, '
        "the agency's area manager.\n\n"
        "Local MP Gareth Penhale has written to the agency asking for a full account of "
        "the incident, his office said.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("office"), STORIES)


def test_the_person_is_not_answered_by_their_office(db: Path) -> None:
    answer = ask_json(db, "what did Gareth Penhale say about the spill?")
    assert answer["quotes"] == []
    assert "not quoted" in (answer.get("message") or "")


def test_the_office_asked_for_answers(db: Path) -> None:
    answer = ask_json(db, "what did Gareth Penhale's office say?")
    assert any("full account" in q["text"] for q in answer["quotes"])
    assert speakers_in(answer) != set()
