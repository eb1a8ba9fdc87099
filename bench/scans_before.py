"""Store look-ups as they were before the folded keys (migration 014): each folds the
description, organisation or name of every quote or speaker per call. Kept to time the old
path against the new one (bench/store_scans.py) and to check that both answer alike
(tests/test_store_folded_keys.py)."""

from __future__ import annotations

from common.names import fold
from storage.db import Store
from storage.quote_filters import filters
from storage.quote_lookup import _orgs_in_apposition
from storage.quotes import SELECT, QuoteRow, read_rows
from storage.roles import Description
from storage.speakers import SpeakerRow
from storage.window import NEWEST_FIRST


def unnamed_quotes_of_orgs(store: Store, org_names: list[str], limit: int = 200) -> list[QuoteRow]:
    """storage.quote_lookup.unnamed_quotes_of_orgs before the keys (no time window)."""
    if not org_names:
        return []
    where, params = filters(None, None, None)
    marks = ", ".join("?" for _ in org_names)
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS "
        f"NULL AND q.speaker_org != '' AND fold(q.speaker_org) IN ({marks}){where} "
        f"ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [*(fold(o) for o in org_names), *params, limit]))


def unnamed_quotes_of_role(store: Store, role: str, limit: int = 200) -> list[QuoteRow]:
    """storage.quote_lookup.unnamed_quotes_of_role before the keys (no time window)."""
    where, params = filters(None, None, None)
    role = fold(role)
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS "
        f"NULL AND (fold(q.mention) = ? OR fold(q.mention) LIKE ?){where} "
        f"ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [f"the {role}", f"the % {role}", *params, limit]))


def orgs_described_as(store: Store, noun: str) -> list[str]:
    """storage.quote_lookup.orgs_described_as before the keys."""
    key = fold(noun)
    if not key:
        return []
    forms = [key, *(f"{det} {key}" for det in ("the", "a", "an"))]
    marks = ", ".join("?" for _ in forms)
    sql = (
        "SELECT CASE WHEN q.speaker_kind = 'org' THEN q.speaker ELSE q.speaker_org END AS org, "
        f"COUNT(*) AS n FROM quotes q WHERE fold(q.mention) IN ({marks}) AND "
        "(q.speaker_kind = 'org' OR (q.speaker_id IS NULL AND q.speaker_org != '')) "
        "GROUP BY org ORDER BY n DESC"
    )
    found = [str(org) for org, _ in store.db.execute(sql, forms).fetchall() if org]
    return found + [o for o in _orgs_in_apposition(store, key) if o not in found]


def orgs_named_with_tail(store: Store, phrase: str) -> list[str]:
    """storage.quote_lookup.orgs_named_with_tail before the keys."""
    key = fold(phrase)
    if len(key.split()) < 2:
        return []
    sql = (
        "SELECT DISTINCT CASE WHEN q.speaker_kind = 'org' THEN q.speaker ELSE q.speaker_org END "
        "AS org FROM quotes q WHERE (q.speaker_kind = 'org' OR (q.speaker_id IS NULL AND "
        "q.speaker_org != '')) AND (fold(q.speaker) LIKE ? OR fold(q.speaker_org) LIKE ?)"
    )
    tail = f"% {key}"
    rows = store.db.execute(sql, [tail, tail]).fetchall()
    return sorted({str(org) for (org,) in rows if org and fold(str(org)).endswith(" " + key)})


def is_person_name(store: Store, name: str) -> bool:
    """storage.org_names.is_person_name before the keys."""
    row = store.db.execute(
        "SELECT 1 FROM speakers s JOIN speaker_aliases a ON a.speaker_id = s.id "
        "WHERE s.kind = 'person' AND (fold(s.name) = fold(?) OR a.alias = fold(?)) LIMIT 1",
        [name, name],
    ).fetchone()
    return row is not None


def speakers_of_org(store: Store, org_names: list[str]) -> list[SpeakerRow]:
    """storage.speakers.speakers_of_org before the keys."""
    if not org_names:
        return []
    marks = ", ".join("?" for _ in org_names)
    folded = [fold(o) for o in org_names]
    return [
        SpeakerRow(*r)
        for r in store.db.execute(
            "SELECT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
            f"WHERE fold(s.org) IN ({marks}) OR s.id IN (SELECT DISTINCT speaker_id FROM "
            f"speaker_roles WHERE org != '' AND fold(org) IN ({marks}))",
            folded + folded,
        ).fetchall()
    ]


def role_descriptions(store: Store, words: list[str]) -> list[tuple[SpeakerRow, list[Description]]]:
    """storage.roles.role_descriptions before the substring indexes."""
    probe = f"%{max(words, key=len)}%"
    rows = store.db.execute(
        "SELECT s.id, s.name, s.kind, s.title, s.org, r.title, r.org, r.mention "
        "FROM speakers s LEFT JOIN speaker_roles r ON r.speaker_id = s.id "
        "WHERE s.id IN (SELECT s2.id FROM speakers s2 WHERE s2.title LIKE ? OR s2.org LIKE ? "
        "OR (s2.kind = 'org' AND s2.name LIKE ?) UNION SELECT speaker_id FROM speaker_roles "
        "WHERE title LIKE ? OR org LIKE ? OR mention LIKE ?)",
        [probe] * 6,
    ).fetchall()
    found: dict[int, tuple[SpeakerRow, list[Description]]] = {}
    for r in rows:
        if r[0] not in found:
            speaker = SpeakerRow(r[0], r[1], r[2], r[3], r[4])
            own = [(r[1], "")] if speaker.kind == "org" else []
            found[r[0]] = (speaker, [(r[3] or "", r[4] or ""), *own])
        descriptions = found[r[0]][1]
        descriptions.append((r[5] or "", r[6] or ""))
        if r[7]:
            descriptions.append((r[7], ""))
    return list(found.values())


def entity_mentions(store: Store, name: str) -> list[tuple[str, int, int, int]]:
    """storage.profiles.entity_mentions before the entities' last-word index."""
    key = fold(name)
    rows = store.db.execute(
        'SELECT e.name, m.article_id, m.start, m."end" FROM mentions m '
        "JOIN entities e ON e.id = m.entity_id WHERE (e.key = ? OR e.key LIKE ?) "
        "AND e.label IN ('PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC') "
        "ORDER BY m.article_id, m.start",
        [key, f"% {key}"],
    ).fetchall()
    return [(str(r[0]), int(r[1]), int(r[2]), int(r[3])) for r in rows]


def unnamed_quotes_described(store: Store, head: str, limit: int = 200) -> list[QuoteRow]:
    """storage.quote_lookup.unnamed_quotes_described before the substring index (no time
    window)."""
    where, params = filters(None, None, None)
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS "
        f"NULL AND fold(q.speaker_title) LIKE ?{where} "
        f"ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [f"%{fold(head)}%", *params, limit]))
