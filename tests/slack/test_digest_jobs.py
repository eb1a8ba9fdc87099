"""Digest jobs in APScheduler: built from the subscriptions table (stable ids, replaced not
duplicated, coalescing, a misfire grace time of the grace window), kept in step with it, and
firing for real at a slot a few seconds ahead."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.scheduler import (
    DIGEST_SWEEP_JOB_ID,
    REGISTRARS,
    SlotTrigger,
    build_scheduler,
    digest_job_id,
    digest_slot_job,
    register_digest_jobs,
    start_background_jobs,
    stop_background_jobs,
    sync_digest_jobs,
)
from storage.db import Store, open_store
from storage.digests import delete_subscription, list_subscriptions
from tests.slack.conftest import copy_store, in_channel, slack_settings
from tests.slack_mock import MockSlack, texts_of
from work.digests.commands import run_digest
from work.digests.parse import parse_digest
from work.settings import Settings


def _subscribe(
    store: Store, settings: Settings, channel: str, line: str, now: datetime | None = None
) -> int:
    reply = run_digest(store, settings, parse_digest(line), actor=in_channel(channel), now=now)
    assert reply.text.startswith("Subscribed"), reply.text
    return list_subscriptions(store, channel)[-1].id


def test_jobs_are_built_from_the_table_and_kept_in_step(
    tmp_path: Path, slack_store: Store, slack: MockSlack
) -> None:
    store = open_store(copy_store(slack_store, tmp_path / "jobs.db"))
    settings = slack_settings(slack, digest_grace_minutes=90)
    first = _subscribe(store, settings, "C1", "subscribe daily 08:00 Europe/London")
    second = _subscribe(store, settings, "C2", "subscribe every 6h UTC ceasefire")
    scheduler = build_scheduler()
    scheduler.start(paused=True)
    try:
        register_digest_jobs(scheduler, settings, store)
        register_digest_jobs(scheduler, settings, store)  # again: replaced, not duplicated
        ids = sorted(j.id for j in scheduler.get_jobs())
        assert ids == sorted([digest_job_id(first), digest_job_id(second), DIGEST_SWEEP_JOB_ID])
        job = scheduler.get_job(digest_job_id(first))
        assert job.func is digest_slot_job and isinstance(job.trigger, SlotTrigger)
        assert job.coalesce is True and job.max_instances == 1
        assert job.misfire_grace_time == 90 * 60
        before = job.next_run_time
        time.sleep(0.01)
        sync_digest_jobs(scheduler, settings, store)  # unchanged: left as it is
        assert scheduler.get_job(digest_job_id(first)).next_run_time == before
        delete_subscription(store, second)
        third = _subscribe(store, settings, "C3", "subscribe weekdays 07:00 UTC")
        sync_digest_jobs(scheduler, settings, store)
        ids = sorted(j.id for j in scheduler.get_jobs())
        assert ids == sorted([digest_job_id(first), digest_job_id(third), DIGEST_SWEEP_JOB_ID])
    finally:
        scheduler.shutdown()


def test_no_bot_token_no_digest_jobs(store: Store) -> None:
    assert register_digest_jobs in REGISTRARS
    _subscribe(store, Settings(), "C1", "subscribe daily 08:00 UTC")
    scheduler = build_scheduler()
    register_digest_jobs(scheduler, Settings(), store)
    assert scheduler.get_jobs() == []


def test_a_running_scheduler_posts_a_slot_once_at_its_time(
    tmp_path: Path, slack_store: Store, slack: MockSlack
) -> None:
    store = open_store(copy_store(slack_store, tmp_path / "live.db"))
    settings = slack_settings(slack)
    slot = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=4)
    _subscribe(store, settings, "C0LIVE", f"subscribe daily {slot:%H:%M:%S} UTC")
    scheduler = start_background_jobs(store, settings, registrars=[register_digest_jobs])
    try:
        headline = slack.wait_for(lambda m: m.posted_to("C0LIVE"), timeout=30)[0]
        posted_at = datetime.now(UTC)
        assert posted_at >= slot
        assert "Najib Mikati" in texts_of(headline)
        # Another process starting now (its sweep catches up on due slots) posts nothing.
        other = start_background_jobs(
            open_store(store.path), replace(settings), registrars=[register_digest_jobs]
        )
        time.sleep(2)
        stop_background_jobs(other, wait=True)
    finally:
        stop_background_jobs(scheduler, wait=True)
    headlines = [c for c in slack.posted_to("C0LIVE") if not c.body.get("thread_ts")]
    assert len(headlines) == 1


def test_a_slot_missed_while_the_bot_was_down_is_posted_once_when_it_starts(
    tmp_path: Path, slack_store: Store, slack: MockSlack
) -> None:
    store = open_store(copy_store(slack_store, tmp_path / "down.db"))
    settings = slack_settings(slack)
    slot = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    made = slot - timedelta(minutes=5)  # subscribed, then the bot went down before the slot
    _subscribe(store, settings, "C0BACK", f"subscribe daily {slot:%H:%M:%S} UTC", now=made)
    scheduler = start_background_jobs(store, settings, registrars=[register_digest_jobs])
    try:
        headline = slack.wait_for(lambda m: m.posted_to("C0BACK"), timeout=30)[0]
        assert "Najib Mikati" in texts_of(headline)
        time.sleep(1)
    finally:
        stop_background_jobs(scheduler, wait=True)
    again = start_background_jobs(store, settings, registrars=[register_digest_jobs])
    time.sleep(2)
    stop_background_jobs(again, wait=True)
    headlines = [c for c in slack.posted_to("C0BACK") if not c.body.get("thread_ts")]
    assert len(headlines) == 1
