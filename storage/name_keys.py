"""The keys under which a new full name may be a slip of spelling of a stored person's
("Donand Trump" for "Donald Trump", common.names.near_same_person): the surname's keys and
the first given name, each speaker's filed in `speaker_name_keys` whenever storage writes
its name. Ingest reads the few people sharing one of those keys, not every person."""

from __future__ import annotations

import sqlite_utils

from common.names import canonical_name, fold, given_names, surname_keys


def speaker_key(name: str, kind: str | None) -> str:
    """A speaker's canonical key: a person's name without honorifics, titles or middle
    initials, folded ("Sen. Donald J. Trump" -> "donald trump"); an organisation's folded."""
    return fold(canonical_name(name) if kind == "person" else name)


def near_keys(name: str) -> set[str]:
    """Every key two names must share to be near-misses of each other: a surname key
    ("s:trump") or the first given name, folded, of three letters or more ("g:donald")."""
    keys = {f"s:{key}" for key in surname_keys(name)}
    given = given_names(name)
    first = fold(given[0]).strip(".") if given else ""
    if len(first) >= 3:
        keys.add(f"g:{first}")
    return keys


def file_name_keys(db: sqlite_utils.Database, speaker_id: int, name: str) -> None:
    """File a speaker's keys under its (new) name, in place of those of its old one."""
    db.execute("DELETE FROM speaker_name_keys WHERE speaker_id = ?", [speaker_id])
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_name_keys (key, speaker_id) VALUES (?, ?)",
        [(key, speaker_id) for key in sorted(near_keys(name))],
    )


def create_name_keys(db: sqlite_utils.Database) -> None:
    """Migration 013: the keys table, filled for the speakers already stored."""
    db.execute(
        """
        CREATE TABLE speaker_name_keys (
            key TEXT NOT NULL,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            PRIMARY KEY (key, speaker_id)
        )"""
    )
    db.execute("CREATE INDEX speaker_name_keys_speaker ON speaker_name_keys(speaker_id)")
    for speaker_id, name in db.execute("SELECT id, name FROM speakers").fetchall():
        file_name_keys(db, int(speaker_id), str(name))


def people_sharing_keys(db: sqlite_utils.Database, name: str) -> list[tuple[object, ...]]:
    """The stored people with a full name (two words or more) who share a near-miss key
    with this name: (id, name, kind, title, org) rows."""
    keys = sorted(near_keys(name))
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    return db.execute(
        "SELECT id, name, kind, title, org FROM speakers WHERE kind = 'person' "
        f"AND name LIKE '% %' AND id IN (SELECT speaker_id FROM speaker_name_keys "
        f"WHERE key IN ({marks})) ORDER BY id",
        keys,
    ).fetchall()
