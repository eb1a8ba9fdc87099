"""`newsbrief serve` and `newsbrief run` with Slack settings: the mode chosen, and a clear
message naming the setting (exit 2) when one is missing, malformed or refused."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from storage.db import Store
from tests.conftest import invoke
from tests.slack.conftest import copy_store
from tests.slack_mock import APP_TOKEN, BOT_TOKEN, MockSlack, texts_of
from tests.slack_requests import (
    FORM,
    JSON,
    SIGNING_SECRET,
    command_body,
    event_body,
    free_port,
    post,
    signed_headers,
)


def serve_env(mock: MockSlack, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBRIEF_"))}
    env.update({"SLACK_API_URL": mock.api_url, "NEWSBRIEF_HOST": "127.0.0.1"})
    env.update(values)
    return env


@pytest.mark.parametrize(
    "values, named",
    [
        ({}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token-abc"}, "SLACK_BOT_TOKEN is malformed"),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_SIGNING_SECRET is not set"),
        (
            {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": "has spaces in it"},
            "SLACK_SIGNING_SECRET is malformed",
        ),
        (
            {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": "xoxb-not-an-app-token"},
            "SLACK_APP_TOKEN is malformed",
        ),
        (
            {
                "SLACK_BOT_TOKEN": BOT_TOKEN,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": "ftp://slack.example",
            },
            "SLACK_API_URL must be",
        ),
    ],
)
def test_missing_or_malformed_settings_exit_2_naming_them(
    tmp_path: Path, slack: MockSlack, values: dict[str, str], named: str
) -> None:
    env = serve_env(slack, **values)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--db", str(tmp_path / "t.db"), "serve"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert named in result.stderr
    assert "Traceback" not in result.stderr
    for value in values.values():
        if len(value) > 12:
            assert value not in result.stdout + result.stderr
    assert slack.of("auth.test") == []  # nothing sent before the settings are right


def test_a_token_slack_refuses_exits_2(tmp_path: Path, slack: MockSlack) -> None:
    slack.fail("auth.test", "invalid_auth")
    env = serve_env(slack, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--db", str(tmp_path / "t.db"), "serve", "--http"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Slack refused SLACK_BOT_TOKEN" in result.stderr
    assert BOT_TOKEN not in result.stdout + result.stderr


def test_app_token_means_socket_mode(tmp_path: Path, slack: MockSlack) -> None:
    env = serve_env(slack, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN=APP_TOKEN)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--db", str(tmp_path / "t.db"), "serve"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The mock refuses the connection: Socket Mode was tried, with the app-level token.
    opened = slack.of("apps.connections.open")
    assert len(opened) == 1
    assert opened[0].headers["authorization"] == f"Bearer {APP_TOKEN}"
    assert result.returncode == 2
    assert "Slack refused SLACK_APP_TOKEN (invalid_auth)" in result.stderr
    assert APP_TOKEN not in result.stdout + result.stderr


def test_bad_port_setting_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_PORT", "eighty")
    result = invoke("--db", str(tmp_path / "t.db"), "status")
    assert result.exit_code == 2
    assert "NEWSBRIEF_PORT must be a port number" in result.output


def test_run_with_tokens_in_dotenv_starts_the_http_bot(tmp_path: Path, slack: MockSlack) -> None:
    port = free_port()
    (tmp_path / ".env").write_text(
        f"SLACK_BOT_TOKEN={BOT_TOKEN}\nSLACK_SIGNING_SECRET={SIGNING_SECRET}\n"
        f"SLACK_API_URL={slack.api_url}\nNEWSBRIEF_HOST=127.0.0.1\nNEWSBRIEF_PORT={port}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBRIEF_"))}
    out = tmp_path / "out.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "--db", str(tmp_path / "t.db"), "run", "--no-seeds"],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=out.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, out.read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, out.read_text()
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert "listening on http://127.0.0.1" in out.read_text()
    assert BOT_TOKEN not in out.read_text() and SIGNING_SECRET not in out.read_text()
    assert len(slack.of("auth.test")) == 1


def test_a_web_api_that_only_says_ok_is_enough(
    tmp_path: Path, slack: MockSlack, slack_store: Store
) -> None:
    """A mock answering every method with {"ok": true} and nothing else (no bot user id
    from auth.test, no ts from chat.postMessage): the bot still answers."""
    slack.minimal = True
    db = copy_store(slack_store, tmp_path / "bot.db")
    port = free_port()
    env = serve_env(slack, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET)
    out = tmp_path / "out.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "--db", str(db), "serve", "--http", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=out.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    events = f"http://127.0.0.1:{port}/slack/events"
    try:
        deadline = time.monotonic() + 60
        while not out.read_text().count("listening"):
            assert process.poll() is None and time.monotonic() < deadline, out.read_text()
            time.sleep(0.1)
        body = command_body(slack, "/whosaid", "ceasefire")
        assert post(events, body, signed_headers(body), FORM)[0] == 200
        event = {
            "type": "message",
            "channel_type": "im",
            "channel": "D1",
            "user": "U1",
            "text": "who said what about the ceasefire?",
            "ts": "1.0",
        }
        body = event_body(event, "Ev-minimal")
        assert post(events, body, signed_headers(body), JSON)[0] == 200
        slack.wait_for(lambda m: m.of("/response_url/whosaid") and m.of("chat.postMessage"))
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert "Najib Mikati" in texts_of(slack.of("chat.postMessage")[0])
