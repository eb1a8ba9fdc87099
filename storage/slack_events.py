"""Slack deliveries already handled. Slack retries an event it thinks was not received
(`X-Slack-Retry-Num`), and may deliver one twice: each event id is answered once. A captured
signed request replayed within its five-minute window is acted on once: its digest
(signature and body) is kept in the same table, under a `request:` prefix."""

from __future__ import annotations

import hashlib
import time

from storage.db import Store

# Slack retries within minutes and signatures expire after five; a day is plenty, and
# keeps the table small.
EVENT_TTL_SECONDS = 24 * 3600
REQUEST_PREFIX = "request:"


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


def first_request(store: Store, signature: str, body: str, now: float | None = None) -> bool:
    """Record a signed request (its signature and body, hashed); True the first time,
    False when the same request comes again (a replay)."""
    digest = hashlib.sha256(f"{signature}\n{body}".encode()).hexdigest()
    return first_sighting(store, REQUEST_PREFIX + digest, now)


def seen_event_count(store: Store) -> int:
    """How many event ids are remembered (request digests aside)."""
    row = store.db.execute(
        "SELECT count(*) FROM slack_events WHERE event_id NOT LIKE ?", [REQUEST_PREFIX + "%"]
    ).fetchone()
    return int(row[0])
