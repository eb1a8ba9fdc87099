"""A title asked with its complement (fictional news, tests/data/title_complements/: a
council's cabinet member for adult social care beside a care company; a planning committee
whose chair the story calls only the chair of "the committee"): the question finds the
holder, even when its last word is part of an organisation's name, and a complement no story
of the holder names finds nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, ask_json, ingested, said_in

ARTICLES = DATA / "title_complements"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("complements") / "news.db", ARTICLES)


def test_a_title_with_a_complement_ending_in_an_organisation_word_finds_its_holder(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did the cabinet member for adult social care say?"))
    assert {s for s, _ in found} == {"Ottilie Ferraz"}
    assert any("hospital corridor" in t for _, t in found)


def test_a_chair_of_the_committee_is_the_chair_of_the_committee_the_story_names(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did the chair of the planning committee say?"))
    assert {s for s, _ in found} == {"Hamid Sarraf"}
    assert any("I will not guess" in t for _, t in found)


def test_a_complement_no_story_of_the_holder_names_finds_nobody(store: Path) -> None:
    found = said_in(ask_json(store, "what did the chair of the licensing committee say?"))
    assert "Hamid Sarraf" not in {s for s, _ in found}
