"""Finishing the digests a stopped process left mid-post (killed, or the machine went down).

A run is recorded `headline` (with the headline's ts and the watermark its digest started
after) the moment Slack takes the headline, and counts each thread reply Slack takes. On
restart (the sweep runs at start and every minute) a run left `headline` gets the rest of
its thread, from the reply it stopped at, and is marked posted. A run left `posting` never
heard Slack's answer to its headline: when the channel's history (conversations.history)
shows Slack took it, its thread is posted as above; otherwise it is released with a log
line (the slot stays handled, the watermark where it was, so the next digest holds its
news). Each run is taken
over once, by one process, after STUCK_AFTER (a live process posts in seconds), so nothing
is posted twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ask.digest import Digest, build_digest
from storage.db import Store
from storage.digest_runs import (
    StuckRun,
    finish_thread,
    record_replies,
    release_run,
    stuck_runs,
    take_over_run,
)
from storage.digests import (
    HEADLINE,
    POSTED,
    RELEASED,
    RunOutcome,
    SubscriptionRow,
    get_subscription,
    mark_digest_sent,
)
from work.digests.poster import Poster
from work.digests.schedules import iso, meta_line, parse_iso

logger = logging.getLogger(__name__)

# A run still posting after this long was left by a process that stopped.
STUCK_AFTER = timedelta(minutes=10)
INTERRUPTED = "interrupted before Slack answered the headline"


@dataclass(frozen=True)
class Finished:
    """What became of an unfinished run: posted (its thread finished) or released."""

    subscription_id: int
    slot: str
    status: str
    replies: int = 0


def finish_stuck_runs(store: Store, poster: Poster, now: datetime | None = None) -> list[Finished]:
    """Finish every run a stopped process left mid-post (see the module docstring)."""
    now = now or datetime.now(UTC)
    done = []
    for run in stuck_runs(store, iso(now - STUCK_AFTER)):
        if not take_over_run(store, run, iso(now)):
            continue  # another process took it first
        sub = get_subscription(store, run.subscription_id)
        if sub is None:  # unsubscribed meanwhile: nothing more to post
            finish_thread(store, run.id, iso(now))
            release_run(store, run.id, iso(now), "unsubscribed")
            continue
        ts = run.message_ts if run.status == HEADLINE else None
        digest = None
        if run.since_article is not None and run.through_article is not None:
            digest = build_digest(store, run.since_article, run.through_article, sub.topic)
            if ts is None:  # Slack may have taken it without its answer reaching us
                ts = _headline_in_channel(poster, sub, run, digest)
                if ts is not None:
                    _record_headline(store, run, sub, digest, ts, now)
        if ts and digest is not None:
            done.append(_finish_thread(store, poster, run, sub, digest, ts))
        else:
            done.append(_release(store, run, sub, now))
    return done


def _headline_in_channel(
    poster: Poster, sub: SubscriptionRow, run: StuckRun, digest: Digest
) -> str | None:
    """The ts of the run's headline when the channel shows the poster took it after the run
    was claimed."""
    try:
        return poster.find_headline(
            sub.channel, digest, meta_line(sub), parse_iso(run.claimed_at).timestamp() - 1
        )
    except Exception as error:  # noqa: BLE001 - without the history, the slot is released
        logger.info(
            "digest #%d: could not read channel %s's history (%s)",
            sub.id,
            sub.channel,
            poster.error_code(error),
        )
        return None


def _record_headline(
    store: Store, run: StuckRun, sub: SubscriptionRow, digest: Digest, ts: str, now: datetime
) -> None:
    outcome = RunOutcome(
        HEADLINE,
        digest.through,
        digest.article_count,
        digest.quote_count,
        message_ts=ts,
        since=run.since_article,
    )
    mark_digest_sent(store, run.id, sub.id, run.slot, outcome, iso(now))


def _release(store: Store, run: StuckRun, sub: SubscriptionRow, now: datetime) -> Finished:
    release_run(store, run.id, iso(now), INTERRUPTED)
    logger.warning(
        "digest #%d for channel %s: the %s slot was interrupted before Slack took its "
        "headline (the bot stopped while posting); released, the next digest holds its news",
        sub.id,
        sub.channel,
        run.slot,
    )
    return Finished(sub.id, run.slot, RELEASED)


def _finish_thread(
    store: Store, poster: Poster, run: StuckRun, sub: SubscriptionRow, digest: Digest, ts: str
) -> Finished:
    posted, replies = poster.post_thread(
        sub.channel,
        ts,
        digest,
        meta_line(sub),
        run.replies_posted,
        lambda count: record_replies(store, run.id, count),
    )
    finish_thread(store, run.id, iso(datetime.now(UTC)))
    logger.warning(
        "digest #%d for channel %s: the bot stopped after Slack took the headline of the %s "
        "slot; posted the rest of its thread (replies %d to %d of %d)",
        sub.id,
        sub.channel,
        run.slot,
        run.replies_posted + 1,
        posted,
        replies,
    )
    return Finished(sub.id, run.slot, POSTED, posted - run.replies_posted)
