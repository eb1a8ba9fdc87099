"""A title before a name whose title word the parser takes for a proper noun ("The MP for
Ashworthy, X, said"; "The Mayor of Brackwater, X, said"; fictional news,
tests/data/title_first_abbrev/): the named person is the speaker, with the title and place,
not the bare title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, ask_json, ingested, said_in

ARTICLES = DATA / "title_first_abbrev"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("abbrev") / "news.db", ARTICLES)


def test_the_mp_for_a_place_named_after_the_title_is_the_speaker(store: Path) -> None:
    found = said_in(ask_json(store, "what did Sultana say?"))
    assert any("a slow goodbye to the last buses" in t for _, t in found)
    assert {s for s, _ in found} == {"Nasima Sultana"}


def test_the_title_and_place_ask_for_the_named_holder(store: Path) -> None:
    found = said_in(ask_json(store, "what did the MP for Ashworthy say?"))
    assert {s for s, _ in found} == {"Nasima Sultana"}


def test_a_capitalised_mayor_of_a_place_is_the_named_holder(store: Path) -> None:
    found = said_in(ask_json(store, "what did Amundsen say?"))
    assert any("roads were already full" in t for _, t in found)
