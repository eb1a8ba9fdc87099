"""Hostile inputs at the source: a whole article on one line, a page nested 100,000 deep."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from sources.files import parse_json_text
from sources.html import parse_html
from sources.model import SourceError
from sources.text import LONG_PARAGRAPH_CHARS
from tests.conftest import invoke

SENTENCES = [
    "Mayor Tom Berg said the harbour bridge would reopen in the spring.",
    "\u201cWe will not wait another winter,\u201d said councillor Maria Jensen.",
    "Dr. Ana Costa, who led the inspection for the U.S. firm, found cracks in {n} cables.",
    "Repairs will cost {n} million crowns, the council said on Tuesday.",
]


def one_line(sentences: int) -> str:
    return " ".join(SENTENCES[n % 4].format(n=n) for n in range(sentences))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_a_one_line_article_is_split_into_paragraphs_and_keeps_every_word() -> None:
    line = one_line(2_000)
    article = parse_json_text(json.dumps({"title": "Bridge", "body": line}), "one.json")
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) > 100
    assert all(len(p) <= LONG_PARAGRAPH_CHARS for p in paragraphs)
    assert _words(article.body) == _words(line)
    # Cut at sentence ends, never after "Dr." or "U.S.".
    assert all(p.endswith((".", "\u201d")) for p in paragraphs)
    assert not any(p.startswith(("Ana Costa", "firm")) for p in paragraphs)


def test_a_one_line_article_is_ingested_whole(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    line = one_line(120)
    path.write_text(json.dumps({"title": "Bridge", "body": line}), "utf-8")
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(path))
    assert "ingested 1, duplicates 0, failed 0" in result.output, result.output
    with sqlite3.connect(db) as conn:
        body = conn.execute("SELECT body FROM articles").fetchone()[0]
        speakers = {r[0] for r in conn.execute("SELECT speaker FROM quotes")}
    assert _words(body) == _words(line) and body.count("\n\n") >= 5
    assert "Maria Jensen" in speakers


TEXT = " ".join(["The council said the harbour bridge would reopen next spring."] * 3)


def test_a_page_nested_100000_deep_is_read_with_a_warning() -> None:
    page = (
        "<html><head><title>Bridge reopens</title></head><body>"
        + "<div>" * 100_000
        + f"<p>{TEXT}</p>"
        + "</div>" * 100_000
        + "</body></html>"
    )
    article = parse_html(page, "deep.html")
    assert "harbour bridge would reopen" in article.body
    assert article.title == "Bridge reopens"
    assert any("nested 100,00" in w for w in article.warnings)


def test_a_deep_page_with_no_readable_text_is_named_too_deeply_nested() -> None:
    page = "<html><body>" + "<table><tr><td>" * 30_000 + "x" + "</body></html>"
    try:
        parse_html(page, "deep.html")
    except SourceError as exc:
        assert "too deeply nested" in str(exc)
    else:
        raise AssertionError("a page with no text was read")


def test_deep_page_through_ingest(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>" + "<div>" * 20_000 + f"<p>{TEXT}</p>" + "</div>" * 20_000 + "</body></html>"
    )
    result = invoke("--db", str(tmp_path / "t.db"), "ingest", str(path))
    assert "ingested 1, duplicates 0, failed 0" in result.output, result.output
    assert "nested 20,00" in result.output
