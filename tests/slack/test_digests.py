"""Scheduled digests, driven with a fake clock (the `now` every job function takes): each slot
posted exactly once across restarts, retries and a second process; only what is new; slots
missed while the bot was down posted within the grace window, else skipped with a log line;
failing channels marked and the others still served. Slack is the loopback mock."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from bot.slack_app import web_client
from handlers.digest.poster import SlackPoster
from sources.files import iter_paths
from storage.db import Store, open_store
from storage.digests import SubscriptionRow, get_subscription, list_subscriptions, runs_of
from tests.conftest import DATA
from tests.slack.conftest import copy_store, in_channel, slack_settings
from tests.slack.test_blocks import FORBIDDEN, validate_message
from tests.slack_mock import MockSlack, everything_posted, texts_of
from work.digests.commands import list_text, run_digest
from work.digests.parse import parse_digest
from work.digests.runs import run_due
from work.ingest.pipeline import Ingestor
from work.settings import Settings

SEED_SPEAKERS = ("Najib Mikati", "Naim Qassem", "Taher al-Nunu")
TRUCE = DATA / "ask" / "articles" / "valdoria-kessan-truce.json"
HOLDS = DATA / "ask" / "articles" / "valdoria-truce-holds.json"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def desk(tmp_path: Path, slack_store: Store) -> Store:
    """A store of its own holding the seed article and the hostile article, ingested moments
    ago (so a new subscription's first digest includes them)."""
    return open_store(copy_store(slack_store, tmp_path / "desk.db"))


@pytest.fixture
def settings(slack: MockSlack) -> Settings:
    return slack_settings(slack)


@pytest.fixture
def client(settings: Settings) -> SlackPoster:
    return SlackPoster(web_client(settings))


def subscribe(
    store: Store, settings: Settings, channel: str, line: str, now: datetime = NOW
) -> SubscriptionRow:
    request = parse_digest(line, settings.digest_min_interval_hours)
    reply = run_digest(store, settings, request, actor=in_channel(channel, "U0EDITOR"), now=now)
    assert reply.text.startswith("Subscribed"), reply.text
    return list_subscriptions(store, channel)[-1]


def at(moment: datetime) -> str:
    """A daily time, to the second, in UTC."""
    return moment.strftime("%H:%M:%S")


def headlines(mock: MockSlack, channel: str) -> list[Any]:
    return [c for c in mock.posted_to(channel) if not c.body.get("thread_ts")]


def ingest(store: Store, nlp: Language, path: Path) -> None:
    report = Ingestor(store, "unused", nlp=nlp).run(iter_paths([str(path)]))
    assert report.ingested == 1, report.failures


def test_first_digest_then_only_what_is_new(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack, nlp: Language
) -> None:
    slot = NOW + timedelta(minutes=10)
    sub = subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    assert run_due(desk, settings, client, now=slot - timedelta(seconds=1)) == []
    assert slack.answers() == []

    [result] = run_due(desk, settings, client, now=slot + timedelta(seconds=2))
    assert result.status == "posted" and result.articles == 2
    [headline] = headlines(slack, "C0DESK")
    shown = texts_of(headline)
    for name in SEED_SPEAKERS:
        assert name in shown  # who is quoted, named in the channel
    thread = [c for c in slack.posted_to("C0DESK") if c.body.get("thread_ts")]
    assert thread == []  # a digest that fits in one message is posted as that message
    details = texts_of(headline)
    assert "in the coming hours or days" in details and "Newly in the news" in details
    assert "https://news.example/harbour-vote" in details  # links to the articles
    for call in [headline, *thread]:
        validate_message(call.body)
    posted = everything_posted(slack)
    for forbidden in FORBIDDEN:
        assert forbidden not in posted

    # The slot again (a retry, the sweep, a restart): nothing more.
    assert run_due(desk, settings, client, now=slot + timedelta(seconds=30)) == []
    again = open_store(desk.path)  # a restarted process on the same store
    assert run_due(again, settings, client, now=slot + timedelta(minutes=5)) == []
    assert len(headlines(slack, "C0DESK")) == 1

    # Next day: nothing new, so nothing posted.
    tomorrow = slot + timedelta(days=1)
    [empty] = run_due(desk, settings, client, now=tomorrow)
    assert empty.status == "empty"
    assert len(headlines(slack, "C0DESK")) == 1

    # A new article: the next digest holds it alone.
    ingest(desk, nlp, TRUCE)
    slack.reset()
    [result] = run_due(desk, settings, client, now=tomorrow + timedelta(days=1))
    assert result.status == "posted" and result.articles == 1
    posted = everything_posted(slack)
    assert "Sofia Lindqvist" in posted
    for name in (*SEED_SPEAKERS, "Maria Jensen"):
        assert name not in posted
    current = get_subscription(desk, sub.id)
    assert current is not None and current.status == "ok" and current.last_posted_at

    # Quoted again the day after: in the digest, but no longer "newly in the news".
    ingest(desk, nlp, HOLDS)
    slack.reset()
    [result] = run_due(desk, settings, client, now=tomorrow + timedelta(days=2))
    assert result.status == "posted" and result.articles == 1
    posted = everything_posted(slack)
    assert "It is fragile, but it is holding" in posted
    assert "Newly in the news" not in posted
    assert "A pause is not peace" not in posted  # yesterday's quote is not repeated


def test_two_processes_on_one_store_post_a_slot_once(
    desk: Store, settings: Settings, slack: MockSlack
) -> None:
    slot = NOW + timedelta(minutes=10)
    subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    results: list[Any] = []

    def process() -> None:
        store = open_store(desk.path)  # its own connection, as another process has
        results.extend(run_due(store, settings, SlackPoster(web_client(settings)), now=slot))

    workers = [threading.Thread(target=process) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [r.status for r in results].count("posted") == 1
    assert len(headlines(slack, "C0DESK")) == 1


def test_rate_limited_post_is_retried_after_retry_after_and_posted_once(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack
) -> None:
    slot = NOW + timedelta(minutes=10)
    sub = subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    slack.rate_limit_channel("C0DESK", times=1, retry_after=1)
    [result] = run_due(desk, settings, client, now=slot)
    assert result.status == "posted"
    first, second = [c for c in slack.of("chat.postMessage") if not c.body.get("thread_ts")]
    assert first.body == second.body  # the same message, sent again after Retry-After
    assert len(headlines(slack, "C0DESK")) == 1
    assert get_subscription(desk, sub.id).status == "ok"  # type: ignore[union-attr]


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
def test_a_failing_channel_is_marked_and_the_others_still_get_theirs(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack, error: str
) -> None:
    slot = NOW + timedelta(minutes=10)
    gone = subscribe(desk, settings, "CGONE", f"subscribe daily {at(slot)} UTC")
    ok = subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    slack.fail_channel("CGONE", error)
    results = {r.subscription_id: r for r in run_due(desk, settings, client, now=slot)}
    assert results[gone.id].status == "failed" and results[gone.id].error == error
    assert results[ok.id].status == "posted"
    failing = get_subscription(desk, gone.id)
    assert failing is not None and failing.status == "failing" and failing.last_error == error
    assert failing.posted_through == gone.posted_through  # its news waits for the next one
    assert f"FAILING: {error}" in list_text(desk, "CGONE", NOW)
    # The slot is not retried; the next one is, and brings everything not yet posted.
    assert run_due(desk, settings, client, now=slot + timedelta(minutes=1)) == []
    slack.reset()
    results = {
        r.subscription_id: r for r in run_due(desk, settings, client, now=slot + timedelta(days=1))
    }
    assert results[gone.id].status == "posted" and results[gone.id].articles == 2
    assert results[ok.id].status == "empty"
    assert get_subscription(desk, gone.id).status == "ok"  # type: ignore[union-attr]


def test_an_html_error_page_is_recorded_as_its_status_not_its_body(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack
) -> None:
    slot = NOW + timedelta(minutes=10)
    sub = subscribe(desk, settings, "CPROXY", f"subscribe daily {at(slot)} UTC")
    page = "<!DOCTYPE html><html><body><h1>Bad gateway</h1><script>x()</script></body></html>"
    slack.fail_channel_with_page("CPROXY", 503, page)
    [result] = run_due(desk, settings, client, now=slot)
    assert result.status == "failed" and result.error == "HTTP 503 Service Unavailable"
    failing = get_subscription(desk, sub.id)
    assert failing is not None and failing.last_error == "HTTP 503 Service Unavailable"
    shown = list_text(desk, "CPROXY", NOW)
    assert "FAILING: HTTP 503 Service Unavailable" in shown
    assert "<" not in shown and "html" not in shown.lower()


def test_a_slot_missed_while_down_is_posted_within_the_grace_window(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack
) -> None:
    slot = NOW + timedelta(minutes=10)
    subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    [result] = run_due(desk, settings, client, now=slot + timedelta(minutes=45))
    assert result.status == "posted"
    assert run_due(desk, settings, client, now=slot + timedelta(minutes=50)) == []
    assert len(headlines(slack, "C0DESK")) == 1


def test_a_slot_missed_beyond_the_grace_window_is_skipped_with_a_log_line(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack, caplog: Any
) -> None:
    settings = replace(settings, digest_grace_minutes=30)
    slot = NOW + timedelta(minutes=10)
    sub = subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    with caplog.at_level(logging.WARNING, logger="work.digests.runs"):
        [result] = run_due(desk, settings, client, now=slot + timedelta(hours=2))
        assert run_due(desk, settings, client, now=slot + timedelta(hours=3)) == []
    assert result.status == "skipped"
    skips = [r for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skips) == 1 and "30-minute grace window" in skips[0].getMessage()
    assert slack.answers() == []
    # The news is not lost: the next slot brings it.
    [result] = run_due(desk, settings, client, now=slot + timedelta(days=1))
    assert result.status == "posted" and result.articles == 2
    assert [r["status"] for r in runs_of(desk, sub.id)] == ["skipped", "posted"]


def test_a_subscription_never_posts_slots_from_before_it_was_made(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack
) -> None:
    earlier = NOW - timedelta(minutes=5)
    subscribe(desk, settings, "C0DESK", f"subscribe daily {at(earlier)} UTC")
    assert run_due(desk, settings, client, now=NOW + timedelta(minutes=1)) == []
    assert slack.answers() == []


def test_topic_digest_uses_the_synonyms_of_answers(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack
) -> None:
    slot = NOW + timedelta(minutes=10)
    subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC truce")
    [result] = run_due(desk, settings, client, now=slot)
    assert result.status == "posted" and result.articles == 1
    posted = everything_posted(slack)
    assert "Taher al-Nunu" in posted  # "temporary pause" is a ceasefire quote: truce ~ pause
    assert "About *truce*" in posted
    assert "Maria Jensen" not in posted and "harbour" not in posted.lower()


def test_an_empty_digest_is_posted_only_when_asked(
    desk: Store, settings: Settings, client: SlackPoster, slack: MockSlack
) -> None:
    slot = NOW + timedelta(minutes=10)
    quiet = subscribe(desk, settings, "C0QUIET", f"subscribe daily {at(slot)} UTC desalination")
    loud = subscribe(
        desk, settings, "C0LOUD", f"subscribe daily {at(slot)} UTC desalination --empty"
    )
    results = {r.subscription_id: r.status for r in run_due(desk, settings, client, now=slot)}
    assert results == {quiet.id: "empty", loud.id: "posted"}
    assert headlines(slack, "C0QUIET") == []
    [posted] = slack.posted_to("C0LOUD")
    assert "Nothing new since the last digest" in texts_of(posted)
    validate_message(posted.body)


def test_subscribe_list_unsubscribe(desk: Store, settings: Settings) -> None:
    changed: list[int] = []
    request = parse_digest("subscribe weekdays 7:30am ceasefire")
    reply = run_digest(
        desk,
        settings,
        request,
        actor=in_channel("C0DESK", "U0EDITOR"),
        default_zone="America/New_York",
        now=datetime(2025, 6, 6, 12, tzinfo=UTC),  # a Friday
        on_change=lambda: changed.append(1),
    )
    assert "weekdays at 07:30 (America/New_York)" in reply.text
    assert "next Mon 09 Jun 07:30" in reply.text
    assert changed == [1]
    [sub] = list_subscriptions(desk, "C0DESK")
    assert (sub.zone, sub.topic, sub.created_by) == ("America/New_York", "ceasefire", "U0EDITOR")
    again = run_digest(
        desk, settings, request, actor=in_channel("C0DESK"), default_zone="America/New_York"
    )
    assert "already has that digest" in again.text
    listed = list_text(desk, "C0DESK")
    assert (
        f"#{sub.id}" in listed and "about ceasefire" in listed and "no digest posted yet" in listed
    )
    assert "This channel has no digests" in list_text(desk, "C0OTHER")
    elsewhere = run_digest(
        desk, settings, parse_digest(f"unsubscribe {sub.id}"), actor=in_channel("C0OTHER", "U0X")
    )
    assert "There is no digest" in elsewhere.text and list_subscriptions(desk)
    done = run_digest(
        desk,
        settings,
        parse_digest(f"unsubscribe #{sub.id}"),
        actor=in_channel("C0DESK", "U0X"),
        on_change=lambda: changed.append(2),
    )
    assert done.text.startswith(f"Unsubscribed: digest #{sub.id}")
    assert list_subscriptions(desk) == [] and changed == [1, 2]


def test_zone_defaults_to_the_newsroom_zone(desk: Store, settings: Settings) -> None:
    newsroom = replace(settings, tz="Europe/Berlin")
    reply = run_digest(
        desk, newsroom, parse_digest("subscribe daily 06:00"), actor=in_channel("C0DESK")
    )
    assert "(Europe/Berlin)" in reply.text
    assert list_subscriptions(desk)[0].zone == "Europe/Berlin"


def test_preview_shows_the_next_digest_and_posts_nothing(
    desk: Store, settings: Settings, slack: MockSlack
) -> None:
    from handlers.render.digest import preview_message

    reply = run_digest(desk, settings, parse_digest("now"), actor=in_channel("C0NEW"))
    [(digest, meta)] = reply.previews
    assert "a new subscription would start with this" in meta
    message = preview_message(digest, meta).payload()
    validate_message(message)
    assert "Najib Mikati" in json.dumps(message) and "Preview" in json.dumps(message)
    sub = subscribe(desk, settings, "C0DESK", "subscribe every 6h UTC")
    [(digest, meta)] = run_digest(
        desk, settings, parse_digest("now"), actor=in_channel("C0DESK")
    ).previews
    assert meta.startswith(f"Digest #{sub.id}") and digest.article_count == 2
    assert slack.answers() == []


def test_a_failed_thread_reply_never_reposts_the_digest(
    desk: Store,
    settings: Settings,
    client: SlackPoster,
    slack: MockSlack,
    caplog: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("handlers.render.digest.SINGLE_MESSAGE_BLOCKS", 0)  # force a thread
    slot = NOW + timedelta(minutes=10)
    sub = subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    slack.thread_failure = "msg_too_long"
    with caplog.at_level(logging.WARNING, logger="handlers.digest.poster"):
        [result] = run_due(desk, settings, client, now=slot)
    assert result.status == "posted"
    assert any("thread reply 1 of 1" in r.getMessage() for r in caplog.records)
    current = get_subscription(desk, sub.id)
    assert current is not None and current.status == "ok" and current.posted_through > 0
    assert run_due(desk, settings, client, now=slot + timedelta(minutes=1)) == []
    assert len(headlines(slack, "C0DESK")) == 1


def test_a_long_digest_puts_its_details_in_a_thread(
    desk: Store,
    settings: Settings,
    client: SlackPoster,
    slack: MockSlack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("handlers.render.digest.SINGLE_MESSAGE_BLOCKS", 4)
    slot = NOW + timedelta(minutes=10)
    subscribe(desk, settings, "C0DESK", f"subscribe daily {at(slot)} UTC")
    [result] = run_due(desk, settings, client, now=slot + timedelta(seconds=2))
    assert result.status == "posted"
    [headline] = headlines(slack, "C0DESK")
    thread = [c for c in slack.posted_to("C0DESK") if c.body.get("thread_ts")]
    assert thread and all(c.body["thread_ts"] == result.message_ts for c in thread)
    assert "in the coming hours or days" in " ".join(texts_of(c) for c in thread)
    assert "in the thread" in texts_of(headline)
