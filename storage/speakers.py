"""Speakers across articles: one row per person or organisation, found again under name
variants ("Dr. Femke de Jong", "de Jong", "Femke de Jong") but never merged with a different
person who shares the surname ("Melania Trump" is not "Donald Trump")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from common.names import (
    canonical_name,
    clean_name,
    fold,
    name_variants,
    near_same_person,
    same_person,
    surname_keys,
)
from extract.compound_surnames import one_person
from storage.name_keys import file_name_keys, people_sharing_keys


@dataclass(frozen=True)
class SpeakerRow:
    """A stored speaker."""

    id: int
    name: str
    kind: str
    title: str | None
    org: str | None


def _row(values: Any) -> SpeakerRow:
    return SpeakerRow(values[0], values[1], values[2], values[3], values[4])


def _aliases_for(name: str, kind: str) -> set[str]:
    if kind == "person":
        return set(name_variants(name))
    key = fold(name)
    aliases = {key}
    words = key.split()
    if len(words) > 1 and len(words[0]) > 2:
        aliases.add(words[0])  # "Halden" for "Halden Civil Works"
    if key.endswith("'s"):
        aliases.add(key[:-2])  # "Crumbwell" for the shop name "Crumbwell's"
    return aliases


def speaker_id_for(
    db: sqlite_utils.Database,
    name: str,
    kind: str,
    title: str | None,
    org: str | None,
    seen: str | None,
) -> int:
    """The id of the stored speaker this name denotes, creating or updating it.

    The latest title and organisation win on the speaker's profile (`seen` orders them).
    """
    found = find_same(db, name, kind)
    if found is None:
        cursor = db.execute(
            "INSERT INTO speakers (name, kind, title, org, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [name, kind, title, org, seen, seen],
        )
        speaker_id = int(cursor.lastrowid or 0)
        current_name = name
        file_name_keys(db, speaker_id, name)
    else:
        speaker_id = found.id
        current_name = found.name
        if kind == "person" and len(clean_name(name).split()) > len(found.name.split()):
            current_name = name  # a fuller form of the name replaces a bare surname
        if kind != "person" and fold(name) == fold(found.name) + "'s":
            current_name = name  # a shop's name as written ("Crumbwell's") replaces its owner's
        latest = db.execute("SELECT last_seen FROM speakers WHERE id = ?", [speaker_id]).fetchone()[
            0
        ]
        newer = seen is None or latest is None or seen >= latest
        db.execute(
            "UPDATE speakers SET name = ?, "
            "title = CASE WHEN ? AND ? IS NOT NULL THEN ? ELSE COALESCE(title, ?) END, "
            "org = CASE WHEN ? AND ? IS NOT NULL THEN ? ELSE COALESCE(org, ?) END, "
            "last_seen = MAX(COALESCE(last_seen, ''), COALESCE(?, '')) WHERE id = ?",
            [current_name, newer, title, title, title, newer, org, org, org, seen, speaker_id],
        )
        if current_name != found.name:  # quotes filed under the bare surname show the name
            file_name_keys(db, speaker_id, current_name)
            db.execute(
                "UPDATE quotes SET speaker = ? WHERE speaker_id = ? AND speaker = ?",
                [current_name, speaker_id, found.name],
            )
    for alias in _aliases_for(name, kind) | _aliases_for(current_name, kind):
        db.execute(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
            [speaker_id, alias],
        )
    return speaker_id


def speaker_name(db: sqlite_utils.Database, speaker_id: int) -> str:
    """The name a stored speaker is shown under."""
    return str(db.execute("SELECT name FROM speakers WHERE id = ?", [speaker_id]).fetchone()[0])


def find_same(db: sqlite_utils.Database, name: str, kind: str) -> SpeakerRow | None:
    """The stored speaker a name denotes, or None when it is new or ambiguous.

    A person's name meets its stored variants ("Donald J. Trump" is "Donald Trump"); a bare
    surname meets the one person of that surname, or the one quoted far more often than
    any other ("Obama"); a full name meets a stored full name it agrees with, else a bare
    surname, else one near-miss spelling ("Donand Trump") when no other person fits.
    """
    key = fold(canonical_name(name) if kind == "person" else name)
    rows = _with_alias(db, key, kind)
    exact = [r for r in rows if fold(canonical_name(r.name) if kind == "person" else r.name) == key]
    if exact:
        return exact[0]
    if kind != "person":
        if not rows and key.endswith("'s"):  # "Crumbwell's", stored as "Crumbwell"
            rows = [r for r in _with_alias(db, key[:-2], kind) if fold(r.name) == key[:-2]]
        return rows[0] if len(rows) == 1 else None
    candidates: dict[int, SpeakerRow] = {}
    for surname_key in surname_keys(name):
        for row in _with_alias(db, surname_key, kind):
            candidates[row.id] = row
    matches = [
        c for c in candidates.values() if same_person(c.name, name) or one_person(c.name, name)
    ]  # a compound surname alone ("Bastos Moreira") too: extract/compound_surnames.py
    if len(clean_name(name).split()) > 1:
        # A full name joins a stored full name it agrees with, or a bare surname.
        agreeing = [m for m in matches if len(m.name.split()) > 1]
        if len(agreeing) == 1:
            return agreeing[0]
        bare = [m for m in matches if len(m.name.split()) == 1]
        if not agreeing and len(bare) == 1:
            return bare[0]
        if agreeing or bare:
            return None
        return _near_miss(db, name)
    if not matches and " " not in key:  # "Crumbwell said", of the shop "Crumbwell's"
        shops = [r for r in _with_alias(db, key, "org") if fold(r.name) == f"{key}'s"]
        return shops[0] if len(shops) == 1 else None
    if len(matches) <= 1:
        return matches[0] if matches else None
    return _dominant(db, matches)


def _with_alias(db: sqlite_utils.Database, alias: str, kind: str) -> list[SpeakerRow]:
    return [
        _row(r)
        for r in db.execute(
            "SELECT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
            "JOIN speaker_aliases a ON a.speaker_id = s.id WHERE a.alias = ? AND s.kind = ?",
            [alias, kind],
        ).fetchall()
    ]


# A bare surname goes to the person of that surname quoted this many times more than the next.
DOMINANCE = 3


def _dominant(db: sqlite_utils.Database, rows: list[SpeakerRow]) -> SpeakerRow | None:
    counts = speaker_quote_counts(db, [r.id for r in rows])
    ranked = sorted(rows, key=lambda r: counts.get(r.id, 0), reverse=True)
    first, second = counts.get(ranked[0].id, 0), counts.get(ranked[1].id, 0)
    return ranked[0] if first >= DOMINANCE * max(1, second) else None


def _near_miss(db: sqlite_utils.Database, name: str) -> SpeakerRow | None:
    """The one stored person whose full name is a near-miss spelling of this one."""
    found = [_row(r) for r in people_sharing_keys(db, name) if near_same_person(str(r[1]), name)]
    return found[0] if len(found) == 1 else None


def speakers_matching_alias(db: sqlite_utils.Database, keys: set[str]) -> list[SpeakerRow]:
    """Speakers known under any of the folded aliases."""
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    return [
        _row(r)
        for r in db.execute(
            "SELECT DISTINCT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
            f"JOIN speaker_aliases a ON a.speaker_id = s.id WHERE a.alias IN ({marks})",
            sorted(keys),
        ).fetchall()
    ]


def speakers_of_org(db: sqlite_utils.Database, org_names: list[str]) -> list[SpeakerRow]:
    """People who speak for one of the organisations (its spokespeople, officials): the
    organisation on their profile or on one of their quotes."""
    if not org_names:
        return []
    marks = ", ".join("?" for _ in org_names)
    folded = [fold(o) for o in org_names]
    return [
        _row(r)
        for r in db.execute(
            "SELECT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
            f"WHERE s.id IN (SELECT speaker_id FROM speaker_keys WHERE org IN ({marks})) OR s.id "
            f"IN (SELECT speaker_id FROM speaker_roles WHERE org != '' AND org_key IN ({marks})) "
            "ORDER BY s.id",
            folded + folded,
        ).fetchall()
    ]


def get_speaker(db: sqlite_utils.Database, speaker_id: int) -> SpeakerRow | None:
    """One speaker by id."""
    row = db.execute(
        "SELECT id, name, kind, title, org FROM speakers WHERE id = ?", [speaker_id]
    ).fetchone()
    return _row(row) if row else None


def speaker_names(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """Every speaker's id and name (for fuzzy lookups of typed names)."""
    return [(r[0], r[1]) for r in db.execute("SELECT id, name FROM speakers").fetchall()]


def alias_table(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """Every (speaker id, folded alias) pair, for matching typed names with typos."""
    return [(r[0], r[1]) for r in db.execute("SELECT speaker_id, alias FROM speaker_aliases")]


def headlines_with(db: sqlite_utils.Database, speaker_id: int, words: list[str]) -> list[str]:
    """Headlines of the articles quoting a speaker that hold one of the (folded) words."""
    if not words:
        return []
    likes = " OR ".join("fold(article_title) LIKE ?" for _ in words)
    rows = db.execute(
        f"SELECT DISTINCT article_title FROM quotes WHERE speaker_id = ? AND ({likes})",
        [speaker_id, *(f"%{w}%" for w in words)],
    ).fetchall()
    return [r[0] for r in rows]


def called_of(db: sqlite_utils.Database, speaker_id: int, surname: str, word: str) -> bool:
    """Whether an article quoting a speaker calls them "<surname> of <word>" (folded):
    "President Ana Ruiz of Tarvania" for "Ruiz" and "tarvania"."""
    phrase = f"{fold(surname)} of {fold(word)}"
    found = db.execute(
        "SELECT 1 FROM articles a WHERE a.id IN (SELECT article_id FROM quotes WHERE "
        "speaker_id = ?) AND instr(fold(a.body), ?) > 0 LIMIT 1",
        [speaker_id, phrase],
    ).fetchone()
    return found is not None


def speakers_sharing_articles(
    db: sqlite_utils.Database, org_names: list[str], candidates: list[SpeakerRow] | None = None
) -> list[SpeakerRow]:
    """People quoted in an article where one of the named organisations is quoted too (only
    among `candidates`, when given: each is checked on its own articles)."""
    if not org_names:
        return []
    marks = ", ".join("?" for _ in org_names)
    if candidates is not None:
        people = [c for c in candidates if c.kind == "person"]
        if not people:
            return []
        ids = ", ".join("?" for _ in people)
        return [
            _row(r)
            for r in db.execute(
                "SELECT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
                f"WHERE s.id IN ({ids}) AND EXISTS (SELECT 1 FROM quotes q JOIN quotes q2 "
                "ON q2.article_id = q.article_id JOIN speakers o ON o.id = q2.speaker_id "
                f"WHERE q.speaker_id = s.id AND o.kind = 'org' AND o.name IN ({marks}))",
                [p.id for p in people] + list(org_names),
            ).fetchall()
        ]
    return [
        _row(r)
        for r in db.execute(
            "SELECT DISTINCT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
            "JOIN quotes q ON q.speaker_id = s.id WHERE s.kind = 'person' AND q.article_id IN "
            "(SELECT q2.article_id FROM quotes q2 JOIN speakers o ON o.id = q2.speaker_id "
            f"WHERE o.kind = 'org' AND o.name IN ({marks}))",
            org_names,
        ).fetchall()
    ]


def speakers_with_org_like(db: sqlite_utils.Database) -> list[SpeakerRow]:
    """People with an organisation on their profile."""
    return [
        _row(r)
        for r in db.execute(
            "SELECT id, name, kind, title, org FROM speakers "
            "WHERE kind = 'person' AND org IS NOT NULL AND org != ''"
        ).fetchall()
    ]


def speakers_with_owner_title(db: sqlite_utils.Database) -> list[SpeakerRow]:
    """People with no organisation on their profile whose title names its owner by a
    possessive ("Guild's president")."""
    return [
        _row(r)
        for r in db.execute(
            "SELECT id, name, kind, title, org FROM speakers WHERE kind = 'person' "
            "AND (org IS NULL OR org = '') AND (instr(title, ?) > 0 OR instr(title, ?) > 0)",
            ["'s ", "\u2019s "],
        ).fetchall()
    ]


def speakers_without_org(db: sqlite_utils.Database) -> list[SpeakerRow]:
    """People with a title and no organisation on their profile ("Inspector")."""
    return [
        _row(r)
        for r in db.execute(
            "SELECT id, name, kind, title, org FROM speakers WHERE kind = 'person' "
            "AND (org IS NULL OR org = '') AND title IS NOT NULL AND title != ''"
        ).fetchall()
    ]


def speaker_quote_counts(db: sqlite_utils.Database, ids: list[int]) -> dict[int, int]:
    """How many quotes each speaker has."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {
        r[0]: r[1]
        for r in db.execute(
            f"SELECT speaker_id, count(*) FROM quotes WHERE speaker_id IN ({marks}) "
            "GROUP BY speaker_id",
            ids,
        ).fetchall()
    }


def speakers_in_articles_naming(
    db: sqlite_utils.Database, org_names: list[str], candidates: list[SpeakerRow]
) -> list[SpeakerRow]:
    """Of the candidates, the people quoted in an article whose text names one of the
    organisations (each candidate checked on its own articles)."""
    people = [c for c in candidates if c.kind == "person"]
    if not org_names or not people:
        return []
    ids = ", ".join("?" for _ in people)
    names = " OR ".join("instr(fold(a.title || ' ' || a.body), ?) > 0" for _ in org_names)
    return [
        _row(r)
        for r in db.execute(
            "SELECT s.id, s.name, s.kind, s.title, s.org FROM speakers s "
            f"WHERE s.id IN ({ids}) AND EXISTS (SELECT 1 FROM quotes q JOIN articles a "
            f"ON a.id = q.article_id WHERE q.speaker_id = s.id AND ({names}))",
            [p.id for p in people] + [fold(o) for o in org_names],
        ).fetchall()
    ]


def is_place_name(db: sqlite_utils.Database, text: str) -> bool:
    """Whether articles name a place, a building or a people ("New York", "Israeli") with
    these words."""
    row = db.execute(
        "SELECT 1 FROM entities WHERE key = ? AND label IN ('GPE', 'LOC', 'FAC', 'NORP') LIMIT 1",
        [fold(text)],
    ).fetchone()
    return row is not None


def persons_named_first(db: sqlite_utils.Database, word: str, limit: int = 3) -> list[SpeakerRow]:
    """People whose name begins with the (folded) word ("Park Ji-won" for "park"): a family
    name written first."""
    return [
        _row(r)
        for r in db.execute(
            "SELECT DISTINCT s.id, s.name, s.kind, s.title, s.org FROM speakers s JOIN "
            "speaker_aliases a ON a.speaker_id = s.id WHERE s.kind = 'person' AND a.alias "
            "LIKE ? LIMIT ?",
            [f"{word} %", limit],
        ).fetchall()
    ]


def person_of_surname(db: sqlite_utils.Database, name: str) -> bool:
    """Whether a lone word an article filed as an organisation ("Voss said", the recogniser's
    ORG) is the surname of a person the store knows and no organisation's name or short
    name, nor a place: the person an earlier story introduced, quoted by surname alone."""
    word = name.strip()
    if " " in word or not word[:1].isupper() or word.isupper() or len(word) < 3:
        return False
    if find_same(db, word, "org") is not None or is_place_name(db, word):
        return False
    found = find_same(db, word, "person")
    return found is not None and len(found.name.split()) > 1
