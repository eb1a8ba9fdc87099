"""Quoted words that name a work or give a name (ask/work_titles.py,
ask/data/work_titles.json) are not words said: a statement whose only quoted words are such
a title is judged as a report without quoted words, and its speaker's real quotes stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask.work_titles import is_work_title
from tests.conftest import DATA, ROOT, ask_json, ingested, normalise

ARTICLES = DATA / "answer_precision" / "articles"


@pytest.fixture(scope="module")
def titles_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("work-titles") / "t.db", ARTICLES)


def venn_texts(db: Path) -> list[str]:
    answer = ask_json(db, "what did Odile Venn say?", "--limit", "0")
    return [normalise(q["text"]) for q in answer["quotes"]]


# One case per family of the data: the title beside the word that says what it names.
FAMILY_CASES = {
    "work_nouns": "Harbour Night Live",  # 'offered commentary on "Harbour Night Live"'
    "naming_nouns": "Captain Gull",  # 'wrote under the pseudonym "Captain Gull"'
    "placing_prepositions": "Harbour Night Live",
}


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "ask" / "data" / "work_titles.json").read_text("utf-8"))
    assert {k for k in raw if k not in ("about", "small_words")} == set(FAMILY_CASES)


@pytest.mark.parametrize("family", FAMILY_CASES)
def test_a_title_alone_is_not_a_quote(titles_db: Path, family: str) -> None:
    texts = venn_texts(titles_db)
    assert not any(FAMILY_CASES[family] in t for t in texts), (family, texts)


def test_a_movement_named_in_quotation_marks_is_not_a_quote(titles_db: Path) -> None:
    assert not any("Save Our Slipway" in t for t in venn_texts(titles_db))


def test_the_speakers_own_quoted_words_stay(titles_db: Path) -> None:
    texts = venn_texts(titles_db)
    assert any('"every hour of every day"' in t for t in texts), texts
    assert any("lifeline of this town" in t for t in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        'the mayor called the plan "a disgrace" on Monday',
        'she called him "Crooked Pete" at the rally',
        'he said it was "Total Nonsense" and left',
    ],
)
def test_quoted_words_in_capitals_without_a_work_beside_them_are_words(text: str) -> None:
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    assert not is_work_title(text, start, end)
