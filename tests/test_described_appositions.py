"""A description the name closes ("said the landlady, Marianne Kell."; "Her coach at Elm
Swimming Club, Lars Ode, said") and an unlisted noun's other words ("beat the defending
champion, Ann Roe,") describe the person for "what did the <description> say"
(ask/described_people.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, stories_db

PUB = "\n\n".join(
    [
        "Village pub to close after 300 years",
        "The Plough in Cresswick will pull its last pint on Sunday.",
        "CRESSWICK, 24 November 2026 - The Plough in Cresswick will pull its last pint on Sunday.",
        "The brewery that owns the building has sold it to a developer.",
        '"We kept the fires lit through two floods," said the landlady, Marianne Kell. '
        '"We are leaving with our heads up."',
        "Her barman for eleven years, Tobias Wren, said he had not found another job. "
        '"I will miss the darts team most," he said.',
    ]
)

GALA = "\n\n".join(
    [
        "Teenager wins county swimming gala",
        "A 15-year-old from Aldmoor took three golds at the county gala.",
        "ALDMOOR, 25 November 2026 - A 15-year-old from Aldmoor took three golds at the county "
        "gala.",
        "Priya Shenoy, 15, beat the defending champion, Hanne Voss, in the 200m freestyle. "
        '"I did not look at the clock once," Shenoy said.',
        '"She swam the race of her life and I told her so," said Voss.',
        "Her coach at Aldmoor Swimming Club, Lars Odegaard, said she trained before school six "
        'days a week. "Talent is the smallest part of it," he said.',
    ]
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("appositions"), {"pub": PUB, "gala": GALA})


def _speakers(db: Path, question: str) -> set[str]:
    return {q["speaker"] for q in ask_json(db, question, "--limit", "0")["quotes"]}


def test_a_description_the_name_closes_at_the_sentence_end(db: Path) -> None:
    assert _speakers(db, "what did the landlady say") == {"Marianne Kell"}


def test_an_apposition_before_the_name_is_read_up_to_its_qualifier(db: Path) -> None:
    assert "Lars Odegaard" in _speakers(db, "what did the coach say")
    assert "Tobias Wren" in _speakers(db, "what did the barman say")


def test_an_unlisted_nouns_other_words_must_describe_the_person(db: Path) -> None:
    assert _speakers(db, "what did the defending champion say") == {"Hanne Voss"}
    assert "Priya Shenoy" not in _speakers(db, "what did the defending champion say")
