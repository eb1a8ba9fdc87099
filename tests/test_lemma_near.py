"""A topic form of several words ("take to court") matched in a quote's `topics` column,
which holds its content lemmas without stop words, each once: there the words must be next
to each other, not a few lemmas apart, which may be a sentence apart in the text
(ask/inflections.py `LemmaColumn`, the query ask/lexicon.py `quote_query` builds).
Fictional stories in tests/data/lemma_near/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, ask_json, ingested, speakers_in

STORIES = DATA / "lemma_near"


@pytest.fixture(scope="module")
def near_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("lemma-near") / "n.db", STORIES)


def test_taking_someone_to_court_is_legal_action(near_db: Path) -> None:
    answer = ask_json(near_db, "who said what about legal action?", "--limit", "0")
    assert "Tobias Wren" in speakers_in(answer)  # "They are taking us to court over the fees"


def test_court_and_taken_a_clause_apart_are_not_legal_action(near_db: Path) -> None:
    # "builders on the court, and ... our playing fields taken away": lemmas
    # "builder court playing field take", two apart, words seven apart.
    for question in (
        "who said what about legal action?",
        "what did Ada Pennock say about taking them to court?",
    ):
        answer = ask_json(near_db, question, "--limit", "0")
        assert "Ada Pennock" not in speakers_in(answer), question
