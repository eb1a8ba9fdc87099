"""Stored affiliation facts: one per person, organisation and article, with its evidence.

Extraction states how an article ties a person to an organisation (extract/
affiliation_facts.py); the `affiliations` table keeps each fact dated by its article, so a
question reads a person's organisations instead of re-reading sentences. The table and the
upgrade of an older store are storage/migrations_affiliations.py.
"""

from __future__ import annotations

import json

import sqlite_utils

from extract.names import fold
from records.extraction import Affiliation
from storage.db import Store
from storage.migrations_affiliations import COLUMNS, GUESSED, NO_EVIDENCE, marks

Dated = dict[int, list[tuple[str, str, int]]]  # speaker id -> (date, organisation, article id)

# The kinds that make a person an organisation's voice.
VOICE_KINDS = ("member", "spokesperson")


def save_affiliations(
    db: sqlite_utils.Database,
    article_id: int,
    facts: list[Affiliation],
    speaker_ids: dict[str, int],
    dated: str,
) -> None:
    """Store an article's affiliation facts; `speaker_ids` maps a person's name to the
    speaker filed for them, if quoted."""
    rows = [
        (article_id, speaker_ids.get(f.person), f.person, f.org, fold(f.org))
        + (json.dumps(list(f.forms)), f.kind, f.evidence, f.sentence, dated)
        for f in facts
    ]
    db.conn.executemany(f"INSERT INTO affiliations ({COLUMNS}) VALUES ({marks()})", rows)


def move_affiliations(db: sqlite_utils.Database, source_id: int, into_id: int) -> None:
    """File a speaker's facts under the speaker they were merged into."""
    db.execute("UPDATE affiliations SET speaker_id = ? WHERE speaker_id = ?", [into_id, source_id])


def affiliations_of(store: Store, speaker_ids: list[int]) -> Dated:
    """Each speaker's organisations they are a member or spokesperson of, as an article
    states it ("X, the chief executive of Acme, said"; not "its director, X", a tie the
    article only implies), dated by the article, oldest first: (date, organisation,
    article id)."""
    found: Dated = {}
    for speaker_id, when, org, article_id in _facts(store, speaker_ids, voices=True):
        found.setdefault(speaker_id, []).append((when, org, article_id))
    return {k: sorted(set(v)) for k, v in found.items()}


def implied_only(store: Store, speaker_ids: list[int]) -> Dated:
    """Each speaker's organisations only co-occurrence gives ("Its director, X" after
    another body spoke), or they are a former member of, and no article states they belong
    to: (date, organisation, article id)."""
    stated = {(s, fold(o)) for s, _, o, _ in _facts(store, speaker_ids, voices=True)}
    found: Dated = {}
    for speaker_id, when, org, article_id in _facts(store, speaker_ids, voices=False):
        if (speaker_id, fold(org)) not in stated:
            found.setdefault(speaker_id, []).append((when, org, article_id))
    return {k: sorted(set(v)) for k, v in found.items()}


def _facts(
    store: Store, speaker_ids: list[int], *, voices: bool
) -> list[tuple[int, str, str, int]]:
    """The speakers' facts an article states that make them a voice (or, without `voices`,
    those that refuse it: guessed, or a former member's)."""
    if not speaker_ids:
        return []
    marks = ", ".join("?" for _ in speaker_ids)
    if voices:
        test, args = "f.kind IN (?, ?) AND f.evidence NOT IN (?, ?)", [*VOICE_KINDS]
        args += [NO_EVIDENCE, GUESSED]
    else:
        test, args = "(f.kind = 'former' OR f.evidence = ?)", [GUESSED]
    sql = (
        "SELECT f.speaker_id, COALESCE(a.published, a.ingested_at, f.dated), f.org, "
        f"f.article_id FROM affiliations f JOIN articles a ON a.id = f.article_id WHERE "
        f"f.speaker_id IN ({marks}) AND {test}"
    )
    rows = store.db.execute(sql, [*speaker_ids, *args]).fetchall()
    return [(int(s), str(w or ""), str(o), int(a)) for s, w, o, a in rows]


def stated_members(store: Store, org_names: list[str]) -> list[int]:
    """The speakers an article states are a member or spokesperson of one of the
    organisations (by its name as written or one of its forms there)."""
    folded = sorted({fold(o) for o in org_names if o.strip()})
    if not folded:
        return []
    marks = ", ".join("?" for _ in folded)
    sql = (
        "SELECT DISTINCT f.speaker_id FROM affiliations f WHERE f.speaker_id IS NOT NULL AND "
        f"f.kind IN (?, ?) AND f.evidence NOT IN (?, ?) AND (f.org_key IN ({marks}) OR "
        f"EXISTS (SELECT 1 FROM json_each(f.forms) j WHERE fold(j.value) IN ({marks}))) "
        "ORDER BY f.speaker_id"
    )
    args = [*VOICE_KINDS, NO_EVIDENCE, GUESSED, *folded, *folded]
    return [int(r[0]) for r in store.db.execute(sql, args).fetchall()]
