"""Feeds: add, list, remove, poll; conditional GETs; a hanging feed never stalls the poll; a
failing feed backs off and is reported; copies in a feed are linked, not quoted twice."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from storage.db import open_store
from tests import pages
from tests.conftest import ask_json, invoke, run_newsbrief
from tests.webserver import LoopbackServer, Route, serving
from work.ingest.feeds import backoff, poll_feeds
from work.settings import Settings

LAST_MODIFIED = "Wed, 05 Mar 2025 09:00:00 GMT"


@pytest.fixture
def wire() -> Iterator[LoopbackServer]:
    """A feed of three pages (the second a syndicated copy of the first) and a hanging feed."""
    with serving("127.0.0.1") as server:
        server.routes["/harlow.html"] = Route(pages.original_page())
        server.routes["/courier.html"] = Route(pages.copy_page())
        server.routes["/library.html"] = Route(pages.other_page())
        items = [
            ("Harlow bridge cables", server.url("/harlow.html"), "Cables to go."),
            ("Lorries banned", server.url("/courier.html"), "Lorries banned."),
            ("Library on Sundays", server.url("/library.html"), "Library opens."),
        ]
        server.routes["/feed.xml"] = Route(
            pages.rss_feed("Wire desk", items),
            content_type="application/rss+xml",
            etag='"wire-v1"',
        )
        server.routes["/hang.xml"] = Route(hang=True)
        yield server


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setenv("NEWSBRIEF_FETCH_TIMEOUT", "1")


def feeds(db: Path, *args: str) -> tuple[int, str]:
    result = invoke("--db", str(db), "feeds", *args)
    return result.exit_code, result.output


@pytest.mark.usefixtures("env")
def test_poll_with_a_hanging_feed(wire: LoopbackServer, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert feeds(db, "add", wire.url("/feed.xml"))[1].startswith("added: feed #1")
    assert feeds(db, "add", wire.url("/hang.xml"))[1].startswith("added: feed #2")
    assert "already added: feed #1" in feeds(db, "add", wire.url("/feed.xml"))[1]
    started = time.monotonic()
    code, out = feeds(db, "poll")
    assert time.monotonic() - started < 30
    assert code == 1
    assert f"failed: feed #2 {wire.url('/hang.xml')}: no response from 127.0.0.1" in out
    assert f"feed #1 {wire.url('/feed.xml')}: 3 new entries (1 copy, 2 stored)" in out
    assert "copy: " + wire.url("/courier.html") in out
    assert "ingested 2, duplicates 0, failed 0, copies 1" in out
    answer = ask_json(db, "what did Ingrid Solberg say")
    watch = [q for q in answer["quotes"] if "unsafe bridge on my watch" in q["text"]]
    assert len(watch) == 1
    assert watch[0]["article"]["url"] == wire.url("/harlow.html")
    assert watch[0]["article"]["source"] == "Wire desk"
    assert [c["url"] for c in watch[0]["also_in"]] == [wire.url("/courier.html")]
    listed = feeds(db, "list")[1]
    assert "#1 " in listed and "ok, last polled" in listed and "2 articles" not in listed
    assert f"#2 {wire.url('/hang.xml')}: FAILING (1 in a row): no response" in listed
    as_json = json.loads(feeds(db, "list", "--json")[1])
    assert [f["status"] for f in as_json] == ["ok", "failing"]
    assert as_json[0]["articles"] == 3 and as_json[0]["title"] == "Wire desk"


@pytest.mark.usefixtures("env")
def test_original_wins_when_its_copy_is_listed_first(wire: LoopbackServer, tmp_path: Path) -> None:
    items = [
        ("Lorries banned", wire.url("/courier.html"), "s"),
        ("Harlow bridge cables", wire.url("/harlow.html"), "s"),
    ]
    wire.routes["/feed.xml"] = Route(
        pages.rss_feed("Wire desk", items), content_type="application/rss+xml"
    )
    db = tmp_path / "t.db"
    feeds(db, "add", wire.url("/feed.xml"))
    code, out = feeds(db, "poll")
    assert code == 0 and "copy: " + wire.url("/courier.html") in out
    quotes = ask_json(db, "what did Ingrid Solberg say")["quotes"]
    assert {q["article"]["url"] for q in quotes} == {wire.url("/harlow.html")}


@pytest.mark.usefixtures("env")
def test_second_poll_is_conditional(wire: LoopbackServer, tmp_path: Path) -> None:
    wire.routes["/modified.xml"] = Route(
        pages.rss_feed("Library news", [("L", wire.url("/library.html"), "s")]),
        content_type="application/rss+xml",
        last_modified=LAST_MODIFIED,
    )
    db = tmp_path / "t.db"
    feeds(db, "add", wire.url("/feed.xml"))
    feeds(db, "add", wire.url("/modified.xml"))
    assert feeds(db, "poll")[0] == 0
    first_pages = [p for p in wire.paths_hit() if p.endswith(".html")]
    code, out = feeds(db, "poll")
    assert code == 0
    assert "feed.xml: not modified" in out and "modified.xml: not modified" in out
    requests = {h.path: h.headers for h in wire.hits[-2:]}
    assert requests["/feed.xml"]["if-none-match"] == '"wire-v1"'
    assert requests["/modified.xml"]["if-modified-since"] == LAST_MODIFIED
    assert [p for p in wire.paths_hit() if p.endswith(".html")] == first_pages


@pytest.mark.usefixtures("env")
def test_a_server_without_validators_still_gets_a_conditional_request(
    wire: LoopbackServer, tmp_path: Path
) -> None:
    wire.routes["/feed.xml"].etag = None
    db = tmp_path / "t.db"
    feeds(db, "add", wire.url("/feed.xml"))
    feeds(db, "poll")
    assert "if-modified-since" not in wire.hits[0].headers
    feeds(db, "poll")
    # the feed's newest date (its pubDate), in the server's clock
    assert wire.hits[-1].headers["if-modified-since"] == LAST_MODIFIED


@pytest.mark.usefixtures("env")
def test_only_new_entries_are_fetched(wire: LoopbackServer, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    wire.routes["/feed.xml"].etag = None  # a feed that ignores conditional requests
    feeds(db, "add", wire.url("/feed.xml"))
    feeds(db, "poll")
    hits = len(wire.hits)
    code, out = feeds(db, "poll")
    assert code == 0 and "0 new entries" in out
    assert wire.paths_hit()[hits:] == ["/feed.xml"]


@pytest.mark.usefixtures("env")
def test_entry_content_is_used_when_it_holds_the_article(
    wire: LoopbackServer, tmp_path: Path
) -> None:
    full = "".join(f"<p>{p}</p>" for p in pages.WIRE_PARAGRAPHS * 2)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:wire</id>
<updated>2025-03-05T09:00:00Z</updated>
<entry><title>Harlow bridge cables</title><id>urn:wire:1</id>
<link href="{wire.url("/never-fetched.html")}"/><updated>2025-03-05T09:00:00Z</updated>
<content type="html"><![CDATA[{full}]]></content></entry></feed>"""
    wire.routes["/atom.xml"] = Route(atom.encode(), content_type="application/atom+xml")
    db = tmp_path / "t.db"
    feeds(db, "add", wire.url("/atom.xml"))
    code, out = feeds(db, "poll")
    assert code == 0, out
    assert "ingested 1" in out
    assert "/never-fetched.html" not in wire.paths_hit()
    quote = ask_json(db, "what did Ingrid Solberg say")["quotes"][0]
    assert quote["article"]["url"] == wire.url("/never-fetched.html")


@pytest.mark.usefixtures("env")
def test_failing_entry_is_retried_then_given_up(wire: LoopbackServer, tmp_path: Path) -> None:
    wire.routes["/feed.xml"] = Route(
        pages.rss_feed("Wire", [("Gone", wire.url("/gone.html"), "s")]),
        content_type="application/rss+xml",
    )
    db = tmp_path / "t.db"
    feeds(db, "add", wire.url("/feed.xml"))
    for _ in range(4):
        code, out = feeds(db, "poll")
    assert wire.paths_hit().count("/gone.html") == 3
    assert code == 0 and "0 new entries" in out
    first = invoke("--db", str(tmp_path / "u.db"), "feeds", "add", wire.url("/feed.xml"))
    assert first.exit_code == 0
    failed = invoke("--db", str(tmp_path / "u.db"), "feeds", "poll")
    assert failed.exit_code == 1
    assert f"entry failed: {wire.url('/gone.html')}: HTTP 404" in failed.output


def test_backoff_doubles_up_to_the_cap() -> None:
    minutes = [backoff(n, 15, 360).total_seconds() / 60 for n in range(1, 8)]
    assert minutes == [15, 30, 60, 120, 240, 360, 360]


@pytest.mark.usefixtures("env")
def test_failing_feed_backs_off_and_scheduled_polls_skip_it(
    wire: LoopbackServer, tmp_path: Path
) -> None:
    db = tmp_path / "t.db"
    wire.routes["/broken.xml"] = Route(b"<html><body>Not a feed</body></html>")
    feeds(db, "add", wire.url("/broken.xml"))
    feeds(db, "add", wire.url("/feed.xml"))
    for _ in (1, 2):
        code, out = feeds(db, "poll")  # `feeds poll` tries every feed, backing off or not
        assert code == 1 and "web page, not an RSS or Atom feed" in out
    store = open_store(db)
    settings = Settings.from_env({"NEWSBRIEF_ALLOW_HOSTS": "127.0.0.1"}, None)
    row = store.db.execute(
        "SELECT failures, last_polled_at, next_poll_at FROM feeds WHERE id = 1"
    ).fetchone()
    waited = datetime.fromisoformat(row[2]) - datetime.fromisoformat(row[1])
    assert row[0] == 2 and waited.total_seconds() == 30 * 60
    hits = len(wire.hits)
    report = poll_feeds(store, settings, due_only=True)  # what the scheduler runs
    assert report.outcomes == []  # neither is due: one backs off, one was just polled
    store.db.execute("UPDATE feeds SET next_poll_at = '2000-01-01T00:00:00+00:00' WHERE id = 2")
    report = poll_feeds(store, settings, due_only=True)
    assert [o.feed.id for o in report.outcomes] == [2]
    assert "/broken.xml" not in wire.paths_hit()[hits:]
    store.close()


@pytest.mark.usefixtures("env")
def test_feed_urls_are_checked_when_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "t.db"
    code, out = feeds(db, "add", "file:///etc/passwd")
    assert code == 1 and "only http and https" in out
    code, out = feeds(db, "add", "http://169.254.169.254/latest/meta-data/")
    assert code == 1 and "cloud metadata" in out
    monkeypatch.delenv("NEWSBRIEF_ALLOW_HOSTS")
    code, out = feeds(db, "add", "http://127.0.0.1:9/feed")
    assert code == 1 and "loopback" in out
    for numeric in ("2130706433", "0x7f000001", "017700000001", "localhost"):
        code, out = feeds(db, "add", f"http://{numeric}/")
        assert code == 1 and f"{numeric} (127.0.0.1): a loopback address" in out, out
        assert "NEWSBRIEF_ALLOW_HOSTS" in out
    assert "No feeds yet" in feeds(db, "list")[1]
    monkeypatch.setenv("NEWSBRIEF_ALLOW_HOSTS", "127.0.0.1")
    code, out = feeds(db, "add", "http://2130706433:9/feed")
    assert code == 0 and "2130706433" in feeds(db, "list")[1]


@pytest.mark.usefixtures("env")
def test_remove_feed(wire: LoopbackServer, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    feeds(db, "add", wire.url("/feed.xml"))
    feeds(db, "poll")
    code, out = feeds(db, "remove", "1")
    assert code == 0 and out.startswith(f"removed: feed #1 {wire.url('/feed.xml')}")
    assert feeds(db, "remove", "1")[0] == 1
    code, out = feeds(db, "remove", "one")
    assert code == 1 and "not a feed id" in out
    assert "No feeds yet" in feeds(db, "list")[1]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM feed_entries").fetchone()[0] == 0


def test_acceptance_poll_with_default_timeouts_finishes_within_a_minute(
    wire: LoopbackServer, tmp_path: Path
) -> None:
    """As the outside harness runs it: real processes, default settings."""
    db = str(tmp_path / "t.db")
    env = {"NEWSBRIEF_ALLOW_HOSTS": "127.0.0.1"}
    base = dict(cwd=tmp_path, env={**_environ(), **env})
    assert run_newsbrief("--db", db, "feeds", "add", wire.url("/feed.xml"), **base).returncode == 0
    assert run_newsbrief("--db", db, "feeds", "add", wire.url("/hang.xml"), **base).returncode == 0
    started = time.monotonic()
    polled = run_newsbrief("--db", db, "feeds", "poll", timeout=60, **base)
    assert time.monotonic() - started < 60
    assert f"failed: feed #2 {wire.url('/hang.xml')}" in polled.stdout, polled.stderr
    assert "ingested 2, duplicates 0, failed 0, copies 1" in polled.stdout
    assert "Traceback" not in polled.stderr


def _environ() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
