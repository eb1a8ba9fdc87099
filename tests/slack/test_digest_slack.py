"""/digest in Slack: signed requests over loopback into the real App (its own store), the
user's time zone from users.info, malformed schedules refused in the acknowledgement, the
digest jobs rebuilt on every change, and failing subscriptions shown in the App Home."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from bot.http_server import SlackHTTPServer, serve_in_thread
from bot.scheduler import build_scheduler, digest_job_id, sync_digest_jobs
from bot.slack_app import build_app
from handlers.services import Services
from storage.db import Store, open_store
from storage.digests import list_subscriptions
from tests.slack.conftest import copy_store, slack_settings
from tests.slack.test_blocks import validate_message
from tests.slack.test_conversations import send_command, send_event
from tests.slack_mock import MockSlack, texts_of
from work.settings import Settings

CHANNEL = "C0NEWSDESK"  # where command_body's commands come from


@dataclass
class DigestBot:
    url: str
    store: Store
    scheduler: BackgroundScheduler
    settings: Settings


@pytest.fixture
def digest_bot(tmp_path: Path, slack_store: Store, slack: MockSlack) -> Iterator[DigestBot]:
    """The real App on the real HTTP server, with a store of its own and a (paused)
    scheduler that /digest changes rebuild, as `newsbrief serve` wires them."""
    store = open_store(copy_store(slack_store, tmp_path / "digest-bot.db"))
    settings = slack_settings(slack, tz="Europe/Paris")
    services = Services(store, settings)
    app = build_app(settings, store, services=services)
    scheduler = build_scheduler()
    scheduler.start(paused=True)
    services.on_subscriptions_changed = lambda: sync_digest_jobs(scheduler, settings, store)
    server = SlackHTTPServer(app, "127.0.0.1", 0)
    stop = serve_in_thread(server)
    yield DigestBot(f"http://127.0.0.1:{server.port}", store, scheduler, settings)
    stop()
    scheduler.shutdown()


def _digest(bot: DigestBot, slack: MockSlack, text: str) -> tuple[int, str, float]:
    started = time.monotonic()
    status, reply = send_command(bot.url, slack, "/digest", text)
    return status, reply, time.monotonic() - started


def _answers(slack: MockSlack, count: int = 1) -> list[str]:
    calls = slack.wait_for(lambda m: len(m.of("/response_url/digest")) >= count and m)
    return [texts_of(c) for c in calls.of("/response_url/digest")]


def test_subscribe_uses_the_users_slack_zone_and_schedules_the_job(
    digest_bot: DigestBot, slack: MockSlack
) -> None:
    slack.users["U0REPORTER"] = {"id": "U0REPORTER", "tz": "Asia/Kolkata"}
    status, _, took = _digest(digest_bot, slack, "subscribe daily 08:00 ceasefire")
    assert status == 200 and took < 3.0
    [answer] = _answers(slack)
    assert "Subscribed this channel to digest #" in answer
    assert "daily at 08:00 (Asia/Kolkata)" in answer and "about ceasefire" in answer
    assert slack.of("users.info")[0].body["user"] == "U0REPORTER"
    [sub] = list_subscriptions(digest_bot.store, CHANNEL)
    assert (sub.zone, sub.topic, sub.created_by) == ("Asia/Kolkata", "ceasefire", "U0REPORTER")
    job = digest_bot.scheduler.get_job(digest_job_id(sub.id))
    assert job is not None and job.coalesce is True and job.max_instances == 1
    assert job.misfire_grace_time == digest_bot.settings.digest_grace_minutes * 60
    local = job.next_run_time.astimezone(ZoneInfo("Asia/Kolkata"))
    assert (local.hour, local.minute) == (8, 0)
    assert (job.next_run_time.astimezone(UTC).hour, job.next_run_time.minute) == (2, 30)

    _digest(digest_bot, slack, f"unsubscribe {sub.id}")
    assert "Unsubscribed" in _answers(slack, 2)[1]
    assert digest_bot.scheduler.get_job(digest_job_id(sub.id)) is None


def test_zone_falls_back_to_the_newsroom_zone_when_slack_does_not_say(
    digest_bot: DigestBot, slack: MockSlack
) -> None:
    _digest(digest_bot, slack, "subscribe every 6h")  # users.info answers user_not_found
    assert "every 6h (Europe/Paris)" in _answers(slack)[0]


def test_a_malformed_schedule_is_refused_at_once_saying_why(
    digest_bot: DigestBot, slack: MockSlack
) -> None:
    status, reply, took = _digest(digest_bot, slack, "subscribe daily 25:99 Mars/Olympus")
    assert status == 200 and took < 3.0
    body = json.loads(reply)
    assert body["response_type"] == "ephemeral"
    assert "25:99 is not a time of day" in body["text"]
    assert "Mars/Olympus is not a time zone I know" in body["text"]
    time.sleep(1)
    assert slack.answers() == [] and list_subscriptions(digest_bot.store) == []
    assert not [j for j in digest_bot.scheduler.get_jobs()]


def test_list_and_preview_are_ephemeral_and_post_nothing(
    digest_bot: DigestBot, slack: MockSlack
) -> None:
    _digest(digest_bot, slack, "subscribe weekdays 07:30 UTC")
    _answers(slack)  # answered before the next command, as a person types them
    _digest(digest_bot, slack, "list")
    listed = _answers(slack, 2)[1]
    assert "Digests for this channel" in listed and "weekdays at 07:30 (UTC)" in listed
    _digest(digest_bot, slack, "now")
    preview = slack.wait_for(lambda m: len(m.of("/response_url/digest")) >= 3 and m)
    call = preview.of("/response_url/digest")[2]
    assert call.body["response_type"] == "ephemeral"
    validate_message(call.body)
    shown = texts_of(call)
    assert "Najib Mikati" in shown and "nothing was posted" in shown
    assert slack.of("chat.postMessage") == []


def test_usage_without_text(digest_bot: DigestBot, slack: MockSlack) -> None:
    status, _, _ = _digest(digest_bot, slack, "")
    assert status == 200
    assert "/digest subscribe daily HH:MM" in _answers(slack)[0]


def test_app_home_shows_a_failing_subscription(digest_bot: DigestBot, slack: MockSlack) -> None:
    from datetime import datetime, timedelta

    from bot.slack_app import web_client
    from handlers.digest.poster import SlackPoster
    from work.digests.runs import run_due

    _digest(digest_bot, slack, "subscribe daily 08:00 UTC")
    _answers(slack)
    [sub] = list_subscriptions(digest_bot.store)
    slack.fail_channel(CHANNEL, "not_in_channel")
    slot = datetime.now(UTC) + timedelta(days=1)
    slot = slot.replace(hour=8, minute=0, second=0, microsecond=0)
    run_due(
        digest_bot.store,
        digest_bot.settings,
        SlackPoster(web_client(digest_bot.settings)),
        now=slot,
    )
    event = {"type": "app_home_opened", "user": "U0REPORTER", "tab": "home"}
    assert send_event(digest_bot.url, event) == 200
    published = slack.wait_for(lambda m: m.of("views.publish"))[0]
    blocks = json.dumps(published.body["view"], ensure_ascii=False)
    assert f"#{sub.id}" in blocks and f"<#{CHANNEL}>" in blocks
    assert "FAILING: not_in_channel" in blocks and "(yours)" in blocks
