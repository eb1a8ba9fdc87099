"""Small facts about the store itself (seeds loaded, last ingest)."""

from __future__ import annotations

from storage.db import Store


def get_meta(store: Store, key: str) -> str | None:
    """A stored value, or None."""
    row = store.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(store: Store, key: str, value: str) -> None:
    """Store a value under a key."""
    store.db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
