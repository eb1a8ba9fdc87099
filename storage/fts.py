"""The store's full-text indexes, in the form Datasette and sqlite-utils recognise.

Each index is an external-content FTS5 table (`quotes_fts` over `quotes`, `articles_fts`
over `articles`) kept in step by triggers. Datasette finds a table's index by the text of
its declaration, `content="quotes"` or `content=[quotes]` (sqlite-utils' `enable_fts`
writes the latter); the first migration wrote `content='quotes'`, which it does not see, so
its search box returned every row. Migration 009 declares them again in sqlite-utils' form
and rebuilds them from their tables.
"""

from __future__ import annotations

import sqlite_utils

# Each indexed table and its columns, in index order (storage/quote_search.py weighs them).
INDEXED: dict[str, tuple[str, ...]] = {
    "quotes": ("text", "sentence", "topics", "article_title"),
    "articles": ("title", "standfirst", "body"),
}
# The quotes_fts column of a quote's content lemmas, stop words left out and each lemma once
# (extract/topics.py); the others hold words as written.
LEMMA_COLUMN = "topics"
TOKENIZE = "porter unicode61 remove_diacritics 2"
TRIGGERS = ("ai", "ad", "au")


def create_fts(db: sqlite_utils.Database, table: str, columns: tuple[str, ...]) -> None:
    """The FTS5 index `{table}_fts` over `columns` of `table`, declared as sqlite-utils does
    (`content=[table]`), and its insert, delete and update triggers."""
    index = f"{table}_fts"
    cols = ", ".join(f"[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    db.execute(
        f"CREATE VIRTUAL TABLE [{index}] USING FTS5 ({cols}, content=[{table}], "
        f"content_rowid='id', tokenize='{TOKENIZE}')"
    )
    insert = f"INSERT INTO [{index}] (rowid, {cols}) VALUES (new.id, {new});"
    delete = f"INSERT INTO [{index}] ([{index}], rowid, {cols}) VALUES ('delete', old.id, {old});"
    db.execute(f"CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER [{table}_au] AFTER UPDATE ON [{table}] BEGIN {delete} {insert} END")


def m009_datasette_fts(db: sqlite_utils.Database) -> None:
    """Declare the indexes again in the form Datasette detects, and rebuild them from their
    tables (once; on a large store this reads every quote and article)."""
    for table, columns in INDEXED.items():
        for suffix in TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS [{table}_{suffix}]")
        db.execute(f"DROP TABLE IF EXISTS [{table}_fts]")
        create_fts(db, table, columns)
        db.execute(f"INSERT INTO [{table}_fts] ([{table}_fts]) VALUES ('rebuild')")
