"""A person asked by full name answers with their own words, not their staff's
(ask/affiliated.py `affiliated_people`): "Nadia Ferreira's campaign manager, X" is tied to
her, but speaks for himself; a country asked by name still brings its minister."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, normalise, story_db

STORY = (
    "Ferreira campaign shrugs off poll slump\n\n"
    "Nadia Ferreira said on Monday that her campaign would reach every county by spring.\n\n"
    "Nadia Ferreira's campaign manager, Ruben Stoltz, said the polls had badly underrated "
    "turnout in the valleys.\n\n"
    "Castavia's trade minister, Ilse Marrow, said the tariff on wool would be lifted.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("staff"), "staff", STORY)


def _asked(db: Path, question: str) -> tuple[str, set[str]]:
    quotes = ask_json(db, question, "--limit", "0")["quotes"] or []
    return " | ".join(normalise(q["text"]) for q in quotes), {q["speaker"] for q in quotes}


def test_a_person_asked_by_name_answers_without_her_staff(db: Path) -> None:
    said, speakers = _asked(db, "what did Nadia Ferreira say?")
    assert "reach every county" in said
    assert speakers == {"Nadia Ferreira"}
    assert "underrated turnout" not in said


def test_the_staff_member_still_answers_for_himself(db: Path) -> None:
    said, speakers = _asked(db, "what did Ruben Stoltz say?")
    assert speakers == {"Ruben Stoltz"} and "underrated turnout" in said


def test_a_country_asked_by_name_still_brings_its_minister(db: Path) -> None:
    said, speakers = _asked(db, "what has Castavia said?")
    assert "Ilse Marrow" in speakers and "tariff on wool" in said
