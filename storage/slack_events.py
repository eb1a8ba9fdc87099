"""Slack event ids already handled: Slack retries an event it thinks was not received
(`X-Slack-Retry-Num`), and may deliver one twice; each event id is answered once."""

from __future__ import annotations

import time

from storage.db import Store

# Slack retries within minutes; a day is plenty, and keeps the table small.
EVENT_TTL_SECONDS = 24 * 3600


def first_sighting(store: Store, event_id: str, now: float | None = None) -> bool:
    """Record an event id; True the first time it is seen, False for a repeat. Ids older
    than EVENT_TTL_SECONDS are forgotten on the way."""
    now = time.time() if now is None else now
    db = store.db
    db.execute("DELETE FROM slack_events WHERE seen_at < ?", [now - EVENT_TTL_SECONDS])
    cursor = db.execute(
        "INSERT OR IGNORE INTO slack_events (event_id, seen_at) VALUES (?, ?)", [event_id, now]
    )
    return cursor.rowcount == 1


def seen_event_count(store: Store) -> int:
    """How many event ids are remembered."""
    return int(store.db.execute("SELECT count(*) FROM slack_events").fetchone()[0])
