"""Issue 6's acceptance, as the outside harness runs it, with the slot a few seconds ahead
instead of minutes (the schedule takes HH:MM:SS): the real `newsbrief --db DB serve --http
--port P` in its own process, restarted before and after the slot, a mock Web API on
loopback whose first chat.postMessage to C0DESK after the second start answers 429 with
Retry-After: 1, and a channel CGONE it answers channel_not_found for."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from storage.db import Store
from tests.conftest import DATA, run_newsbrief
from tests.slack.conftest import copy_store, start_serve
from tests.slack_mock import MockSlack, texts_of
from tests.slack_requests import FORM, command_body, post, signed_headers

SEED_SPEAKERS = ("Najib Mikati", "Naim Qassem", "Taher al-Nunu")
NEW_ARTICLE = DATA / "ask" / "articles" / "valdoria-kessan-truce.json"


@dataclass
class Bot:
    """A running `newsbrief serve --http`."""

    process: subprocess.Popen[str]
    url: str
    stderr: Path

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    def command(self, mock: MockSlack, channel: str, text: str) -> tuple[int, str, float]:
        body = command_body(mock, "/digest", text, channel=channel)
        return post(self.url + "/slack/events", body, signed_headers(body), FORM)

    def stop(self) -> str:
        self.process.terminate()
        self.process.wait(timeout=30)
        assert self.process.returncode == 0
        return self.stderr.read_text()


def start_bot(db: Path, workdir: Path, mock: MockSlack, name: str) -> Bot:
    served = start_serve(db, workdir, mock, name, NEWSBRIEF_LOG_LEVEL="INFO")
    return Bot(served.process, served.url, served.stderr)


def cli_json(db: Path, workdir: Path, *args: str) -> Any:
    result = run_newsbrief("--db", str(db), *args, cwd=workdir, env=bot_env_cli())
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def bot_env_cli() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBRIEF_"))}


def headlines(mock: MockSlack, channel: str) -> list[Any]:
    """Top-level messages Slack accepted in a channel (thread replies left out)."""
    return [c for c in mock.posted_to(channel) if not c.body.get("thread_ts")]


def attempts(mock: MockSlack, channel: str) -> list[Any]:
    """Every top-level chat.postMessage to a channel, accepted or not."""
    return [
        c
        for c in mock.of("chat.postMessage")
        if c.body.get("channel") == channel and not c.body.get("thread_ts")
    ]


@pytest.fixture
def bots() -> Iterator[list[Bot]]:
    """The bots a test starts; any still running when it ends (a failed assertion) is
    stopped, so no server outlives its test."""
    started: list[Bot] = []
    yield started
    for bot in started:
        if bot.process.poll() is None:
            bot.process.kill()
            bot.process.wait(timeout=30)


def test_digest_acceptance(
    tmp_path: Path, slack_store: Store, slack: MockSlack, bots: list[Bot]
) -> None:
    db = copy_store(slack_store, tmp_path / "newsroom.db")
    slack.fail_channel("CGONE", "channel_not_found")
    started = time.monotonic()
    bot = start_bot(db, tmp_path, slack, "first")
    bots.append(bot)
    # The slot leaves room for a restart as slow as this start, however loaded the machine.
    ahead = max(15.0, 4 * (time.monotonic() - started))
    slot = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=ahead)
    line = f"subscribe daily {slot:%H:%M:%S} UTC"
    for channel in ("C0DESK", "CGONE"):
        status, reply, took = bot.command(slack, channel, line)
        assert status == 200 and took < 3.0
    status, reply, took = bot.command(slack, "C0DESK", "subscribe daily 25:99 Mars/Olympus")
    assert status == 200 and took < 3.0
    assert "25:99 is not a time of day" in json.loads(reply)["text"]
    confirmations = slack.wait_for(lambda m: len(m.of("/response_url/digest")) >= 2 and m)
    assert all("Subscribed" in texts_of(c) for c in confirmations.of("/response_url/digest"))
    bot.stop()

    # Restarted before the slot; the first post to C0DESK after this start gets a 429.
    slack.rate_limit_channel("C0DESK", times=1, retry_after=1)
    bot = start_bot(db, tmp_path, slack, "second")
    bots.append(bot)
    assert datetime.now(UTC) < slot, "the restart took too long for this test's slot"
    wait = (slot - datetime.now(UTC)).total_seconds() + 60
    slack.wait_for(lambda m: headlines(m, "C0DESK"), timeout=wait)
    assert datetime.now(UTC) >= slot
    [headline] = headlines(slack, "C0DESK")
    for name in SEED_SPEAKERS:
        assert name in texts_of(headline)
    assert len(attempts(slack, "C0DESK")) == 2  # the 429, then the retry
    slack.wait_for(lambda m: attempts(m, "CGONE"), timeout=30)
    time.sleep(2)
    assert bot.healthy() and bot.process.poll() is None  # up after CGONE's failure
    log = bot.stop()
    assert "channel_not_found" in log and "marked failing" in log

    # Restarted after the slot: nothing posted again.
    before = len(slack.of("chat.postMessage"))
    bot = start_bot(db, tmp_path, slack, "third")
    bots.append(bot)
    time.sleep(4)  # the sweep at start looks for due slots
    assert len(slack.of("chat.postMessage")) == before
    assert len(headlines(slack, "C0DESK")) == 1
    bot.stop()

    subs = {s["channel"]: s for s in cli_json(db, tmp_path, "subscriptions", "--json")}
    assert set(subs) == {"C0DESK", "CGONE"}
    assert subs["CGONE"]["status"] == "failing"
    assert subs["CGONE"]["last_error"] == "channel_not_found"
    assert subs["C0DESK"]["status"] == "ok" and subs["C0DESK"]["last_error"] is None

    nothing = cli_json(db, tmp_path, "digest", "--channel", "C0DESK", "--json")
    assert nothing["empty"] is True and nothing["quotes"] == []
    for name in SEED_SPEAKERS:
        assert name not in json.dumps(nothing)
    ingested = run_newsbrief("--db", str(db), "ingest", str(NEW_ARTICLE), cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    new = cli_json(db, tmp_path, "digest", "--channel", "C0DESK", "--json")
    assert new["article_count"] == 1 and new["quotes"]
    assert {q["article"]["title"] for q in new["quotes"]} == {
        "Valdoria and Kessan agree three-day truce after border clashes"
    }
    assert "Sofia Lindqvist" in new["speakers"]
    for name in SEED_SPEAKERS:
        assert name not in json.dumps(new)
    # Printing it posted nothing.
    assert len(slack.of("chat.postMessage")) == before
