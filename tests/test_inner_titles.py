"""A title inside a name is not part of it (common/names.py): "Phoenix Mayor Greg Stanton"
is filed as Greg Stanton, while a title word that ends a name is a surname; and a given
name that is also a particle ("Ben Okafor") keeps namesakes apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from common.names import canonical_name, same_person
from tests.conftest import DATA, ask_json, ingested, normalise

ARTICLES = DATA / "answer_precision" / "articles"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Phoenix Mayor Greg Stanton", "Greg Stanton"),
        ("Texas Gov. Greg Abbott", "Greg Abbott"),
        ("Former U.N. Ambassador John Bolton", "John Bolton"),
        ("Trump campaign spokeswoman Hope Hicks", "Hope Hicks"),
        ("Vermont Sen. Sanders", "Sanders"),
        ("Billie Jean King", "Billie Jean King"),
        ("Larry King", "Larry King"),
        ("Ludwig van der Meulen", "Ludwig van der Meulen"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
    ],
)
def test_title_inside_a_name_is_dropped(name: str, expected: str) -> None:
    assert canonical_name(name) == expected


def test_a_name_with_a_place_and_title_before_it_is_the_same_person() -> None:
    assert same_person("Phoenix Mayor Greg Stanton", "Greg Stanton")
    assert not same_person("Phoenix Mayor Greg Stanton", "Ann Stanton")


@pytest.fixture(scope="module")
def clinic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("given-particles") / "t.db", ARTICLES)


def test_a_given_name_particle_keeps_namesakes_apart_in_answers(clinic_db: Path) -> None:
    # "Ben Okafor" chairs the board; "Chidi Okafor" is a pharmacist: asking for one
    # must not bring the other's words.
    answer = ask_json(clinic_db, "what did Ben Okafor say?", "--limit", "0")
    texts = [normalise(q["text"]) for q in answer["quotes"]]
    assert any("hire four nurses" in t for t in texts), texts
    assert not any("queues had grown" in t for t in texts), texts
