"""Migration 008_corrections: the corrections log (issue 13), in its own module so that
storage/migrations.py stays small.

A correction is keyed to what survives re-ingest and re-extraction of an article: the
article's content hash and the quote's offsets in its body, and speakers by their canonical
key (`storage.corrections.speaker_key`), never to row ids.
"""

from __future__ import annotations

import sqlite_utils


def m008_corrections(db: sqlite_utils.Database) -> None:
    """The `corrections` table: one row per correction, applied, pending or rejected."""
    db.execute(
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL,
            status TEXT NOT NULL,
            content_hash TEXT,
            start INTEGER,
            "end" INTEGER,
            quote_text TEXT,
            speaker_key TEXT,
            speaker_name TEXT,
            speaker_kind TEXT,
            target_key TEXT,
            target_name TEXT,
            target_kind TEXT,
            reason TEXT,
            actor TEXT NOT NULL,
            created_at TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT
        )"""
    )
    db.execute("CREATE INDEX corrections_article ON corrections(content_hash)")
    db.execute("CREATE INDEX corrections_speaker ON corrections(speaker_key)")
    db.execute("CREATE INDEX corrections_created ON corrections(created_at)")
