"""`/newsbrief ingest URL` and `/newsbrief feed add|list|remove`: admins only (NEWSBRIEF_ADMINS;
the console user always), Slack's link markup understood, paths never read from Slack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storage.db import Store
from tests import pages
from tests.conftest import SEEDS
from tests.webserver import LoopbackServer, Route, serving
from work.commands import run_command, run_line
from work.ingest.commands import unwrap_links
from work.permissions import NOT_ADMIN, SLASH, Actor
from work.settings import Settings

ADMIN, REPORTER = "U0ADMIN", "U0REPORTER"


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    with serving("127.0.0.1") as server:
        server.routes["/harlow.html"] = Route(pages.original_page())
        server.routes["/feed.xml"] = Route(
            pages.rss_feed("Wire", [("H", server.url("/harlow.html"), "s")]),
            content_type="application/rss+xml",
        )
        yield server


@pytest.fixture
def settings() -> Settings:
    return Settings.from_env(
        {"NEWSBRIEF_ALLOW_HOSTS": "127.0.0.1", "NEWSBRIEF_ADMINS": f"{ADMIN}, U0OTHER"}, None
    )


def say(store: Store, settings: Settings, text: str, user: str | None) -> str:
    actor = Actor.slack(SLASH, user, "C0DESK")
    reply = run_command(store, "/newsbrief", text, actor=actor, settings=settings)
    assert reply.text is not None
    return reply.text


def test_non_admins_are_refused(store: Store, settings: Settings, site: LoopbackServer) -> None:
    for text in (
        f"ingest {site.url('/harlow.html')}",
        f"feed add {site.url('/feed.xml')}",
        "feed list",
        "feed remove 1",
    ):
        assert say(store, settings, text, REPORTER) == NOT_ADMIN
    assert "NEWSBRIEF_ADMINS" in NOT_ADMIN
    assert site.hits == []
    assert store.db.execute("SELECT count(*) FROM feeds").fetchone()[0] == 0


def test_admin_ingests_a_url_sent_with_slack_link_markup(
    store: Store, settings: Settings, site: LoopbackServer
) -> None:
    url = site.url("/harlow.html")
    text = say(store, settings, f"ingest <{url}|127.0.0.1/harlow.html>", ADMIN)
    assert text.endswith("ingested 1, duplicates 0, failed 0, copies 0"), text
    row = store.db.execute("SELECT url FROM articles").fetchone()
    assert row[0] == url


def test_slack_cannot_read_paths_or_other_schemes(store: Store, settings: Settings) -> None:
    text = say(store, settings, f"ingest {SEEDS / 'seed-article.txt'}", ADMIN)
    assert text.startswith("Only http(s) URLs can be ingested here")
    text = say(store, settings, "ingest <file:///etc/passwd>", ADMIN)
    assert text.startswith("Only http(s) URLs") or "only http and https" in text
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert say(store, settings, "ingest", ADMIN).startswith("Usage: /newsbrief ingest")


def test_admin_manages_feeds(store: Store, settings: Settings, site: LoopbackServer) -> None:
    url = site.url("/feed.xml")
    added = say(store, settings, f"feed add <{url}>", ADMIN)
    assert added.startswith(f"Added feed #1 {url}") and "every 15 minutes" in added
    assert say(store, settings, f"feed add {url}", "U0OTHER").startswith("Already added")
    assert say(store, settings, "feed list", ADMIN).startswith(f"#1 {url}: not polled yet")
    refused = say(store, settings, "feed add http://169.254.169.254/latest/", ADMIN)
    assert "cloud metadata" in refused
    assert say(store, settings, "feed remove 7", ADMIN) == "no feed with id 7 (see feeds list)"
    assert say(store, settings, "feed remove 1", ADMIN).startswith("Removed feed #1")
    assert say(store, settings, "feed list", ADMIN).startswith("No feeds yet")
    assert say(store, settings, "feed frobnicate", ADMIN).startswith("Usage: /newsbrief feed")
    assert site.hits == []  # adding a feed fetches nothing


def test_the_console_user_is_an_admin(store: Store) -> None:
    settings = Settings.from_env({"NEWSBRIEF_ALLOW_HOSTS": "127.0.0.1"}, None)
    line = "/newsbrief feed add http://127.0.0.1:9/feed.xml"
    reply = run_line(store, line, actor=Actor.console(), settings=settings)
    assert reply.text is not None and reply.text.startswith("Added feed #1")
    help_text = run_line(store, "/newsbrief help", actor=Actor.console(), settings=settings).text
    help_text = help_text or ""
    assert "feed add" in help_text and "ingest" in help_text


def test_unwrap_links() -> None:
    assert unwrap_links("add <https://a.example/rss|a.example/rss>") == "add https://a.example/rss"
    assert unwrap_links("<http://x.test/a?b=1&amp;c=2>") == "http://x.test/a?b=1&c=2"
