"""A digest whose process was killed mid-post: on restart (the sweep, as the scheduler runs it
at start) its thread is finished exactly once when Slack had taken the headline, otherwise
the slot is released with a log line. Slack is the loopback mock; the kill is an exception
no handler catches, raised by the client at the chosen call (the store is left as a killed
process leaves it)."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.scheduler import build_scheduler, digest_sweep_job
from bot.slack_app import web_client
from handlers.digest.poster import SlackPoster
from storage.db import Store, open_store
from storage.digests import SubscriptionRow, get_subscription, list_subscriptions, runs_of
from tests.slack.conftest import copy_store, in_channel, slack_settings
from tests.slack_mock import MockSlack
from work.digests.commands import run_digest
from work.digests.parse import parse_digest
from work.digests.recovery import STUCK_AFTER
from work.digests.runs import run_due
from work.settings import Settings

CHANNEL = "C0DESK"


class Killed(BaseException):
    """The process dying: no `except Exception` stops it."""


class DyingClient:
    """A Web API client that dies at its n-th chat.postMessage: before sending it
    (`after=False`: Slack never sees it) or after Slack took it (`after=True`)."""

    def __init__(self, client: WebClient, at_call: int, after: bool) -> None:
        self.client, self.at_call, self.after, self.calls = client, at_call, after, 0

    def chat_postMessage(self, **kwargs: Any) -> Any:  # noqa: N802 - slack_sdk's name
        self.calls += 1
        if self.calls == self.at_call and not self.after:
            raise Killed
        response = self.client.chat_postMessage(**kwargs)
        if self.calls == self.at_call:
            raise Killed
        return response


@pytest.fixture
def newsroom(tmp_path: Path, seeded_store: Store) -> Store:
    """Every seed article, ingested moments ago: a digest long enough for a thread."""
    return open_store(copy_store(seeded_store, tmp_path / "newsroom.db"))


def _subscribe(store: Store, settings: Settings, now: datetime) -> SubscriptionRow:
    slot = now + timedelta(minutes=1)
    line = f"subscribe daily {slot:%H:%M:%S} UTC"
    reply = run_digest(store, settings, parse_digest(line), actor=in_channel(CHANNEL), now=now)
    assert reply.text.startswith("Subscribed"), reply.text
    return list_subscriptions(store, CHANNEL)[-1]


def _kill(store: Store, settings: Settings, slack: MockSlack, at_call: int, after: bool) -> int:
    """Post the subscription's slot an hour ago with a client that dies at a call; the
    slot's run id."""
    ago = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    sub = _subscribe(store, settings, ago - timedelta(minutes=1))
    dying = DyingClient(web_client(settings), at_call, after)
    with pytest.raises(Killed):
        run_due(store, settings, SlackPoster(dying), now=ago + timedelta(seconds=5))
    [run] = runs_of(store, sub.id)
    return int(run["id"])


def _restart(store: Store, settings: Settings) -> None:
    """What a restarted bot does first: the digest sweep (at start, then every minute)."""
    scheduler = build_scheduler()
    digest_sweep_job(scheduler, open_store(store.path), settings)


def _sent(slack: MockSlack) -> Counter[str]:
    return Counter(repr(c.body.get("blocks")) for c in slack.posted_to(CHANNEL))


def test_killed_mid_thread_the_restart_posts_the_rest_once(
    newsroom: Store, slack: MockSlack, caplog: pytest.LogCaptureFixture
) -> None:
    settings = slack_settings(slack)
    # Slack takes the headline and the first reply; the process dies on the second.
    _kill(newsroom, settings, slack, at_call=3, after=False)
    [sub] = list_subscriptions(newsroom)
    [run] = runs_of(newsroom, sub.id)
    assert run["status"] == "headline" and run["message_ts"] and run["replies_posted"] == 1
    assert (get_subscription(newsroom, sub.id) or sub).posted_through == run["through_article"]
    before = len(slack.posted_to(CHANNEL))
    assert before == 2
    with caplog.at_level(logging.WARNING, logger="work.digests.recovery"):
        _restart(newsroom, settings)
        _restart(newsroom, settings)  # the sweep again, a minute later: nothing more
    [run] = runs_of(newsroom, sub.id)
    assert run["status"] == "posted" and run["replies_posted"] >= 3
    posted = slack.posted_to(CHANNEL)
    headlines = [c for c in posted if not c.body.get("thread_ts")]
    assert len(headlines) == 1  # never posted twice
    replies = [c for c in posted if c.body.get("thread_ts")]
    assert all(c.body["thread_ts"] == run["message_ts"] for c in replies)
    assert len(replies) == run["replies_posted"]
    assert max(_sent(slack).values()) == 1  # every reply exactly once
    assert "posted the rest of its thread (replies 2 to" in caplog.text


def test_killed_while_slack_held_the_headline_the_restart_finds_it_and_posts_the_thread(
    newsroom: Store, slack: MockSlack, caplog: pytest.LogCaptureFixture
) -> None:
    settings = slack_settings(slack)
    _kill(newsroom, settings, slack, at_call=1, after=True)  # Slack took it; its answer lost
    [sub] = list_subscriptions(newsroom)
    [run] = runs_of(newsroom, sub.id)
    assert run["status"] == "posting" and run["message_ts"] is None
    with caplog.at_level(logging.WARNING, logger="work.digests.recovery"):
        _restart(newsroom, settings)
        _restart(newsroom, settings)
    [run] = runs_of(newsroom, sub.id)
    posted = slack.posted_to(CHANNEL)
    [headline] = [c for c in posted if not c.body.get("thread_ts")]
    replies = [c for c in posted if c.body.get("thread_ts")]
    assert run["status"] == "posted" and run["message_ts"] == headline.headers["x-mock-ts"]
    assert len(replies) == run["replies_posted"] >= 2
    assert all(c.body["thread_ts"] == run["message_ts"] for c in replies)
    assert max(_sent(slack).values()) == 1
    assert len(slack.of("conversations.history")) == 1
    current = get_subscription(newsroom, sub.id)
    assert current is not None and current.posted_through == run["through_article"]
    assert current.status == "ok" and "posted the rest of its thread (replies 1 to" in caplog.text


def test_without_the_channels_history_the_slot_is_released(
    newsroom: Store, slack: MockSlack, caplog: pytest.LogCaptureFixture
) -> None:
    settings = slack_settings(slack)
    _kill(newsroom, settings, slack, at_call=1, after=True)
    slack.fail("conversations.history", "missing_scope")
    with caplog.at_level(logging.INFO, logger="work.digests.recovery"):
        _restart(newsroom, settings)
    [sub] = list_subscriptions(newsroom)
    assert runs_of(newsroom, sub.id)[0]["status"] == "released"
    assert "missing_scope" in caplog.text and "released" in caplog.text
    assert len(slack.posted_to(CHANNEL)) == 1  # the headline alone, never posted again


def test_killed_before_slack_answered_the_slot_is_released_with_a_log_line(
    newsroom: Store, slack: MockSlack, caplog: pytest.LogCaptureFixture
) -> None:
    settings = slack_settings(slack)
    _kill(newsroom, settings, slack, at_call=1, after=False)
    [sub] = list_subscriptions(newsroom)
    assert runs_of(newsroom, sub.id)[0]["status"] == "posting"
    watermark = sub.posted_through
    with caplog.at_level(logging.WARNING, logger="work.digests.recovery"):
        _restart(newsroom, settings)
    [run] = runs_of(newsroom, sub.id)
    assert run["status"] == "released"
    assert "interrupted before Slack took its headline" in caplog.text
    assert f"digest #{sub.id} for channel {CHANNEL}" in caplog.text
    assert slack.posted_to(CHANNEL) == []  # nothing posted for it
    current = get_subscription(newsroom, sub.id)
    assert current is not None and current.posted_through == watermark  # news kept


def test_a_run_in_progress_is_left_alone(newsroom: Store, slack: MockSlack) -> None:
    settings = slack_settings(slack)
    now = datetime.now(UTC).replace(microsecond=0)
    sub = _subscribe(newsroom, settings, now - timedelta(minutes=2))
    newsroom.db.execute(
        "INSERT INTO digest_runs (subscription_id, slot, status, claimed_at) VALUES (?, ?, ?, ?)",
        [sub.id, "2020-01-01T00:00:00+00:00", "posting", (now - STUCK_AFTER / 2).isoformat()],
    )
    _restart(newsroom, settings)
    assert runs_of(newsroom, sub.id)[0]["status"] == "posting"  # another live process's
