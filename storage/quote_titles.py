"""The descriptions of unnamed sources ("One paramedic, who asked not to be named", "a nurse
who works at the hospital"), folded, in a substring index (FTS5 trigram), so a question for
the sources whose description holds a word reads the few that may hold it, not every
quote's description folded anew.

`quote_titles` holds fold(speaker_title) of each such quote (no speaker_id), kept by triggers
on quotes; `quote_titles_trigram` indexes it. The index
only narrows (storage/substrings.py: trigrams fold all of Unicode's capitals, LIKE only
ASCII's); the caller keeps its LIKE test on the candidates.
"""

from __future__ import annotations

import sqlite_utils

INDEX = "quote_titles_trigram"
_UNNAMED = "new.speaker_id IS NULL AND new.speaker_title IS NOT NULL"


def create_quote_titles(db: sqlite_utils.Database) -> None:
    """Migration 017: the table, its substring index and their triggers, filled from the
    quotes already stored."""
    db.execute(
        "CREATE TABLE quote_titles (quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) "
        "ON DELETE CASCADE, title TEXT NOT NULL)"
    )
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(title, content='quote_titles', "
        "content_rowid='quote_id', tokenize='trigram')"
    )
    db.execute(
        f"CREATE TRIGGER {INDEX}_ai AFTER INSERT ON quote_titles BEGIN "
        f"INSERT INTO {INDEX} (rowid, title) VALUES (new.quote_id, new.title); END"
    )
    db.execute(
        f"CREATE TRIGGER {INDEX}_ad AFTER DELETE ON quote_titles BEGIN "
        f"INSERT INTO {INDEX} ({INDEX}, rowid, title) VALUES ('delete', old.quote_id, "
        "old.title); END"
    )
    refile = (  # the row of a quote id goes first: a store written without foreign keys
        "DELETE FROM quote_titles WHERE quote_id = new.id; "
        "INSERT INTO quote_titles (quote_id, title) SELECT new.id, fold(new.speaker_title) "
        f"WHERE {_UNNAMED};"
    )
    db.execute(f"CREATE TRIGGER quote_titles_ai AFTER INSERT ON quotes BEGIN {refile} END")
    db.execute(
        "CREATE TRIGGER quote_titles_au AFTER UPDATE OF speaker_title, speaker_id, speaker_org "
        f"ON quotes BEGIN {refile} END"
    )
    db.execute(
        "INSERT INTO quote_titles (quote_id, title) SELECT id, fold(speaker_title) FROM quotes "
        f"WHERE {_UNNAMED.replace('new.', '')}"
    )


def titles_holding(word: str) -> tuple[str, list[str]]:
    """A WHERE clause (with its parameters) keeping the quotes (`q.id`) whose folded
    description may hold the word (a superset of `LIKE '%word%'`); every quote when the
    index cannot say (a word under three characters, or with LIKE's wildcards)."""
    if len(word) < 3 or "%" in word or "_" in word:
        return "1 = 1", []
    return f"q.id IN (SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?)", [
        '"' + word.replace('"', '""') + '"'
    ]
