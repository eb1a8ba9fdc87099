"""Substring indexes (FTS5 trigram) of how speakers are described (their title,
organisation and name; each way their quotes describe them), so a look-up of the speakers
whose description holds a word anywhere (`LIKE '%mayor%'`) reads the few that hold it,
not every speaker and every description.

The indexes only narrow: trigram matching folds case over all of Unicode, LIKE over ASCII
alone, so the index finds every row LIKE would and perhaps a few more; callers keep the
LIKE test over those. A word of fewer than three characters, or one holding LIKE's own
wildcards, has no trigram to look for: the caller then reads every row, as before.
"""

from __future__ import annotations

import sqlite_utils

# table: (its substring index, the columns indexed)
INDEXED = {
    "speakers": ("speakers_trigram", ("title", "org", "name")),
    "speaker_roles": ("speaker_roles_trigram", ("title", "org", "mention")),
}


def create_substring_indexes(db: sqlite_utils.Database) -> None:
    """Migration 015: the two trigram indexes, kept in step by triggers (a speaker's row is
    rewritten on each of its quotes: only a changed description is indexed anew), filled
    from the rows already stored."""
    for table, (index, columns) in INDEXED.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
        db.execute(
            f"CREATE VIRTUAL TABLE {index} USING fts5({cols}, content='{table}', "
            "content_rowid='id', tokenize='trigram')"
        )
        insert = f"INSERT INTO {index} (rowid, {cols}) VALUES (new.id, {new});"
        delete = f"INSERT INTO {index} ({index}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        db.execute(f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        db.execute(f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN {delete} END")
        db.execute(
            f"CREATE TRIGGER {index}_au AFTER UPDATE OF {cols} ON {table} WHEN {changed} "
            f"BEGIN {delete} {insert} END"
        )
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")


def holding(table: str, word: str) -> tuple[str, list[str]]:
    """A WHERE clause (with its parameters) keeping the rows (`id`) of `table` whose indexed
    columns may hold the word (a superset of `LIKE '%word%'`); every row when the index
    cannot say."""
    if len(word) < 3 or "%" in word or "_" in word:
        return "1 = 1", []
    index = INDEXED[table][0]
    return f"id IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)", [
        '"' + word.replace('"', '""') + '"'
    ]
