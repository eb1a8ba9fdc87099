"""Words another source reports are not the speaker's own (ask/inner_sources.py,
ask/speaker_answer.py): a statement lying inside another speaker's report ("Maren Solberg
plans to close the road ..., Ivo Brandt said") or running on over another source's reporting
clause is left out of the speaker's answer; the speaker's own words stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.inner_sources import voiced_by_another
from tests.conftest import DATA, ask_json, ingested, normalise

ARTICLES = DATA / "answer_precision" / "articles"


@pytest.fixture(scope="module")
def quarry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("inner-sources") / "t.db", ARTICLES)


def texts_of(db: Path, name: str) -> list[str]:
    answer = ask_json(db, f"what did {name} say?", "--limit", "0")
    return [normalise(q["text"]) for q in answer["quotes"]]


def test_what_another_reports_of_the_speaker_is_not_their_quote(quarry_db: Path) -> None:
    texts = texts_of(quarry_db, "Maren Solberg")
    assert not any(t.startswith("to close the quarry road") for t in texts), texts
    assert not any("a whole year" in t for t in texts), texts  # "..., the Courier reported"
    assert any("fenced off by June" in t for t in texts), texts
    assert any("We have waited long enough" in t for t in texts), texts


def test_the_reporting_source_keeps_the_words(quarry_db: Path) -> None:
    texts = texts_of(quarry_db, "Ivo Brandt")
    assert any("Maren Solberg plans to close the quarry road" in t for t in texts), texts


@pytest.mark.parametrize(
    "text, speaker, other",
    [
        ("the road would close by June, Ivo Brandt said on Monday", "Maren Solberg", True),
        ("how the council lost a year, the Courier reported", "Maren Solberg", True),
        ("the road would close, former mayor Ada Solberg said", "Maren Solberg", True),
        ("the road would close, Solberg said, and the lorries", "Maren Solberg", False),
        ("the road would close,\u201d said Mayor Maren Solberg", "Maren Solberg", False),
        ("the road, which Brandt says is safe, must close", "Maren Solberg", False),
    ],
)
def test_another_sources_reporting_clause_inside_the_words(
    text: str, speaker: str, other: bool
) -> None:
    assert voiced_by_another(text, speaker) is other
