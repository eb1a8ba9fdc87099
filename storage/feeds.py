"""Feeds and the entries already seen in them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.db import Store
from storage.transactions import transaction

_COLUMNS = (
    "id, url, title, added_at, added_by, etag, last_modified, last_polled_at, last_ok_at, "
    "last_error, failures, next_poll_at"
)


@dataclass(frozen=True)
class FeedRow:
    """A feed as stored, with how many articles it has brought in."""

    id: int
    url: str
    title: str | None
    added_at: str
    added_by: str | None
    etag: str | None
    last_modified: str | None
    last_polled_at: str | None
    last_ok_at: str | None
    last_error: str | None
    failures: int
    next_poll_at: str | None
    articles: int = 0

    @property
    def failing(self) -> bool:
        """True while the latest poll failed."""
        return self.failures > 0

    def to_dict(self) -> dict[str, Any]:
        """JSON fields."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "status": "failing" if self.failing else ("ok" if self.last_ok_at else "new"),
            "added_at": self.added_at,
            "added_by": self.added_by,
            "last_polled_at": self.last_polled_at,
            "last_ok_at": self.last_ok_at,
            "last_error": self.last_error,
            "failures": self.failures,
            "next_poll_at": self.next_poll_at,
            "articles": self.articles,
        }


@dataclass(frozen=True)
class SeenEntry:
    """An entry met before: what became of it, and how often it was tried."""

    status: str
    attempts: int
    article_id: int | None


def _feed(row: Any, articles: int = 0) -> FeedRow:
    return FeedRow(*row, articles=articles)  # type: ignore[misc]


def add_feed(store: Store, url: str, added_by: str | None, now: str) -> tuple[FeedRow, bool]:
    """Add a feed (by URL); returns it and whether it was new."""
    db = store.db
    with transaction(db):
        row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", [url]).fetchone()
        if row is not None:
            return _feed(row), False
        cursor = db.execute(
            "INSERT INTO feeds (url, added_at, added_by) VALUES (?, ?, ?)", [url, now, added_by]
        )
        feed_id = int(cursor.lastrowid or 0)
    feed = get_feed(store, feed_id)
    assert feed is not None
    return feed, True


def get_feed(store: Store, feed_id: int) -> FeedRow | None:
    """One feed by id."""
    row = store.db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", [feed_id]).fetchone()
    return _feed(row, _article_counts(store).get(feed_id, 0)) if row else None


def list_feeds(store: Store) -> list[FeedRow]:
    """Every feed, oldest first, with its article count."""
    counts = _article_counts(store)
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id").fetchall()
    return [_feed(row, counts.get(int(row[0]), 0)) for row in rows]


def due_feeds(store: Store, now: str) -> list[FeedRow]:
    """Feeds whose next poll time has come (or that were never polled)."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= ? ORDER BY id",
        [now],
    ).fetchall()
    return [_feed(row) for row in rows]


def _article_counts(store: Store) -> dict[int, int]:
    rows = store.db.execute(
        "SELECT feed_id, count(*) FROM feed_entries WHERE status IN ('stored', 'copy') "
        "GROUP BY feed_id"
    ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def remove_feed(store: Store, feed_id: int) -> FeedRow | None:
    """Remove a feed and its seen entries (its articles stay); returns what was removed."""
    feed = get_feed(store, feed_id)
    if feed is None:
        return None
    db = store.db
    with transaction(db):
        db.execute("DELETE FROM feed_entries WHERE feed_id = ?", [feed_id])
        db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])
    return feed


def record_poll_ok(
    store: Store,
    feed_id: int,
    *,
    title: str | None,
    etag: str | None,
    last_modified: str | None,
    now: str,
    next_poll_at: str,
) -> None:
    """A poll that reached the feed (new entries or not modified): clear the failure state."""
    store.db.execute(
        "UPDATE feeds SET title = COALESCE(?, title), etag = COALESCE(?, etag), "
        "last_modified = COALESCE(?, last_modified), last_polled_at = ?, last_ok_at = ?, "
        "last_error = NULL, failures = 0, next_poll_at = ? WHERE id = ?",
        [title, etag, last_modified, now, now, next_poll_at, feed_id],
    )


def record_poll_failure(
    store: Store, feed_id: int, error: str, now: str, next_poll_at: str
) -> None:
    """A failed poll: keep the error and when to try again."""
    store.db.execute(
        "UPDATE feeds SET last_polled_at = ?, last_error = ?, failures = failures + 1, "
        "next_poll_at = ? WHERE id = ?",
        [now, error, next_poll_at, feed_id],
    )


def seen_entries(store: Store, feed_id: int, keys: list[str]) -> dict[str, SeenEntry]:
    """The given entries already recorded for a feed."""
    found: dict[str, SeenEntry] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.db.execute(
            "SELECT entry_key, status, attempts, article_id FROM feed_entries "
            f"WHERE feed_id = ? AND entry_key IN ({marks})",
            [feed_id, *chunk],
        ).fetchall()
        for key, status, attempts, article_id in rows:
            found[str(key)] = SeenEntry(str(status), int(attempts), article_id)
    return found


def record_entry(
    store: Store,
    feed_id: int,
    key: str,
    *,
    url: str | None,
    status: str,
    article_id: int | None,
    error: str | None,
    now: str,
) -> None:
    """Record what became of an entry (a failed one counts another attempt)."""
    store.db.execute(
        "INSERT INTO feed_entries (feed_id, entry_key, url, status, article_id, attempts, "
        "last_error, first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) "
        "ON CONFLICT(feed_id, entry_key) DO UPDATE SET status = excluded.status, "
        "url = excluded.url, article_id = COALESCE(excluded.article_id, article_id), "
        "attempts = attempts + 1, last_error = excluded.last_error, "
        "updated_at = excluded.updated_at",
        [feed_id, key, url, status, article_id, error, now, now],
    )
