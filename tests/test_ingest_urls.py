"""`newsbrief ingest URL`: the guard, the article and its URL in answers, footers never quoted."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pages
from tests.conftest import SEEDS, ask_json, invoke
from tests.webserver import LoopbackServer, Route, serving


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    with serving("127.0.0.1") as server:
        server.routes["/harlow.html"] = Route(pages.original_page())
        server.routes["/library.html"] = Route(pages.other_page())
        server.routes["/feed.xml"] = Route(
            pages.rss_feed("Wire", [("x", server.url("/harlow.html"), "y")]),
            content_type="application/rss+xml",
        )
        yield server


def test_loopback_url_refused_before_any_request(
    site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSBRIEF_ALLOW_HOSTS", raising=False)
    url = site.url("/harlow.html")
    result = invoke("--db", str(tmp_path / "t.db"), "ingest", url)
    assert result.exit_code == 1
    assert f"failed: {url}: refused to fetch from 127.0.0.1: a loopback address" in result.output
    assert "ingested 0, duplicates 0, failed 1" in result.output
    assert site.hits == []


def test_allowed_url_is_ingested_and_answers_link_to_it(
    site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_HOSTS", "127.0.0.1")
    db = tmp_path / "t.db"
    url = site.url("/harlow.html")
    result = invoke("--db", str(db), "ingest", url, str(SEEDS / "seed-article.txt"))
    assert result.exit_code == 0, result.output
    assert "ingested 2, duplicates 0, failed 0, copies 0" in result.output
    answer = ask_json(db, "what did Ingrid Solberg say")
    assert answer["quotes"], answer
    for quote in answer["quotes"]:
        assert quote["article"]["url"] == url
        assert quote["article"]["title"] == "Harlow bridge cables to be replaced"
    with sqlite3.connect(db) as conn:
        author, published = conn.execute(
            "SELECT author, published FROM articles WHERE url = ?", [url]
        ).fetchone()
    assert author == "Staff reporter" and published.startswith("2025-03-05")
    again = invoke("--db", str(db), "ingest", url)
    assert "ingested 0, duplicates 1" in again.output


def test_footer_and_promo_quotes_are_never_quotes(
    site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_HOSTS", "127.0.0.1")
    db = tmp_path / "t.db"
    invoke("--db", str(db), "ingest", site.url("/harlow.html"), site.url("/library.html"))
    with sqlite3.connect(db) as conn:
        bodies = " ".join(r[0] for r in conn.execute("SELECT body FROM articles"))
        quotes = [
            r[0] for r in conn.execute("SELECT text || ' ' || coalesce(speaker, '') FROM quotes")
        ]
    assert "Best local news site ever" not in bodies
    assert not [q for q in quotes if "Best local news" in q or "Reader Review" in q]
    assert ask_json(db, "what did Reader Review say")["quotes"] == []


FOOTERS = {
    "footer element": "<footer><p>{q}</p></footer>",
    "footer class": '<div class="site-footer"><p>{q}</p></div>',
    "contentinfo role": '<div role="contentinfo"><p>{q}</p></div>',
    "aside": "<aside><p>{q}</p></aside>",
    "promo box": '<section class="promo-box"><p>{q}</p></section>',
    "unmarked block with a copyright line": "<div><p>{q}</p><p>&copy; 2025 The Herald</p></div>",
}


@pytest.mark.parametrize("xml", [False, True], ids=["html", "xhtml"])
@pytest.mark.parametrize("footer", FOOTERS.values(), ids=list(FOOTERS))
def test_footer_quote_never_reaches_extraction(footer: str, xml: bool, tmp_path: Path) -> None:
    story = "".join(f"<p>{p}</p>" for p in pages.OTHER_PARAGRAPHS)
    quote = "&#8220;Best local news site ever,&#8221; said Reader Review."
    html = (
        ('<?xml version="1.0" encoding="utf-8"?>\n' if xml else "")
        + "<html><head><title>Library to open on Sundays</title></head><body>"
        f"<div id='page'><h1>Library to open on Sundays</h1>{story}</div>"
        f"{footer.format(q=quote)}</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    db = tmp_path / "t.db"
    assert invoke("--db", str(db), "ingest", str(path)).exit_code == 0
    with sqlite3.connect(db) as conn:
        body = conn.execute("SELECT body FROM articles").fetchone()[0]
        speakers = [r[0] for r in conn.execute("SELECT speaker FROM quotes")]
    assert "Maria Duarte" in speakers
    assert "Reader Review" not in body and "Reader Review" not in speakers


def test_a_feed_url_is_pointed_to_feeds_add(
    site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_HOSTS", "127.0.0.1")
    result = invoke("--db", str(tmp_path / "t.db"), "ingest", site.url("/feed.xml"))
    assert result.exit_code == 1
    assert "is a feed" in result.output and "newsbrief feeds add" in result.output


def test_bad_urls_get_clear_messages(
    site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_HOSTS", "127.0.0.1")
    site.routes["/empty.html"] = Route(b"<html><body><nav>Home</nav></body></html>")
    site.routes["/pic.png"] = Route(b"\x89PNG\r\n", content_type="image/png")
    result = invoke(
        "--db",
        str(tmp_path / "t.db"),
        "ingest",
        site.url("/missing.html"),
        site.url("/empty.html"),
        site.url("/pic.png"),
        "ftp://127.0.0.1/file.txt",
        site.url("/library.html"),
    )
    out = result.output
    assert result.exit_code == 1
    assert "missing.html: HTTP 404" in out
    assert "empty.html: no article text" in out
    assert "pic.png: unexpected content type image/png" in out
    assert "ftp://127.0.0.1/file.txt: only http and https" in out
    assert "ingested 1, duplicates 0, failed 4" in out
