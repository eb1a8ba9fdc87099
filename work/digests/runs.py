"""Posting digests: each (subscription, slot) exactly once, with only what is new.

A slot is claimed in the store (a unique key) before anything is posted, so a restart, a
retry or a second process on the same store never posts it twice. The digest covers the
articles after the subscription's watermark; the watermark moves only when the digest was
posted (or there was nothing new), so a digest that failed leaves its news to the next one.
A slot missed while the bot was down is posted on its return within the grace window
(NEWSBRIEF_DIGEST_GRACE_MINUTES), else skipped with a log line.

These are ordinary functions of (store, settings, client, now): the scheduler, the CLI and
the tests (with a fake clock) call the same ones.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any
from uuid import uuid4

from ask.digest import Digest, build_digest
from bot.config import Settings
from bot.schedules import Schedule, schedule_from_row
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

logger = logging.getLogger(__name__)

# Slack's answers that mean the channel cannot take the digest until someone acts.
CHANNEL_ERRORS = ("channel_not_found", "not_in_channel", "is_archived")
CLAIMED, NOT_DUE = "claimed", "not_due"
MIN_GRACE_SECONDS = 60


def iso(moment: datetime) -> str:
    """A UTC timestamp as the store keeps it: ISO 8601 to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    """A stored timestamp back to an aware datetime."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def schedule_of(sub: SubscriptionRow) -> Schedule:
    """A subscription's schedule."""
    return schedule_from_row(sub.kind, sub.zone, sub.at_time, sub.every_hours)


def grace(settings: Settings) -> timedelta:
    """How late a slot may still be posted (at least a minute)."""
    return timedelta(seconds=max(MIN_GRACE_SECONDS, settings.digest_grace_minutes * 60))


def meta_line(sub: SubscriptionRow) -> str:
    """A line about the subscription under its digests: "#3 · daily at 08:00 (UTC)"."""
    return f"Digest #{sub.id} \u00b7 {schedule_of(sub).describe()}"


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


def error_code(error: Exception) -> str:
    """Slack's error code for a refused call (`channel_not_found`), else the exception's
    kind; never a token."""
    from slack_sdk.errors import SlackApiError

    if isinstance(error, SlackApiError) and error.response is not None:
        code = error.response.get("error")
        if isinstance(code, str) and _SLACK_CODE.fullmatch(code):
            return code
        return http_status_line(error.response.status_code)  # never the body (an HTML page)
    return type(error).__name__


_SLACK_CODE = re.compile(r"[a-z0-9_.]{1,80}")


def http_status_line(status: int) -> str:
    """ "HTTP 503 Service Unavailable": a status and its standard reason, nothing else."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def post_digest(
    client: Any,
    channel: str,
    digest: Digest,
    meta: str,
    on_headline: Callable[[str, int], None] | None = None,
    on_reply: Callable[[int], None] | None = None,
) -> str:
    """Post the headline message, then the details in its thread; returns the headline's
    ts. A failure of the headline raises; once Slack has taken it, `on_headline(ts, n)` is
    called with the number of thread replies to come (the digest is out: record it before
    anything else can fail), `on_reply(k)` after Slack took the k-th reply, and a failed
    reply in the thread is only logged (posting the digest again would repeat it)."""
    from handlers.render.digest import digest_messages

    messages = digest_messages(digest, meta)
    response = client.chat_postMessage(
        channel=channel, unfurl_links=False, unfurl_media=False, **messages.headline.payload()
    )
    ts = str(response.get("ts") or "")
    if on_headline is not None:
        on_headline(ts, len(messages.thread) if ts else 0)
    if not ts:  # without the headline's ts the replies would land in the channel itself
        logger.warning("digest headline in channel %s has no ts: no thread posted", channel)
        return ts
    post_thread(client, channel, ts, messages.thread, 0, on_reply)
    return ts


def post_thread(
    client: Any,
    channel: str,
    ts: str,
    thread: list[Any],
    start: int,
    on_reply: Callable[[int], None] | None = None,
) -> int:
    """Post a digest's thread replies from `start` under the headline `ts`; stops at the
    first failure (logged). Returns how many replies Slack has taken in all."""
    done = start
    for index in range(start, len(thread)):
        try:
            client.chat_postMessage(
                channel=channel,
                thread_ts=ts,
                unfurl_links=False,
                unfurl_media=False,
                **thread[index].payload(),
            )
        except Exception as error:  # noqa: BLE001 - the headline is out; log and stop
            logger.warning(
                "digest thread reply %d of %d in channel %s failed: %s",
                index + 1,
                len(thread),
                channel,
                error_code(error),
            )
            break
        done = index + 1
        if on_reply is not None:
            on_reply(done)
    return done


def run_slot(
    store: Store, client: Any, sub: SubscriptionRow, slot: str, now: datetime
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
        outcome = RunOutcome(FAILED, current.posted_through, error=error_code(error))
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
        ts = post_digest(
            client, current.channel, digest, meta_line(current), headline_out, reply_out
        )
    except Exception as error:  # noqa: BLE001 - a failing channel never stops the bot
        code = error_code(error)
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
    store: Store, settings: Settings, client: Any, sub: SubscriptionRow, now: datetime
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
    return run_slot(store, client, sub, key, now)


def run_due(
    store: Store,
    settings: Settings,
    client: Any,
    now: datetime | None = None,
    subscription_id: int | None = None,
) -> list[RunResult]:
    """Post every due digest (or one subscription's) that no run has handled yet. A full
    pass (no `subscription_id`: the sweep, at start and every minute) first finishes the
    runs a stopped process left mid-post (bot.digest_recovery)."""
    now = now or datetime.now(UTC)
    if subscription_id is None:
        from bot.digest_recovery import finish_stuck_runs

        try:
            finish_stuck_runs(store, client, now)
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
            result = run_if_due(store, settings, client, sub, now)
        except Exception:  # noqa: BLE001 - one subscription never stops the others
            logger.exception("digest #%d could not be run", sub.id)
            continue
        if result is not None:
            results.append(result)
    return results


def post_now(
    store: Store, client: Any, sub: SubscriptionRow, now: datetime | None = None
) -> RunResult:
    """Post the subscription's next digest now, outside its schedule (`digest --post`): a
    run of its own, so the next scheduled digest starts after it."""
    now = now or datetime.now(UTC)
    return run_slot(store, client, sub, f"manual:{iso(now)}:{uuid4().hex[:8]}", now)


class DigestPostError(ValueError):
    """A digest cannot be posted from here (the message names the missing setting)."""


def post_subscription_now(
    store: Store, settings: Settings, sub: SubscriptionRow, now: datetime | None = None
) -> RunResult:
    """`newsbrief digest --post`: post the subscription's next digest with the bot token
    from the settings (DigestPostError when it is missing or SLACK_API_URL is malformed)."""
    from bot.slack_app import SlackConfigError, api_url, web_client

    if not settings.slack_bot_token:
        raise DigestPostError("SLACK_BOT_TOKEN is not set: posting needs the bot token.")
    try:
        api_url(settings)
    except SlackConfigError as exc:
        raise DigestPostError(str(exc)) from exc
    return post_now(store, web_client(settings), sub, now)


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
