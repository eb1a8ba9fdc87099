"""Syndicated copies in the store: LSH band keys of each original article, the lookup of an
article's likely original, and the copies an answer can list as "also in"."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from common.syndication import (
    Fingerprint,
    fingerprint,
    quoted_passages,
    same_quotes,
    shingles,
    similarity,
)
from storage.db import Store
from storage.transactions import transaction

MAX_CANDIDATES = 20
_BACKFILL_BATCH = 200


def find_original(db: sqlite_utils.Database, print_: Fingerprint) -> int | None:
    """The id of the stored original this text is a syndicated copy of, if any.

    Candidates share at least one LSH band with the text; each is compared exactly and the
    closest match wins.
    """
    if not print_.band_keys:
        return None
    keys = list(print_.band_keys)
    marks = ", ".join("?" for _ in keys)
    rows = db.execute(
        "SELECT a.id, a.body FROM articles a JOIN ("
        f"  SELECT article_id, count(*) AS hits FROM article_bands WHERE key IN ({marks}) "
        "  GROUP BY article_id ORDER BY hits DESC LIMIT ?"
        ") c ON c.article_id = a.id WHERE a.copy_of IS NULL ORDER BY c.hits DESC, a.id",
        [*keys, MAX_CANDIDATES],
    ).fetchall()
    best: tuple[float, int] | None = None
    for article_id, body in rows:
        match = similarity(print_.shingles, shingles(body))
        if not match.is_copy:
            continue
        candidate = Fingerprint(shingles(body), (), quoted_passages(body))
        if not same_quotes(print_, candidate):
            continue
        if best is None or match.containment > best[0]:
            best = (match.containment, int(article_id))
    return best[1] if best else None


def save_bands(db: sqlite_utils.Database, article_id: int, print_: Fingerprint) -> None:
    """Index an original article's band keys (inside the caller's transaction)."""
    db.conn.executemany(
        "INSERT INTO article_bands (key, article_id) VALUES (?, ?)",
        [(key, article_id) for key in print_.band_keys],
    )
    db.execute("UPDATE articles SET fingerprinted = 1 WHERE id = ?", [article_id])


def fingerprint_stored_articles(store: Store) -> int:
    """Index the originals stored before copies were recognised; returns how many."""
    db = store.db
    done = 0
    while True:
        rows = db.execute(
            "SELECT id, body FROM articles WHERE fingerprinted = 0 AND copy_of IS NULL "
            "ORDER BY id LIMIT ?",
            [_BACKFILL_BATCH],
        ).fetchall()
        if not rows:
            return done
        with transaction(db):
            for article_id, body in rows:
                save_bands(db, int(article_id), fingerprint(body))
        done += len(rows)


def copies_of(store: Store, article_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The syndicated copies of each given original: id, title, url, source."""
    if not article_ids:
        return {}
    marks = ", ".join("?" for _ in article_ids)
    rows = store.db.execute(
        f"SELECT copy_of, id, title, url, source FROM articles WHERE copy_of IN ({marks}) "
        "ORDER BY id",
        list(article_ids),
    ).fetchall()
    found: dict[int, list[dict[str, Any]]] = {}
    for original, copy_id, title, url, source in rows:
        found.setdefault(int(original), []).append(
            {"id": copy_id, "title": title, "url": url, "source": source}
        )
    return found


def copy_count(store: Store) -> int:
    """How many stored articles are syndicated copies."""
    return int(
        store.db.execute("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL").fetchone()[0]
    )
