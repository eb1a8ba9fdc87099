"""Posting digests: each (subscription, slot) exactly once, with only what is new.

A slot is claimed in the store (a unique key) before anything is posted, so a restart, a
retry or a second process on the same store never posts it twice. The digest covers the
articles after the subscription's watermark; the watermark moves only when the digest was
posted (or there was nothing new), so a digest that failed leaves its news to the next one.
A slot missed while the bot was down is posted on its return within the grace window
(NEWSBRIEF_DIGEST_GRACE_MINUTES), else skipped with a log line.

These are ordinary functions of (store, settings, poster, now): the scheduler, the CLI and
the tests (with a fake clock) call the same ones.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from ask.digest import Digest, build_digest
from storage.db import Store
from storage.digest_runs import finish_thread, plan_run, record_replies
from storage.digests import (
    EMPTY,
    FAILED,
    HEADLINE,
    POSTED,
    SKIPPED,
    RunOutcome,
    SubscriptionRow,
    claim_run,
    get_subscription,
    list_subscriptions,
    mark_digest_failed,
    mark_digest_sent,
    record_skipped,
    slot_claimed,
)
from work.digests.poster import Poster
from work.digests.recovery import finish_stuck_runs
from work.digests.schedules import iso, meta_line, parse_iso, schedule_of
from work.settings import Settings

logger = logging.getLogger(__name__)

# Slack's answers that mean the channel cannot take the digest until someone acts.
CHANNEL_ERRORS = ("channel_not_found", "not_in_channel", "is_archived")
CLAIMED, NOT_DUE = "claimed", "not_due"
MIN_GRACE_SECONDS = 60


def grace(settings: Settings) -> timedelta:
    """How late a slot may still be posted (at least a minute)."""
    return timedelta(seconds=max(MIN_GRACE_SECONDS, settings.digest_grace_minutes * 60))


def subscription_digest(store: Store, sub: SubscriptionRow) -> Digest:
    """What the subscription's next digest holds now: only what is new since its last one."""
    return build_digest(store, sub.posted_through, topic=sub.topic)


@dataclass(frozen=True)
class RunResult:
    """What happened to one (subscription, slot)."""

    subscription_id: int
    slot: str
    status: str  # posted, empty, failed, skipped, claimed (by an earlier run), not_due
    error: str | None = None
    message_ts: str | None = None
    articles: int = 0
    quotes: int = 0


def run_slot(
    store: Store, poster: Poster, sub: SubscriptionRow, slot: str, now: datetime
) -> RunResult:
    """Claim (subscription, slot), then build and post its digest, once. A slot already
    claimed (by this or another process) is left alone."""
    stamp = iso(now)
    run_id = claim_run(store, sub.id, slot, stamp)
    if run_id is None:
        logger.info("digest #%d slot %s: already handled, not posted again", sub.id, slot)
        return RunResult(sub.id, slot, CLAIMED)
    current = get_subscription(store, sub.id) or sub  # the watermark as of the claim
    try:
        digest = subscription_digest(store, current)
    except Exception as error:  # noqa: BLE001 - one bad digest never stops the others
        logger.exception("digest #%d: could not be built", sub.id)
        outcome = RunOutcome(FAILED, current.posted_through, error=poster.error_code(error))
        mark_digest_failed(store, run_id, sub.id, slot, outcome, stamp)
        return RunResult(sub.id, slot, FAILED, outcome.error)
    articles, quotes = digest.article_count, digest.quote_count
    if digest.empty and not current.post_empty:
        mark_digest_sent(store, run_id, sub.id, slot, RunOutcome(EMPTY, digest.through), stamp)
        logger.info("digest #%d slot %s: nothing new, not posted", sub.id, slot)
        return RunResult(sub.id, slot, EMPTY)

    plan_run(store, run_id, current.posted_through, digest.through)

    def headline_out(ts: str, replies: int) -> None:
        # Recorded as soon as Slack answers: a restart finishes an interrupted thread.
        status = HEADLINE if replies else POSTED
        outcome = RunOutcome(
            status, digest.through, articles, quotes, message_ts=ts, since=current.posted_through
        )
        mark_digest_sent(store, run_id, sub.id, slot, outcome, iso(datetime.now(UTC)))

    def reply_out(posted: int) -> None:
        record_replies(store, run_id, posted)

    try:
        ts = poster.post(current.channel, digest, meta_line(current), headline_out, reply_out)
    except Exception as error:  # noqa: BLE001 - a failing channel never stops the bot
        code = poster.error_code(error)
        outcome = RunOutcome(FAILED, current.posted_through, articles, quotes, error=code)
        mark_digest_failed(store, run_id, sub.id, slot, outcome, iso(datetime.now(UTC)))
        why = " (invite the bot, or unsubscribe)" if code in CHANNEL_ERRORS else ""
        logger.warning(
            "digest #%d for channel %s (slot %s) failed: %s; the subscription is marked failing%s",
            sub.id,
            current.channel,
            slot,
            code,
            why,
        )
        return RunResult(sub.id, slot, FAILED, code, articles=articles, quotes=quotes)
    finish_thread(store, run_id, iso(datetime.now(UTC)))
    logger.info(
        "digest #%d posted to channel %s (slot %s): articles %d, quotes %d",
        sub.id,
        current.channel,
        slot,
        digest.article_count,
        digest.quote_count,
    )
    return RunResult(sub.id, slot, POSTED, message_ts=ts, articles=articles, quotes=quotes)


def due_slot(sub: SubscriptionRow, now: datetime) -> datetime | None:
    """The subscription's latest slot at or before `now`, if it came after the
    subscription was made."""
    slot = schedule_of(sub).latest_slot(now)
    if slot is None or slot < parse_iso(sub.created_at):
        return None
    return slot


def run_if_due(
    store: Store, settings: Settings, poster: Poster, sub: SubscriptionRow, now: datetime
) -> RunResult | None:
    """Post the subscription's latest slot if it has not been handled: within the grace
    window it is posted (late, after a pause or a restart), past it skipped with a log line.
    None when there is nothing to do."""
    slot = due_slot(sub, now)
    if slot is None:
        return None
    key = iso(slot)
    if slot_claimed(store, sub.id, key):
        return None
    late = now - slot
    if late > grace(settings):
        if record_skipped(store, sub.id, key, iso(now)):
            logger.warning(
                "digest #%d for channel %s: the %s slot was missed by %s (the bot was not "
                "running), more than the %d-minute grace window: skipped; the next digest "
                "holds its news",
                sub.id,
                sub.channel,
                key,
                str(late).split(".")[0],
                settings.digest_grace_minutes,
            )
            return RunResult(sub.id, key, SKIPPED)
        return None
    if late > timedelta(seconds=MIN_GRACE_SECONDS):
        logger.info("digest #%d: posting the %s slot %s late", sub.id, key, late)
    return run_slot(store, poster, sub, key, now)


def run_due(
    store: Store,
    settings: Settings,
    poster: Poster,
    now: datetime | None = None,
    subscription_id: int | None = None,
) -> list[RunResult]:
    """Post every due digest (or one subscription's) that no run has handled yet. A full
    pass (no `subscription_id`: the sweep, at start and every minute) first finishes the
    runs a stopped process left mid-post (work.digests.recovery)."""
    now = now or datetime.now(UTC)
    if subscription_id is None:
        try:
            finish_stuck_runs(store, poster, now)
        except Exception:  # noqa: BLE001 - due digests are still posted
            logger.exception("unfinished digests could not be finished")
    if subscription_id is not None:
        found = get_subscription(store, subscription_id)
        subs = [found] if found is not None else []
    else:
        subs = list_subscriptions(store)
    results = []
    for sub in subs:
        try:
            result = run_if_due(store, settings, poster, sub, now)
        except Exception:  # noqa: BLE001 - one subscription never stops the others
            logger.exception("digest #%d could not be run", sub.id)
            continue
        if result is not None:
            results.append(result)
    return results


def post_now(
    store: Store, poster: Poster, sub: SubscriptionRow, now: datetime | None = None
) -> RunResult:
    """Post the subscription's next digest now, outside its schedule (`digest --post`): a
    run of its own, so the next scheduled digest starts after it."""
    now = now or datetime.now(UTC)
    return run_slot(store, poster, sub, f"manual:{iso(now)}:{uuid4().hex[:8]}", now)


def result_line(sub: SubscriptionRow, result: RunResult) -> str:
    """What a manual post did, in a line."""
    if result.status == POSTED:
        return (
            f"posted digest #{sub.id} to {sub.channel}: {result.articles} articles, "
            f"{result.quotes} quotes"
        )
    if result.status == EMPTY:
        return f"nothing new for digest #{sub.id}: not posted"
    return f"digest #{sub.id} to {sub.channel} {result.status}: {result.error}"
