"""Migration 019: the stored folded keys written again after common.names.fold learnt the
letters Unicode does not decompose ("ı", "ø", "ł", "đ", ...: "Yıldırım" folds to
"yildirim", as a reporter types it).

Only rows whose text holds one of those letters change. Keys kept by triggers are written
again by touching their source columns (an UPDATE that sets a column to itself fires the
trigger, which folds anew); the others are written here: the folded-words index of a body
(its old words deleted as the old fold wrote them), a speaker's near-miss keys and aliases,
an entity's key, an affiliation's and a role's organisation key, a correction's speaker
keys.
"""

from __future__ import annotations

import unicodedata

import sqlite_utils

from common.names import UNDECOMPOSED_LETTERS
from storage.folded import COMMA, INDEX, folded_words
from storage.name_keys import file_name_keys, speaker_key


def _holds(column: str) -> str:
    """SQL: the column holds one of the letters the old fold kept."""
    return "(" + " OR ".join(f"instr({column}, '{c}') > 0" for c in UNDECOMPOSED_LETTERS) + ")"


def _old_folded_words(text: str) -> str:
    """The words the folded-words index holds for a body written before this migration."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return text.casefold().strip().replace(",", COMMA)


def refold_keys(db: sqlite_utils.Database) -> None:
    """Migration 019 (module docstring)."""
    quote_columns = ("mention", "speaker", "speaker_org", "speaker_title")
    db.execute(
        "UPDATE quotes SET "
        + ", ".join(f"{c} = {c}" for c in quote_columns)
        + " WHERE "
        + " OR ".join(_holds(c) for c in quote_columns)
    )
    db.execute(
        f"UPDATE speakers SET name = name, org = org WHERE {_holds('name')} OR {_holds('org')}"
    )
    db.execute(f"UPDATE speaker_roles SET org_key = fold(org) WHERE {_holds('org')}")
    db.execute(f"UPDATE affiliations SET org_key = fold(org) WHERE {_holds('org')}")
    db.execute(f"UPDATE OR IGNORE entities SET key = fold(name) WHERE {_holds('name')}")
    db.execute(f"UPDATE OR IGNORE speaker_aliases SET alias = fold(alias) WHERE {_holds('alias')}")
    for speaker_id, name in db.execute(
        f"SELECT id, name FROM speakers WHERE {_holds('name')}"
    ).fetchall():
        file_name_keys(db, int(speaker_id), str(name))
    for row_id, name, kind, target, target_kind in db.execute(
        "SELECT id, speaker_name, speaker_kind, target_name, target_kind FROM corrections "
        f"WHERE {_holds('speaker_name')} OR {_holds('target_name')}"
    ).fetchall():
        db.execute(
            "UPDATE corrections SET speaker_key = ?, target_key = ? WHERE id = ?",
            [
                speaker_key(name, kind) if name else None,
                speaker_key(target, target_kind) if target else None,
                row_id,
            ],
        )
    for article_id, body in db.execute(
        f"SELECT id, body FROM articles WHERE {_holds('body')}"
    ).fetchall():
        db.execute(
            f"INSERT INTO {INDEX} ({INDEX}, rowid, body) VALUES ('delete', ?, ?)",
            [article_id, _old_folded_words(str(body))],
        )
        db.execute(
            f"INSERT INTO {INDEX} (rowid, body) VALUES (?, ?)", [article_id, folded_words(body)]
        )
