"""Background jobs of a running bot (APScheduler 3), registered in this one module.

Each kind of job has a registrar, `register_<kind>_jobs(scheduler, settings, store)`, that
adds its jobs with stable ids and `replace_existing=True` (registering twice replaces, never
duplicates); `REGISTRARS` lists them and `start_background_jobs` runs them all. Job functions
are ordinary functions of (store, settings) that the CLI can call too. Jobs live in memory:
what they act on (feeds, subscriptions) lives in the store, and is read afresh on each run.

Every job coalesces (a backlog of missed runs runs once), never overlaps itself, and may start
late by up to its misfire grace time (a busy or briefly paused process still runs it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from storage.db import Store

logger = logging.getLogger(__name__)

FEED_POLL_JOB_ID = "newsbrief.feeds.poll"
MIN_MISFIRE_GRACE_SECONDS = 60

JobRegistrar = Callable[[BaseScheduler, Settings, Store], None]


def build_scheduler(workers: int = 4) -> BackgroundScheduler:
    """A background scheduler in UTC whose jobs coalesce and never overlap themselves."""
    return BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(max_workers=workers)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MIN_MISFIRE_GRACE_SECONDS,
        },
    )


def poll_feeds_job(store: Store, settings: Settings) -> None:
    """The scheduled feed poll: every feed that is due (failing feeds wait out their
    back-off). Logs what happened; never raises."""
    from bot.feeds import poll_feeds

    try:
        report = poll_feeds(store, settings, due_only=True)
    except Exception:
        logger.exception("feed poll failed")
        return
    for outcome in report.failed_feeds:
        logger.warning("feed #%s %s failed: %s", outcome.feed.id, outcome.feed.url, outcome.error)
    if report.outcomes:
        logger.info(
            "polled %d feeds (%d failed): %s",
            len(report.outcomes),
            len(report.failed_feeds),
            report.ingest.summary(),
        )


def register_feed_jobs(scheduler: BaseScheduler, settings: Settings, store: Store) -> None:
    """The feed poll, every NEWSBRIEF_FEED_POLL_MINUTES, first run at once."""
    interval = settings.feed_poll_minutes * 60
    scheduler.add_job(
        poll_feeds_job,
        trigger=IntervalTrigger(seconds=interval, timezone=UTC),
        args=(store, settings),
        id=FEED_POLL_JOB_ID,
        name="Poll every feed",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=max(MIN_MISFIRE_GRACE_SECONDS, interval // 2),
        next_run_time=datetime.now(UTC),
    )


# The digests issue appends its registrar here.
REGISTRARS: list[JobRegistrar] = [register_feed_jobs]


def register_jobs(
    scheduler: BaseScheduler,
    settings: Settings,
    store: Store,
    registrars: list[JobRegistrar] | None = None,
) -> None:
    """Add every kind of job (or the given ones) to a scheduler."""
    for register in REGISTRARS if registrars is None else registrars:
        register(scheduler, settings, store)


def start_background_jobs(
    store: Store, settings: Settings, registrars: list[JobRegistrar] | None = None
) -> BackgroundScheduler:
    """Start the background jobs of a running bot (Slack or console); returns the running
    scheduler, to pass to `stop_background_jobs` on the way out."""
    scheduler = build_scheduler()
    register_jobs(scheduler, settings, store, registrars)
    scheduler.start()
    logger.info("background jobs started: %s", ", ".join(j.id for j in scheduler.get_jobs()))
    return scheduler


def stop_background_jobs(scheduler: BaseScheduler, wait: bool = False) -> None:
    """Stop the scheduler (a running job finishes in its own thread unless `wait`)."""
    if scheduler.running:
        scheduler.shutdown(wait=wait)
