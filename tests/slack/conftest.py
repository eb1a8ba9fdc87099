"""Slack fixtures: a store with the seed article and a hostile article, the mock Web API on
loopback, and the real Bolt App served over HTTP on loopback."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from slack_bolt import App
from spacy.language import Language

from bot.config import Settings
from bot.http_server import SlackHTTPServer
from bot.permissions import SLASH, Actor
from bot.pipeline import Ingestor
from bot.slack_app import build_app
from sources.files import iter_paths
from storage.db import Store, open_store
from tests.conftest import DATA, SEEDS
from tests.slack_mock import BOT_TOKEN, SIGNING_SECRET, MockSlack, mock_slack_server

HOSTILE = DATA / "slack" / "hostile-article.json"


@pytest.fixture(scope="session")
def slack_store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Store:
    """The seed article and the hostile article (quotes with <!channel>, <!everyone>, a
    forged link), stored."""
    path = tmp_path_factory.mktemp("slack") / "slack.db"
    store = open_store(path)
    report = Ingestor(store, "unused", nlp=nlp).run(
        iter_paths([str(SEEDS / "seed-article.txt"), str(HOSTILE)])
    )
    assert report.ingested == 2, report.failures
    return store


def copy_store(store: Store, path: Path) -> Path:
    """A copy of the store's file (for a bot running in another process)."""
    with sqlite3.connect(path) as target:
        store.db.conn.backup(target)
    return path


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockSlack]:
    """The mock Web API, for the whole run."""
    with mock_slack_server() as mock:
        yield mock


@pytest.fixture
def slack(mock_server: MockSlack) -> MockSlack:
    """The mock, its calls and programmed failures cleared for this test."""
    mock_server.reset()
    return mock_server


def in_channel(channel: str, user: str = "U0REPORTER") -> Actor:
    """A Slack user (not an admin unless the settings name them) typing a slash command in
    `channel`."""
    return Actor.slack(SLASH, user, channel)


def slack_settings(mock: MockSlack, **changes: object) -> Settings:
    """Settings for an HTTP-mode bot talking to the mock."""
    base = Settings(
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=mock.api_url,
        host="127.0.0.1",
        port=0,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def slack_app(mock_server: MockSlack, slack_store: Store) -> App:
    """The real newsbrief Bolt App (built once; auth.test answered by the mock)."""
    return build_app(slack_settings(mock_server), slack_store)


@pytest.fixture(scope="session")
def bot_url(slack_app: App) -> Iterator[str]:
    """The App behind the real threaded HTTP server on 127.0.0.1: its /slack/events URL."""
    server = SlackHTTPServer(slack_app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    server.server_close()
