"""A country or a body speaks through the people its name is tied to, never another's.

Over a fictional story about a tariff dispute between two countries and a growers' protest:

- "what has Velmora said about the tariffs?" brings Velmora's government statement and its
  trade minister ("Velmora's trade minister, X"), not the other country's foreign minister;
- "what did the growers' guild say about the tariffs" brings "The guild's president, X" in
  a story that names the National Growers' Guild, and not the minister they protest at;
- "what did the inspectorate say about the border checks" brings the inspector who led its
  review (ask/data/org_forms.json "body_suffixes"), in a story naming the inspectorate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, normalise, story_db

STORY = (
    "Velmora and Tressany trade blows over apple tariffs\n\n"
    "Velmora and Tressany failed on Monday to settle their dispute over apple tariffs.\n\n"
    "Velmora's government said in a statement that the tariffs were \"a tax on every "
    'kitchen table" and that it would appeal.\n\n'
    "Velmora's trade minister, Ilse Marrow, told reporters the duties were unlawful. "
    '"We will see them in court before we see them at the border," she said.\n\n'
    "Tressany's foreign minister, Paul Odin, said the tariffs were fair. "
    '"Our orchards cannot compete with a subsidised harvest," Odin said.\n\n'
    "The protest was organised by the National Growers' Guild. The guild's president, "
    'Dafydd Rhun, told the crowd the tariffs would ruin small orchards. "A tree takes '
    'seven years to fruit and one bad summer to die," he said.\n\n'
    "A report by the Orchard Standards Inspectorate found border checks took nine days. The "
    "inspector who led the review, Dr Mina Okafor, said the checks had been understaffed "
    'for a year, "leaving fruit to rot in the lorries".\n'
)


@pytest.fixture(scope="module")
def tariff_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("tariff"), "tariff", STORY)


def _asked(db: Path, question: str) -> tuple[str, set[str]]:
    quotes = ask_json(db, question, "--limit", "0")["quotes"] or []
    return " | ".join(normalise(q["text"]) for q in quotes), {q["speaker"] for q in quotes}


def test_a_country_answers_with_its_minister_not_the_other_side(tariff_db: Path) -> None:
    said, speakers = _asked(tariff_db, "what has Velmora said about the tariffs?")
    assert "Ilse Marrow" in speakers and "see them in court" in said
    assert "Paul Odin" not in speakers and "subsidised harvest" not in said


def test_a_guild_answers_with_its_president_named_by_the_guild(tariff_db: Path) -> None:
    said, speakers = _asked(tariff_db, "what did the growers' guild say about the tariffs")
    assert "Dafydd Rhun" in speakers and "one bad summer to die" in said
    assert "Ilse Marrow" not in speakers and "Paul Odin" not in speakers


def test_the_inspectorate_answers_with_its_inspector(tariff_db: Path) -> None:
    said, speakers = _asked(tariff_db, "what did the inspectorate say about the border checks")
    assert "Mina Okafor" in speakers and "rot in the lorries" in said
    assert "Dafydd Rhun" not in speakers
