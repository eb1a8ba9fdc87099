"""Digests from the command line and the console: `newsbrief subscriptions`, `newsbrief
digest --channel C [--json] [--post]`, and /digest in `newsbrief chat`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.slack_app import web_client
from handlers.digest.poster import SlackPoster
from storage.db import Store, open_store
from storage.digests import get_subscription, list_subscriptions
from tests.conftest import invoke
from tests.slack.conftest import copy_store, in_channel, slack_settings
from tests.slack_mock import BOT_TOKEN, MockSlack, texts_of
from work.digests.commands import run_digest
from work.digests.parse import parse_digest
from work.digests.runs import run_due


@pytest.fixture
def db(tmp_path: Path, slack_store: Store, slack: MockSlack) -> Path:
    """A store with the two articles and two subscriptions: C0DESK's (ok, after posting its
    first digest) and CGONE's (failing: channel_not_found)."""
    path = copy_store(slack_store, tmp_path / "cli.db")
    store = open_store(path)
    settings = slack_settings(slack)
    now = datetime.now(UTC).replace(microsecond=0)
    slot = now + timedelta(minutes=5)
    for channel in ("C0DESK", "CGONE"):
        line = f"subscribe daily {slot:%H:%M:%S} UTC"
        actor = in_channel(channel, "U0ED")
        run_digest(store, settings, parse_digest(line), actor=actor, now=now)
    slack.fail_channel("CGONE", "channel_not_found")
    run_due(store, settings, SlackPoster(web_client(settings)), now=slot)
    slack.reset()
    store.close()
    return path


def test_subscriptions_lists_status_and_errors(db: Path) -> None:
    result = invoke("--db", str(db), "subscriptions", "--json")
    assert result.exit_code == 0, result.output
    subs = {s["channel"]: s for s in json.loads(result.output)}
    assert subs["CGONE"]["status"] == "failing"
    assert subs["CGONE"]["last_error"] == "channel_not_found"
    assert subs["C0DESK"]["status"] == "ok" and subs["C0DESK"]["last_posted_at"]
    assert subs["C0DESK"]["schedule"].startswith("daily at ") and subs["C0DESK"]["next_slot"]
    text = invoke("--db", str(db), "subscriptions").output
    assert "channel CGONE" in text and "FAILING: channel_not_found" in text
    assert "channel C0DESK" in text and "ok, last posted" in text


def test_digest_prints_only_what_is_new_and_posts_nothing(db: Path, slack: MockSlack) -> None:
    desk = json.loads(invoke("--db", str(db), "digest", "--channel", "C0DESK", "--json").output)
    assert desk["empty"] is True and desk["quotes"] == [] and desk["article_count"] == 0
    gone = json.loads(invoke("--db", str(db), "digest", "--channel", "CGONE", "--json").output)
    assert gone["article_count"] == 2  # its failed digest's news is still waiting
    assert "Najib Mikati" in gone["speakers"]
    assert gone["subscription"]["status"] == "failing"
    text = invoke("--db", str(db), "digest", "--channel", "CGONE").output
    assert "2 new article(s)" in text and "Najib Mikati" in text and "New articles" in text
    assert "Nothing new" in invoke("--db", str(db), "digest", "--channel", "C0DESK").output
    assert slack.calls == []


def test_digest_for_a_channel_without_subscription(db: Path) -> None:
    result = invoke("--db", str(db), "digest", "--channel", "C0NONE")
    assert result.exit_code == 1
    assert "channel C0NONE has no digest subscription" in result.output


def test_digest_post(db: Path, slack: MockSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (
        "SLACK_BOT_TOKEN is not set"
        in invoke("--db", str(db), "digest", "--channel", "CGONE", "--post").output
    )
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    result = invoke("--db", str(db), "digest", "--channel", "CGONE", "--post")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("posted digest #") and "2 articles" in result.output
    [headline] = [c for c in slack.posted_to("CGONE") if not c.body.get("thread_ts")]
    assert "Najib Mikati" in texts_of(headline)
    store = open_store(db)
    [gone] = list_subscriptions(store, "CGONE")
    assert gone.status == "ok" and gone.last_error is None
    # Posted: the channel's next digest starts after it.
    nothing = invoke("--db", str(db), "digest", "--channel", "CGONE", "--post")
    assert "nothing new" in nothing.output
    slack.fail_channel("C0DESK", "is_archived")
    run_digest(
        store,
        slack_settings(slack),
        parse_digest("subscribe every 2h --empty"),
        actor=in_channel("C0DESK"),
    )
    failed = invoke("--db", str(db), "digest", "--channel", "C0DESK", "--id", "3", "--post")
    assert failed.exit_code == 1 and "is_archived" in failed.output
    desk = get_subscription(store, 3)
    assert desk is not None and desk.status == "failing"


def test_console_speaks_digest_list_and_unsubscribe(db: Path) -> None:
    lines = "/digest list\n/digest subscribe daily 08:00\n/digest unsubscribe 2\n/digest list\n"
    result = invoke("--db", str(db), "chat", input=lines)
    assert result.exit_code == 0, result.output
    assert result.output.count("Digest subscriptions:") == 2
    assert "Subscribe from the Slack channel" in result.output
    assert "Unsubscribed: digest #2" in result.output
    assert "channel CGONE" in result.output.split("Unsubscribed")[0]
    assert "channel CGONE" not in result.output.split("Unsubscribed")[1]
