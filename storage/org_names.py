"""The organisations' names the store knows: organisations quoted themselves, the
organisations on people's profiles and quotes, and those of unnamed spokespeople."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary

import sqlite_utils

from common.names import fold
from storage.folded import candidates_sql, phrase_query

# Each connection's organisation names by key, per key function: (generation, index).
_INDEXES: WeakKeyDictionary[
    sqlite_utils.Database,
    dict[Callable[[str], Iterable[str]], tuple[tuple[int, int], dict[str, list[str]]]],
] = WeakKeyDictionary()


def known_org_names(db: sqlite_utils.Database) -> list[str]:
    """Every organisation's name the store holds, once each (as first written)."""
    rows = db.execute(
        "SELECT name FROM speakers WHERE kind = 'org' "
        "UNION SELECT org FROM speakers WHERE org IS NOT NULL AND org != '' "
        "UNION SELECT org FROM speaker_roles WHERE org != '' "
        "UNION SELECT speaker_org FROM quotes WHERE speaker_org IS NOT NULL AND speaker_org != ''"
    ).fetchall()
    return sorted({r[0] for r in rows if r[0]})


def generation(db: sqlite_utils.Database) -> tuple[int, int]:
    """What changes whenever the store's data does, as this connection sees it: commits of
    other connections (PRAGMA data_version) and this connection's own changes."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.conn.total_changes


def org_names_by(
    db: sqlite_utils.Database, keys: Callable[[str], Iterable[str]]
) -> dict[str, list[str]]:
    """Every organisation's name the store holds (`known_org_names`) under each of its
    `keys`, in name order; built once per store generation, not on every question."""
    now = generation(db)
    built = _INDEXES.setdefault(db, {})
    cached = built.get(keys)
    if cached is None or cached[0] != now:
        index: dict[str, list[str]] = {}
        for name in known_org_names(db):
            for key in dict.fromkeys(keys(name)):
                index.setdefault(key, []).append(name)
        cached = built[keys] = (now, index)
    return cached[1]


def is_person_name(db: sqlite_utils.Database, name: str) -> bool:
    """Whether a person speaker is known under exactly this name (folded)."""
    key = fold(name)
    row = db.execute(  # a speaker's folded name (speaker_keys), or one of its aliases
        "SELECT 1 FROM speakers s WHERE s.kind = 'person' AND (s.id IN (SELECT speaker_id "
        "FROM speaker_aliases WHERE alias = ?) OR (s.id IN (SELECT speaker_id FROM "
        "speaker_keys WHERE name = ?) AND EXISTS (SELECT 1 FROM speaker_aliases a "
        "WHERE a.speaker_id = s.id))) LIMIT 1",
        [key, key],
    ).fetchone()
    return row is not None


def written_with_noun(db: sqlite_utils.Database, name: str, noun: str) -> bool:
    """Whether an article writes an organisation's name followed by a common noun in lower
    case, the kind it is ("the Save Elm Library campaign": the noun describes the
    organisation, it is no part of its name). The name begins a word: the folded-words
    index finds the articles to read, and it holds words, not the ends of words."""
    written = f"{name} {noun.lower()}"
    among, narrowed = candidates_sql(phrase_query(written))  # the articles with its words
    row = db.execute(
        f"SELECT 1 FROM articles WHERE {among} AND instr(body, ?) > 0 LIMIT 1",
        [*narrowed, written],
    ).fetchone()
    return row is not None
