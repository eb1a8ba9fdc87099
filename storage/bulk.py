"""Loading many rows at once, for benchmark stores built without the parser: prepared
statements run with executemany inside the caller's transaction. The FTS indexes are kept
by the same triggers as a normal ingest, so a bulk-loaded store answers like any other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlite_utils

from storage.folded import index_folded

ARTICLE_COLUMNS = (
    "id, content_hash, title, standfirst, body, url, source, published, ingested_at, origin, "
    "words, fingerprinted"
)
QUOTE_COLUMNS = (
    "article_id, attribution, speaker_id, speaker, speaker_kind, speaker_title, speaker_org, "
    'mention, kind, cue, text, start, "end", sentence, topics, article_title'
)


def _marks(columns: str) -> str:
    return ", ".join("?" for _ in columns.split(","))


def insert_articles(db: sqlite_utils.Database, rows: Iterable[Sequence[Any]]) -> None:
    """Articles as tuples in ARTICLE_COLUMNS order (ids given by the caller), and their
    bodies in the folded-words index."""
    rows = list(rows)
    db.conn.executemany(
        f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({_marks(ARTICLE_COLUMNS)})", rows
    )
    body = ARTICLE_COLUMNS.replace(" ", "").split(",").index("body")
    index_folded(db, ((int(row[0]), str(row[body])) for row in rows))


def insert_quotes(db: sqlite_utils.Database, rows: Iterable[Sequence[Any]]) -> None:
    """Quotes as tuples in QUOTE_COLUMNS order."""
    db.conn.executemany(
        f"INSERT INTO quotes ({QUOTE_COLUMNS}) VALUES ({_marks(QUOTE_COLUMNS)})", rows
    )


def entity_ids(
    db: sqlite_utils.Database, entities: Iterable[tuple[str, str, str]]
) -> dict[tuple[str, str], int]:
    """Ids of (name, label, folded key) entities, created as needed, keyed by (key, label)."""
    rows = list(entities)
    db.conn.executemany("INSERT OR IGNORE INTO entities (name, label, key) VALUES (?, ?, ?)", rows)
    found: dict[tuple[str, str], int] = {}
    for entity_id, key, label in db.execute("SELECT id, key, label FROM entities").fetchall():
        found[(key, label)] = int(entity_id)
    return found


def insert_mentions(
    db: sqlite_utils.Database, rows: Iterable[tuple[int, int, int, int, str]]
) -> None:
    """Mentions as (entity_id, article_id, start, end, text)."""
    db.conn.executemany(
        'INSERT INTO mentions (entity_id, article_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        rows,
    )


@contextmanager
def loading(db: sqlite_utils.Database) -> Iterator[None]:
    """A store being filled from scratch, where a crash loses nothing worth keeping (the
    caller discards a half-built file): no journal, no syncs, a large page cache. The store
    is back in WAL mode afterwards."""
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    for table in (
        "quotes_fts",
        "articles_fts",
        "articles_folded",
    ):  # merge index segments once, at the end
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', 0)")
    try:
        yield
        for table in ("quotes_fts", "articles_fts", "articles_folded"):
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    finally:
        for table in ("quotes_fts", "articles_fts", "articles_folded"):
            db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', 4)")
        db.execute("PRAGMA cache_size = -2000")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA journal_mode = WAL")
