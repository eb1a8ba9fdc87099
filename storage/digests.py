"""Digest subscriptions and their runs.

A subscription is a channel's schedule (kind, time or interval, zone), an optional topic, who
made it, and its watermark `posted_through`: the id of the last article its digests have
covered. A run is one (subscription, slot) pair, claimed under a unique key before anything is
posted, so each slot is posted at most once whatever restarts, retries or second processes
happen.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from storage.db import Store
from storage.transactions import transaction

_COLUMNS = (
    "id, channel, kind, at_time, every_hours, zone, topic, post_empty, created_by, created_at, "
    "posted_through, last_posted_at, last_slot, status, last_error, last_error_at, failures"
)

NEW, OK, FAILING = "new", "ok", "failing"
# Run states: claimed and being posted; posted; nothing new (not posted); failed; skipped
# (missed while the bot was down, past the grace window).
POSTING, POSTED, EMPTY, FAILED, SKIPPED = "posting", "posted", "empty", "failed", "skipped"
# Slack took the headline, its thread is being posted (the digest counts as posted); and a
# run interrupted before Slack took its headline, given up (its news goes to the next one).
HEADLINE, RELEASED = "headline", "released"


@dataclass(frozen=True)
class SubscriptionRow:
    """A digest subscription as stored."""

    id: int
    channel: str
    kind: str
    at_time: str | None
    every_hours: int | None
    zone: str
    topic: str | None
    post_empty: bool
    created_by: str | None
    created_at: str
    posted_through: int
    last_posted_at: str | None
    last_slot: str | None
    status: str
    last_error: str | None
    last_error_at: str | None
    failures: int

    @property
    def failing(self) -> bool:
        """True while its latest digest could not be posted."""
        return self.status == FAILING

    def to_dict(self) -> dict[str, Any]:
        """JSON fields."""
        return {
            "id": self.id,
            "channel": self.channel,
            "kind": self.kind,
            "time": self.at_time,
            "every_hours": self.every_hours,
            "zone": self.zone,
            "topic": self.topic,
            "post_empty": self.post_empty,
            "created_by": self.created_by,
            "created_at": self.created_at,
            "posted_through": self.posted_through,
            "last_posted_at": self.last_posted_at,
            "last_slot": self.last_slot,
            "status": self.status,
            "last_error": self.last_error,
            "last_error_at": self.last_error_at,
            "failures": self.failures,
        }


def _row(row: Any) -> SubscriptionRow:
    values = list(row)
    values[7] = bool(values[7])
    return SubscriptionRow(*values)


@dataclass(frozen=True)
class NewSubscription:
    """What a new subscription is made of."""

    channel: str
    kind: str
    at_time: str | None
    every_hours: int | None
    zone: str
    topic: str | None
    post_empty: bool
    created_by: str | None


def create_subscription(
    store: Store, new: NewSubscription, created_at: str, ingested_before: str
) -> SubscriptionRow:
    """Store a subscription. Its first digest covers the articles ingested at or after
    `ingested_before` (the watermark starts at the last article ingested before it)."""
    db = store.db
    with transaction(db):
        through = latest_article_before(store, ingested_before)
        cursor = db.execute(
            "INSERT INTO digest_subscriptions (channel, kind, at_time, every_hours, zone, topic, "
            "post_empty, created_by, created_at, posted_through) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new.channel,
                new.kind,
                new.at_time,
                new.every_hours,
                new.zone,
                new.topic,
                int(new.post_empty),
                new.created_by,
                created_at,
                int(through),
            ],
        )
        sub_id = int(cursor.lastrowid or 0)
    found = get_subscription(store, sub_id)
    assert found is not None
    return found


def get_subscription(store: Store, subscription_id: int) -> SubscriptionRow | None:
    """One subscription by id."""
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM digest_subscriptions WHERE id = ?", [subscription_id]
    ).fetchone()
    return _row(row) if row else None


def list_subscriptions(store: Store, channel: str | None = None) -> list[SubscriptionRow]:
    """Every subscription (of one channel, if given), oldest first."""
    if channel is None:
        rows = store.db.execute(f"SELECT {_COLUMNS} FROM digest_subscriptions ORDER BY id")
    else:
        rows = store.db.execute(
            f"SELECT {_COLUMNS} FROM digest_subscriptions WHERE channel = ? ORDER BY id", [channel]
        )
    return [_row(r) for r in rows.fetchall()]


def delete_subscription(store: Store, subscription_id: int) -> SubscriptionRow | None:
    """Remove a subscription (and its runs); returns it, or None when there was none."""
    db = store.db
    with transaction(db):
        found = get_subscription(store, subscription_id)
        if found is not None:
            db.execute("DELETE FROM digest_runs WHERE subscription_id = ?", [subscription_id])
            db.execute("DELETE FROM digest_subscriptions WHERE id = ?", [subscription_id])
    return found


def claim_run(store: Store, subscription_id: int, slot: str, now: str) -> int | None:
    """Claim (subscription, slot) before posting: the run's id, or None when some process
    has claimed it already (then it must not be posted again)."""
    try:
        cursor = store.db.execute(
            "INSERT INTO digest_runs (subscription_id, slot, status, claimed_at) "
            "VALUES (?, ?, ?, ?)",
            [subscription_id, slot, POSTING, now],
        )
    except sqlite3.IntegrityError:
        return None
    return int(cursor.lastrowid or 0)


def record_skipped(store: Store, subscription_id: int, slot: str, now: str) -> bool:
    """Record a slot missed beyond the grace window; True the first time (to log it once)."""
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO digest_runs (subscription_id, slot, status, claimed_at, "
        "finished_at) VALUES (?, ?, ?, ?, ?)",
        [subscription_id, slot, SKIPPED, now, now],
    )
    return cursor.rowcount == 1


def slot_claimed(store: Store, subscription_id: int, slot: str) -> bool:
    """True when the slot has a run (claimed, posted, empty, failed or skipped)."""
    row = store.db.execute(
        "SELECT 1 FROM digest_runs WHERE subscription_id = ? AND slot = ?", [subscription_id, slot]
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class RunOutcome:
    """How a claimed run ended."""

    status: str
    through_article: int
    articles: int = 0
    quotes: int = 0
    message_ts: str | None = None
    error: str | None = None
    since: int | None = None  # the watermark the digest started after


def mark_digest_sent(
    store: Store, run_id: int, subscription_id: int, slot: str, outcome: RunOutcome, now: str
) -> None:
    """Finish a run that posted (or found nothing new to post): the watermark moves to the
    last article it covered; a posted digest makes the subscription ok again."""
    db = store.db
    with transaction(db):
        _finish(db, run_id, outcome, now)
        db.execute(
            "UPDATE digest_subscriptions SET posted_through = max(posted_through, ?), "
            "last_slot = ? WHERE id = ?",
            [outcome.through_article, slot, subscription_id],
        )
        if outcome.status in (POSTED, HEADLINE):  # Slack took it: what failed before is over
            db.execute(
                "UPDATE digest_subscriptions SET status = 'ok', last_error = NULL, "
                "last_error_at = NULL, failures = 0, last_posted_at = ? WHERE id = ?",
                [now, subscription_id],
            )


def mark_digest_failed(
    store: Store, run_id: int, subscription_id: int, slot: str, outcome: RunOutcome, now: str
) -> None:
    """Finish a run that could not be posted: the subscription is failing with the error,
    its watermark stays (the next digest still holds everything not yet posted)."""
    db = store.db
    with transaction(db):
        _finish(db, run_id, outcome, now)
        db.execute(
            "UPDATE digest_subscriptions SET status = 'failing', last_error = ?, "
            "last_error_at = ?, failures = failures + 1, last_slot = ? WHERE id = ?",
            [outcome.error, now, slot, subscription_id],
        )


def _finish(db: Any, run_id: int, outcome: RunOutcome, now: str) -> None:
    db.execute(
        "UPDATE digest_runs SET status = ?, finished_at = ?, through_article = ?, articles = ?, "
        "quotes = ?, message_ts = ?, error = ?, since_article = ? WHERE id = ?",
        [
            outcome.status,
            now,
            outcome.through_article,
            outcome.articles,
            outcome.quotes,
            outcome.message_ts,
            outcome.error,
            outcome.since,
            run_id,
        ],
    )


def runs_of(store: Store, subscription_id: int) -> list[dict[str, Any]]:
    """A subscription's runs, oldest first."""
    rows = store.db.execute(
        "SELECT id, slot, status, claimed_at, finished_at, through_article, articles, quotes, "
        "message_ts, error, since_article, replies_posted FROM digest_runs "
        "WHERE subscription_id = ? ORDER BY id",
        [subscription_id],
    ).fetchall()
    keys = (
        "id",
        "slot",
        "status",
        "claimed_at",
        "finished_at",
        "through_article",
        "articles",
        "quotes",
        "message_ts",
        "error",
        "since_article",
        "replies_posted",
    )
    return [dict(zip(keys, r, strict=True)) for r in rows]


# --- What is new since a watermark --------------------------------------------------------


def latest_article_before(store: Store, ingested_before: str) -> int:
    """The id of the last article ingested before a time (0 when none was)."""
    row = store.db.execute(
        "SELECT coalesce(max(id), 0) FROM articles WHERE ingested_at < ?", [ingested_before]
    ).fetchone()
    return int(row[0])


def latest_article_id(store: Store) -> int:
    """The id of the newest article (0 for an empty store)."""
    return int(store.db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])


def new_articles(
    store: Store, after: int, through: int, fts_query: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Articles (originals, not syndicated copies) with ids in (after, through], oldest
    first; with an FTS5 query, only those whose text matches it."""
    sql = (
        "SELECT a.id, a.title, a.url, a.published, a.source, a.ingested_at FROM articles a "
        "WHERE a.id > ? AND a.id <= ? AND a.copy_of IS NULL"
    )
    params: list[Any] = [after, through]
    if fts_query is not None:
        sql += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(fts_query)
    rows = store.db.execute(sql + " ORDER BY a.id LIMIT ?", [*params, limit]).fetchall()
    keys = ("id", "title", "url", "published", "source", "ingested_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def count_new_articles(store: Store, after: int, through: int) -> int:
    """How many original articles have ids in (after, through]."""
    row = store.db.execute(
        "SELECT count(*) FROM articles WHERE id > ? AND id <= ? AND copy_of IS NULL",
        [after, through],
    ).fetchone()
    return int(row[0])


def speakers_new_since(
    store: Store, after: int, through: int, limit: int = 20
) -> list[dict[str, Any]]:
    """People quoted in articles (after, through] and in no article up to `after`: people
    newly in the news, most quoted first."""
    rows = store.db.execute(
        "SELECT s.id, s.name, s.title, s.org, count(q.id) AS n FROM speakers s "
        "JOIN quotes q ON q.speaker_id = s.id "
        "WHERE q.article_id > ? AND q.article_id <= ? AND s.kind = 'person' "
        "AND NOT EXISTS (SELECT 1 FROM quotes o WHERE o.speaker_id = s.id AND o.article_id <= ?) "
        "GROUP BY s.id ORDER BY n DESC, s.name LIMIT ?",
        [after, through, after, limit],
    ).fetchall()
    return [{"id": r[0], "name": r[1], "title": r[2], "org": r[3], "quotes": r[4]} for r in rows]
