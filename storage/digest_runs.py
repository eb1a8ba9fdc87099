"""Digest runs a stopped process left unfinished: still `posting` (Slack's answer to the
headline never recorded) or `headline` (Slack took the headline, its thread was cut short).
A restart takes each over once (a compare-and-set on its claim), then finishes its thread
from the reply it stopped at, or releases the slot."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Store
from storage.digests import HEADLINE, POSTED, POSTING, RELEASED


def plan_run(store: Store, run_id: int, since: int, through: int) -> None:
    """Before posting: the articles (since, through] the run's digest holds, so that a
    restart can build the same digest again."""
    store.db.execute(
        "UPDATE digest_runs SET since_article = ?, through_article = ? WHERE id = ?",
        [since, through, run_id],
    )


def record_replies(store: Store, run_id: int, posted: int) -> None:
    """Slack took the run's first `posted` thread replies."""
    store.db.execute("UPDATE digest_runs SET replies_posted = ? WHERE id = ?", [posted, run_id])


def finish_thread(store: Store, run_id: int, now: str) -> None:
    """The run's thread is done (or given up after a failed reply): the run is posted."""
    store.db.execute(
        "UPDATE digest_runs SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
        [POSTED, now, run_id, HEADLINE],
    )


@dataclass(frozen=True)
class StuckRun:
    """A run a stopped process left in `posting` (no headline known) or `headline` (its
    thread unfinished)."""

    id: int
    subscription_id: int
    slot: str
    status: str
    claimed_at: str
    since_article: int | None
    through_article: int | None
    message_ts: str | None
    replies_posted: int


def stuck_runs(store: Store, claimed_before: str) -> list[StuckRun]:
    """Runs still posting, or with an unfinished thread, claimed before a time."""
    rows = store.db.execute(
        "SELECT id, subscription_id, slot, status, claimed_at, since_article, through_article, "
        "message_ts, replies_posted FROM digest_runs WHERE status IN (?, ?) AND claimed_at < ? "
        "ORDER BY id",
        [POSTING, HEADLINE, claimed_before],
    ).fetchall()
    return [StuckRun(*r) for r in rows]


def take_over_run(store: Store, run: StuckRun, now: str) -> bool:
    """Take a stuck run over (its claim renewed to `now`); False when another process
    changed it since it was read (then it is that process's)."""
    cursor = store.db.execute(
        "UPDATE digest_runs SET claimed_at = ? WHERE id = ? AND status = ? AND claimed_at = ?",
        [now, run.id, run.status, run.claimed_at],
    )
    return cursor.rowcount == 1


def release_run(store: Store, run_id: int, now: str, reason: str) -> None:
    """Give up a run interrupted before Slack took its headline: the slot stays handled,
    the watermark where it was (the next digest holds its news)."""
    store.db.execute(
        "UPDATE digest_runs SET status = ?, finished_at = ?, error = ? WHERE id = ? AND status = ?",
        [RELEASED, now, reason, run_id, POSTING],
    )
