"""A topic word in the other spelling of its ending (ask/data/topics.json "spellings";
fictional news, tests/data/spellings/: a bar refused late-night licensing): "licence" finds
the story told with "licensing" (the stem of "license"), and a swap is made only for the
listed endings."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.lexicon import concepts
from tests.conftest import DATA, ask_json, ingested, said_in

ARTICLES = DATA / "spellings"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("spellings") / "news.db", ARTICLES)


def test_a_british_noun_finds_the_story_told_with_the_verb_spelling(store: Path) -> None:
    found = said_in(ask_json(store, "who said what about the bar's licence?"))
    assert {s for s, _ in found} >= {"Aurelio Pantoja", "Margit Halvorsen"}


@pytest.mark.parametrize(
    "word, forms",
    [
        ("defence", ("defence", "defense")),
        ("license", ("license", "licence")),
        ("organisation", ("organisation", "organization")),
        ("analyse", ("analyse", "analyze")),
        ("price", ("price",)),  # no listed ending
        ("wise", ("wise",)),  # too short to swap
    ],
)
def test_spelling_endings_family(word: str, forms: tuple[str, ...]) -> None:
    assert concepts(word) == [forms]
