"""Slack fixtures: a store with the seed article and a hostile article, the mock Web API on
loopback, and the real Bolt App served over HTTP on loopback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from slack_bolt import App
from spacy.language import Language

from bot.http_server import SlackHTTPServer, serve_in_thread
from bot.slack_app import build_app
from sources.files import iter_paths
from storage.db import Store, open_store
from tests.conftest import DATA, SEEDS
from tests.slack_mock import BOT_TOKEN, MockSlack, mock_slack_server
from tests.slack_requests import SIGNING_SECRET, free_port
from work.ingest.pipeline import Ingestor
from work.permissions import SLASH, Actor
from work.settings import Settings

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
    stop = serve_in_thread(server)
    yield f"http://127.0.0.1:{server.port}"
    stop()


@dataclass
class Bot:
    """A running `newsbrief serve --http`."""

    url: str
    process: subprocess.Popen[str]
    db: Path

    @property
    def events(self) -> str:
        return self.url + "/slack/events"


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
            return response.status == 200 and json.loads(response.read())["ok"] is True
    except OSError:
        return False


@dataclass
class Served:
    """A `newsbrief serve --http` process started by `start_serve`, answering its health
    check."""

    url: str
    process: subprocess.Popen[str]
    stdout: Path
    stderr: Path

    def stop(self) -> None:
        """Terminate it and wait for it to exit."""
        self.process.terminate()
        self.process.wait(timeout=30)


def serve_env(mock: MockSlack, **extra: str) -> dict[str, str]:
    """This process's environment without Slack or newsbrief settings, plus the tokens, the
    mock Web API, loopback, and `extra`."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBRIEF_"))},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": mock.api_url + "/",
        "NEWSBRIEF_HOST": "127.0.0.1",
        **extra,
    }


def start_serve(
    db: Path, workdir: Path, mock: MockSlack, name: str = "serve", **extra: str
) -> Served:
    """Start `newsbrief serve --http` on `db` in its own process, talking to `mock`, with
    `extra` environment variables; return once it answers its health check (output in
    WORKDIR/NAME.stdout.txt and NAME.stderr.txt)."""
    port = free_port()
    stdout, stderr = workdir / f"{name}.stdout.txt", workdir / f"{name}.stderr.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "--db", str(db), "serve", "--http", "--port", str(port)],
        cwd=workdir,
        env=serve_env(mock, **extra),
        stdout=stdout.open("w"),
        stderr=stderr.open("w"),
        text=True,
    )
    served = Served(f"http://127.0.0.1:{port}", process, stdout, stderr)
    deadline = time.monotonic() + 60
    while not healthy(served.url):
        assert process.poll() is None, stderr.read_text()
        assert time.monotonic() < deadline, "the bot did not start"
        time.sleep(0.1)
    return served


@pytest.fixture(scope="session")
def bot(
    tmp_path_factory: pytest.TempPathFactory, slack_store: Store, mock_server: MockSlack
) -> Iterator[Bot]:
    """The real `newsbrief serve --http` in its own process (one for the whole run), on a
    copy of the store, talking to the mock Web API."""
    workdir = tmp_path_factory.mktemp("serve")
    db = copy_store(slack_store, workdir / "bot.db")
    served = start_serve(db, workdir, mock_server, NEWSBRIEF_LOG_LEVEL="DEBUG")
    yield Bot(served.url, served.process, db)
    served.stop()
    out, err = served.stdout.read_text(), served.stderr.read_text()
    # Stopped cleanly, and no token or secret ever reached its output or its debug logs.
    assert served.process.returncode == 0, err
    assert "listening on http://127.0.0.1" in out
    assert "DEBUG slack_sdk" in err  # the debug log was on (and kept every secret out)
    for secret in (BOT_TOKEN, SIGNING_SECRET):
        assert secret not in out + err
