"""What the store knows, at a glance: for the App Home and status pages."""

from __future__ import annotations

from typing import Any

from storage.db import Store
from storage.window import ARTICLE_WHEN


def latest_articles(store: Store, limit: int = 5) -> list[dict[str, Any]]:
    """The most recently ingested articles, newest first."""
    rows = store.db.execute(
        "SELECT id, title, url, source, published, ingested_at FROM articles "
        "ORDER BY ingested_at DESC, id DESC LIMIT ?",
        [limit],
    ).fetchall()
    keys = ("id", "title", "url", "source", "published", "ingested_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def most_quoted_speakers(store: Store, limit: int = 8) -> list[dict[str, Any]]:
    """Named speakers with the most quotes: name, title, organisation and quote count."""
    rows = store.db.execute(
        "SELECT s.name, s.title, s.org, count(q.id) AS n FROM speakers s "
        "JOIN quotes q ON q.speaker_id = s.id GROUP BY s.id "
        "ORDER BY n DESC, s.last_seen DESC, s.name LIMIT ?",
        [limit],
    ).fetchall()
    return [{"name": r[0], "title": r[1], "org": r[2], "quotes": r[3]} for r in rows]


def article_span(store: Store) -> tuple[str | None, str | None]:
    """When the store's first and latest articles appeared (published, else ingested), as
    SQLite datetime text in UTC; (None, None) for an empty store."""
    row = store.db.execute(
        f"SELECT min({ARTICLE_WHEN}), max({ARTICLE_WHEN}) FROM articles a"
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)
