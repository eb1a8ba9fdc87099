"""Applying corrections to the quotes and speakers the store holds.

Corrections are applied when made, and again at store time to every article saved
(`apply_to_article`, called by `storage.articles.save_article` in the article's
transaction): an article deleted and ingested again, or extracted again, gets new row ids
but the same content hash and offsets, and its speakers the same canonical keys, so its
corrections find it. Applying a correction twice changes nothing. Reading stays as it was:
every question, digest and count reads the corrected rows, with no filter to forget.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from extract.names import name_variants
from storage.affiliations import move_affiliations
from storage.corrections import APPLIED, COLUMNS, HIDE, MERGE, REASSIGN, Correction, speaker_key
from storage.name_keys import file_name_keys

_QUOTE_COLUMNS = (
    "id, article_id, attribution, speaker_id, speaker, speaker_kind, speaker_title, "
    'speaker_org, mention, kind, cue, text, start, "end", sentence, topics, article_title, '
    "shape"
)
_SPEAKER, _NAME, _KIND, _TITLE, _ORG, _MENTION = 3, 4, 5, 6, 7, 8


def statement_rows(
    db: sqlite_utils.Database, article_id: int, start: int, end: int
) -> list[tuple[Any, ...]]:
    """Every stored piece of the statements overlapping [start, end) of an article (the
    pieces of one statement share its attribution)."""
    return [
        tuple(r)
        for r in db.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE article_id = ? AND attribution IN "
            '(SELECT attribution FROM quotes WHERE article_id = ? AND start < ? AND "end" > ?) '
            "ORDER BY start, id",
            [article_id, article_id, end, start],
        ).fetchall()
    ]


def speakers_with_key(
    db: sqlite_utils.Database, key: str, kind: str | None
) -> list[tuple[int, str, str]]:
    """Stored speakers (id, name, kind) whose own name has this canonical key."""
    rows = db.execute(
        "SELECT DISTINCT s.id, s.name, s.kind FROM speakers s JOIN speaker_aliases a "
        "ON a.speaker_id = s.id WHERE a.alias = ? ORDER BY s.id",
        [key],
    ).fetchall()
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in rows
        if (kind is None or r[2] == kind) and speaker_key(r[1], r[2]) == key
    ]


def apply_correction(db: sqlite_utils.Database, correction: Correction) -> int:
    """Apply one correction to whatever it concerns in the store now; how many quotes or
    speakers it changed (0 when its article or speaker is not stored)."""
    if correction.action in (HIDE, REASSIGN):
        row = db.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND copy_of IS NULL",
            [correction.content_hash],
        ).fetchone()
        return _apply_to_quotes(db, int(row[0]), correction) if row else 0
    return _fold_speaker(db, correction)


def apply_to_article(db: sqlite_utils.Database, article_id: int, content_hash: str) -> None:
    """Apply the corrections that concern a newly saved article: those keyed to its content
    hash, then the speaker merges and renames of the speakers it quotes."""
    for correction in _applied(db, "content_hash = ?", [content_hash]):
        _apply_to_quotes(db, article_id, correction)
    names = db.execute(
        "SELECT DISTINCT s.name, s.kind FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
        "WHERE q.article_id = ?",
        [article_id],
    ).fetchall()
    keys = sorted({speaker_key(n, k) for n, k in names})
    if keys:
        marks = ", ".join("?" for _ in keys)
        where = f"action IN ('merge', 'rename') AND speaker_key IN ({marks})"
        for correction in _applied(db, where, keys):
            _fold_speaker(db, correction)


def _applied(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[Correction]:
    rows = db.execute(
        f"SELECT {COLUMNS} FROM corrections WHERE status = ? AND {where} ORDER BY id",
        [APPLIED, *params],
    ).fetchall()
    return [Correction(*r) for r in rows]


def _apply_to_quotes(db: sqlite_utils.Database, article_id: int, correction: Correction) -> int:
    if correction.start is None or correction.end is None:
        return 0
    rows = statement_rows(db, article_id, correction.start, correction.end)
    if not rows:
        return 0
    ids = [r[0] for r in rows]
    marks = ", ".join("?" for _ in ids)
    if correction.action == HIDE:
        db.execute(f"DELETE FROM quotes WHERE id IN ({marks})", ids)
        return len(rows)
    target = _target_speaker(db, correction)
    if target is None:
        return 0
    speaker_id, name, kind, title, org = target
    if all(r[_SPEAKER] == speaker_id and r[_NAME] == name for r in rows):
        return 0  # applied already
    changed = []
    for row in rows:
        values = list(row)
        values[_SPEAKER], values[_NAME], values[_KIND] = speaker_id, name, kind
        values[_TITLE], values[_ORG], values[_MENTION] = title, org, None
        changed.append(values)
    # Deleted and inserted again under the same ids, so the triggers keep the search index
    # and the speakers' roles in step.
    db.execute(f"DELETE FROM quotes WHERE id IN ({marks})", ids)
    db.conn.executemany(
        f"INSERT INTO quotes ({_QUOTE_COLUMNS}) VALUES ({', '.join('?' for _ in rows[0])})",
        changed,
    )
    return len(rows)


def _target_speaker(
    db: sqlite_utils.Database, correction: Correction
) -> tuple[int, str, str, str | None, str | None] | None:
    """The speaker a reassigned quote goes to: the one stored under the target's key, else
    a new one of that name."""
    if not correction.target_name or not correction.target_key:
        return None
    kind = correction.target_kind or "person"
    found = speakers_with_key(db, correction.target_key, kind)
    if found:
        speaker_id = found[0][0]
    else:
        from storage.speakers import speaker_id_for

        speaker_id = speaker_id_for(db, correction.target_name, kind, None, None, None)
    row = db.execute(
        "SELECT id, name, kind, title, org FROM speakers WHERE id = ?", [speaker_id]
    ).fetchone()
    return (int(row[0]), str(row[1]), str(row[2]), row[3], row[4])


def _fold_speaker(db: sqlite_utils.Database, correction: Correction) -> int:
    """A merge or rename: every speaker under the corrected key joins the speaker under the
    target key (a rename whose new name nobody has yet keeps the speaker and renames it)."""
    if not correction.speaker_key or not correction.target_key or not correction.target_name:
        return 0
    kind = correction.target_kind or correction.speaker_kind
    sources = speakers_with_key(db, correction.speaker_key, correction.speaker_kind)
    targets = speakers_with_key(db, correction.target_key, kind)
    if correction.action == MERGE and not targets:
        targets = sources[:1]  # its speaker was re-created under the old name only
    into = targets[0] if targets else (sources[0] if sources else None)
    if into is None:
        return 0
    into_id, name = into[0], correction.target_name
    moved = 0
    for source_id, _, _ in sources:
        if source_id == into_id:
            continue
        moved += 1
        db.execute(
            "UPDATE quotes SET speaker_id = ?, speaker = ?, speaker_kind = ? WHERE speaker_id = ?",
            [into_id, name, kind, source_id],
        )
        move_affiliations(db, source_id, into_id)
        for table, columns in (
            ("speaker_roles", "title, org, mention"),
            ("speaker_aliases", "alias"),
        ):
            db.execute(
                f"INSERT OR IGNORE INTO {table} (speaker_id, {columns}) "
                f"SELECT ?, {columns} FROM {table} WHERE speaker_id = ?",
                [into_id, source_id],
            )
        db.execute(
            "UPDATE speakers SET first_seen = (SELECT min(first_seen) FROM speakers WHERE id "
            "IN (?, ?)), last_seen = (SELECT max(last_seen) FROM speakers WHERE id IN (?, ?)) "
            "WHERE id = ?",
            [into_id, source_id, into_id, source_id, into_id],
        )
        db.execute("DELETE FROM speaker_roles WHERE speaker_id = ?", [source_id])
        db.execute("DELETE FROM speakers WHERE id = ?", [source_id])
    current = db.execute("SELECT name FROM speakers WHERE id = ?", [into_id]).fetchone()[0]
    if current != name:
        moved += 1
        db.execute("UPDATE speakers SET name = ? WHERE id = ?", [name, into_id])
        file_name_keys(db, into_id, name)
    db.execute(
        "UPDATE quotes SET speaker = ? WHERE speaker_id = ? AND speaker IS NOT ?",
        [name, into_id, name],
    )
    aliases = set(name_variants(name)) if kind == "person" else set()
    for alias in aliases | {correction.target_key}:
        db.execute(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
            [into_id, alias],
        )
    return moved
