"""Migration 018: the `affiliations` table (storage/affiliations.py), and the upgrade of a
store made before it: each quoted person's organisation in each article, read from the
quotes already stored."""

from __future__ import annotations

import re

import sqlite_utils

from extract.affiliation_facts import affiliation_kind
from extract.names import fold

COLUMNS = "article_id, speaker_id, person, org, org_key, forms, kind, evidence, sentence, dated"
NO_EVIDENCE = "implied"  # the evidence of a tie no sentence states
GUESSED = "guessed"  # a tie only co-occurrence gives ("Its director, X" after another body)


def create_affiliations(db: sqlite_utils.Database) -> None:
    """Migration 018: the `affiliations` table, filled from the quotes already stored (each
    quoted person's organisation in each article; "named" when one of their quotes'
    sentences names it beside them, else "implied")."""
    db.execute(
        """
        CREATE TABLE affiliations (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
            person TEXT NOT NULL,
            org TEXT NOT NULL,
            org_key TEXT NOT NULL,
            forms TEXT NOT NULL DEFAULT '[]',
            kind TEXT NOT NULL,
            evidence TEXT NOT NULL,
            sentence INTEGER NOT NULL DEFAULT -1,
            dated TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX affiliations_speaker ON affiliations(speaker_id)")
    db.execute("CREATE INDEX affiliations_org ON affiliations(org_key)")
    db.execute("CREATE INDEX affiliations_article ON affiliations(article_id)")
    said: dict[tuple[int, int, str], list[tuple[str, str, str, str, str]]] = {}
    for speaker_id, person, when, article_id, org, title, sentence, text in db.execute(
        "SELECT q.speaker_id, q.speaker, COALESCE(a.published, a.ingested_at, ''), q.article_id, "
        "q.speaker_org, COALESCE(q.speaker_title, ''), q.sentence, q.text FROM quotes q "
        "JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL AND "
        "q.speaker_kind = 'person' AND COALESCE(q.speaker_org, '') != '' ORDER BY q.id"
    ).fetchall():
        key = (int(speaker_id), int(article_id), str(org))
        said.setdefault(key, []).append(
            (str(person or ""), str(when), str(title), fold(str(sentence)), fold(str(text)))
        )
    rows = []
    for (speaker_id, article_id, org), quotes in said.items():
        before = [s.split(t)[0] for _, _, _, s, t in quotes]
        named = _named_beside(org, [s for _, _, _, s, _ in quotes], before)
        person, when, title = quotes[0][:3]
        rows.append(
            (article_id, speaker_id, person, org, fold(org), "[]", affiliation_kind(title))
            + ("named" if named else NO_EVIDENCE, -1, when)
        )
    db.conn.executemany(f"INSERT INTO affiliations ({COLUMNS}) VALUES ({marks()})", rows)


def marks() -> str:
    """Placeholders for one row of COLUMNS."""
    return ", ".join("?" for _ in COLUMNS.split(", "))


def _named_beside(org: str, sentences: list[str], before: list[str]) -> bool:
    """Whether a quote's (folded) sentence names the organisation, or its last word comes
    before the quoted words ("the forum's new chair, X, said")."""
    key = fold(org)
    last = (re.findall(r"[^\W_]+", key) or [""])[-1]
    return any(key in s for s in sentences) or any(
        last in re.findall(r"[^\W_]+", b) for b in before
    )
