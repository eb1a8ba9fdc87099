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
from datetime import UTC, datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from handlers.client import web_client
from handlers.digest.poster import SlackPoster
from storage.db import Store
from storage.digests import list_subscriptions
from work.digests.runs import grace, run_due
from work.digests.schedules import Schedule, schedule_of
from work.ingest.feeds import poll_feeds
from work.settings import Settings

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


# --- Digests ---------------------------------------------------------------------------
DIGEST_JOB_PREFIX = "newsbrief.digest."
DIGEST_SWEEP_JOB_ID = "newsbrief.digests.sweep"
DIGEST_SWEEP_SECONDS = 60


class SlotTrigger(BaseTrigger):
    """Fires at a digest schedule's slots (work.digests.schedules: local times in an IANA zone,
    daylight saving followed)."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        """The first slot after the previous one (slots missed since are offered too, for
        coalescing), or the first at or after `now`."""
        start = now
        if previous_fire_time is not None:
            start = min(now, previous_fire_time + timedelta(microseconds=1))
        return self.schedule.next_slot(start)

    def __str__(self) -> str:
        return f"slots[{self.schedule.spec()}]"


def digest_job_id(subscription_id: int) -> str:
    """The stable job id of a subscription's digest."""
    return f"{DIGEST_JOB_PREFIX}{subscription_id}"


def digest_slot_job(store: Store, settings: Settings, subscription_id: int) -> None:
    """A subscription's slot came: post its digest unless some run (another process, the
    sweep) already has. Never raises."""
    try:
        run_due(store, settings, SlackPoster(web_client(settings)), subscription_id=subscription_id)
    except Exception:
        logger.exception("digest #%s job failed", subscription_id)


def digest_sweep_job(scheduler: BaseScheduler, store: Store, settings: Settings) -> None:
    """Every minute (and once at start): align the jobs with the subscriptions table
    (changes made by another process), then post any due slot nothing has handled (slots
    missed while the bot was down, within the grace window). Never raises."""
    try:
        sync_digest_jobs(scheduler, settings, store)
        run_due(store, settings, SlackPoster(web_client(settings)))
    except Exception:
        logger.exception("digest sweep failed")


def sync_digest_jobs(scheduler: BaseScheduler, settings: Settings, store: Store) -> None:
    """One job per subscription, built from the store: new subscriptions get a job, removed
    ones lose theirs, a job whose schedule is unchanged is left as it is (replacing it would
    recompute its next run and could drop a slot that is due this instant)."""
    wanted = {}
    for sub in list_subscriptions(store):
        try:
            schedule = schedule_of(sub)
            schedule.next_slot(datetime.now(UTC))  # the zone must load
            wanted[digest_job_id(sub.id)] = (sub, schedule)
        except (ValueError, KeyError):
            logger.warning("digest #%d has an unusable schedule; not scheduled", sub.id)
    for job in scheduler.get_jobs():
        if job.id.startswith(DIGEST_JOB_PREFIX) and job.id not in wanted:
            job.remove()
            logger.info("digest job %s removed", job.id)
    misfire = int(grace(settings).total_seconds())
    for job_id, (sub, schedule) in wanted.items():
        name = f"Digest #{sub.id} to {sub.channel}: {schedule.spec()}"
        existing = scheduler.get_job(job_id)
        if existing is not None and existing.name == name:
            continue
        scheduler.add_job(
            digest_slot_job,
            trigger=SlotTrigger(schedule),
            args=(store, settings, sub.id),
            id=job_id,
            name=name,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=misfire,
        )
        logger.info("digest job %s: %s", job_id, name)


def register_digest_jobs(scheduler: BaseScheduler, settings: Settings, store: Store) -> None:
    """A job per digest subscription, and the sweep (at once, then every minute). Digests
    are posted only by a process that has SLACK_BOT_TOKEN."""
    if not settings.slack_bot_token:
        logger.info("SLACK_BOT_TOKEN is not set: this process posts no digests")
        return
    sync_digest_jobs(scheduler, settings, store)
    scheduler.add_job(
        digest_sweep_job,
        trigger=IntervalTrigger(seconds=DIGEST_SWEEP_SECONDS, timezone=UTC),
        args=(scheduler, store, settings),
        id=DIGEST_SWEEP_JOB_ID,
        name="Post due digests, sync digest jobs",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=DIGEST_SWEEP_SECONDS,
        next_run_time=datetime.now(UTC),
    )


REGISTRARS: list[JobRegistrar] = [register_feed_jobs, register_digest_jobs]


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
