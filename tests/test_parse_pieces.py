"""Long articles are parsed in pieces of bounded size and joined back into one Doc: the text,
and so every quote's character offsets into the stored body, stay exact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from extract.nlp import parse_pieces, parse_texts
from extract.pipeline import extract_doc
from sources.files import parse_text
from tests.conftest import SEEDS, invoke

SEED = parse_text((SEEDS / "seed-article.txt").read_text("utf-8"), "seed").body


@pytest.mark.parametrize("max_words", [7, 40, 80])
def test_pieces_join_back_to_the_text_and_hold_at_most_the_cap(max_words: int) -> None:
    text = SEED + "\n\n" + "one two three four five six seven eight nine ten " * 3
    pieces = parse_pieces(text, max_words)
    assert len(pieces) > 1 and "".join(pieces) == text
    assert all(len(p.split()) <= max_words for p in pieces)


def test_a_text_within_the_cap_is_one_piece() -> None:
    assert parse_pieces(SEED, 10_000) == [SEED]


def test_an_article_parsed_in_pieces_keeps_offsets_and_finds_the_same_quotes(
    nlp: Language,
) -> None:
    whole = extract_doc(parse_texts(nlp, [SEED])[0])
    doc = parse_texts(nlp, [SEED], piece_words=80)[0]
    assert doc.text == SEED
    pieces = extract_doc(doc)
    for quote in pieces.quotes:
        assert SEED[quote.start : quote.end] == quote.text
    found = {(q.start, q.end, q.speaker) for q in pieces.quotes}
    expected = {(q.start, q.end, q.speaker) for q in whole.quotes}
    assert len(found & expected) >= 0.9 * len(expected) and expected


def test_an_article_ingested_in_pieces_has_exact_quote_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extract.nlp.PARSE_WORDS", 60)  # the seed article: 6 pieces or more
    monkeypatch.setenv("NEWSBRIEF_PROCESSES", "1")
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(SEEDS / "seed-article.txt"))
    assert "ingested 1, duplicates 0, failed 0" in result.output, result.output
    with sqlite3.connect(db) as conn:
        body = conn.execute("SELECT body FROM articles").fetchone()[0]
        quotes = conn.execute('SELECT text, start, "end" FROM quotes').fetchall()
    assert len(body.split()) > 5 * 60 and len(quotes) >= 5
    for text, start, end in quotes:
        assert body[start:end] == text
