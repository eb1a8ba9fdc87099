"""A surname quoted before the story that introduces its person: "Voss said" filed as an
organisation (the recogniser's ORG for a lone unknown word), then a later story names
"Dana Voss, a spokeswoman for Pellinore". The earlier quotes are hers: the store joins them
to her once her full name arrives, when she is the only person of that surname it knows
(two people sharing it leave the word alone) and the word was never anything but a bare
word (no organisation spoke under a longer name with it, nobody spoke for it).

The join runs in both directions, both here: a later story's "Voss said" filed as an
organisation is filed under the person the store already knows (`surnames_filed_as_orgs`),
and an earlier story's bare-surname organisation joins the person a later story names in
full (`join_earlier_surname`)."""

from __future__ import annotations

import sqlite_utils

from common.names import fold, is_honorific, surname_keys
from extract.people_words import ORG_WORDS
from records.extraction import Extraction
from storage.speakers import find_same, person_of_surname


def surnames_filed_as_orgs(db: sqlite_utils.Database, extraction: Extraction) -> set[str]:
    """The organisations an article quotes that are one word, hold no organisation word,
    begin no longer organisation's name in the article, are no entity it names as a place,
    and are the surname of a person the store knows (storage.speakers.person_of_surname);
    or that are a person's full name the store knows exactly (`_person_named`)."""
    places = {fold(e.text) for e in extraction.entities if e.label in ("GPE", "LOC", "NORP")}
    longer = [fold(p.name).split() for p in extraction.people if p.kind == "org"]
    found = set()
    for name in {q.speaker for q in extraction.quotes if q.speaker_kind == "org" and q.speaker}:
        key = fold(name)
        if key in places or key in ORG_WORDS or any(len(w) > 1 and key in w for w in longer):
            continue
        if person_of_surname(db, name) or _person_named(db, name):
            found.add(name)
    return found


def _person_named(db: sqlite_utils.Database, name: str) -> bool:
    """Whether a name of two words or more an article filed as an organisation is exactly
    a person's the store knows, and no organisation's nor one with an organisation's word:
    the recogniser's ORG for a person named beside a body ("The farm was unimpressed.
    '...,' said Ifeoma Blackwood", the farm manager of the stories before)."""
    words = name.split()
    if len(words) < 2 or any(fold(w) in ORG_WORDS for w in words):
        return False
    if find_same(db, name, "org") is not None:
        return False
    person = find_same(db, name, "person")
    return person is not None and fold(person.name) == fold(name) and _a_person(db, person.id)


def _a_person(db: sqlite_utils.Database, person_id: int) -> bool:
    """Whether the stories tell a stored person is one: a title, "she" or "he" for them, or
    an honorific ("Ms Blackwood"), and never "the company" or another body's word (a
    company filed as a person, "Voltra Mobility", stays apart)."""
    mentions = [
        (fold(m or ""), t or "")
        for m, t in db.execute(
            "SELECT mention, title FROM speaker_roles WHERE speaker_id = ?", [person_id]
        ).fetchall()
    ]
    if any(m.split()[:1] == ["the"] and set(m.split()) & ORG_WORDS for m, _ in mentions):
        return False
    titled = db.execute("SELECT title FROM speakers WHERE id = ?", [person_id]).fetchone()
    mentions.append(("", (titled[0] or "") if titled else ""))  # as filed just now
    return any(
        t or m in ("she", "he") or m.split()[:1] and is_honorific(m.split()[0]) for m, t in mentions
    )


def join_earlier_surname(db: sqlite_utils.Database, person_id: int, name: str) -> int:
    """Move the quotes of the bare-surname organisation an earlier story filed to the person
    with this full name (see the module's rules), and those of an organisation filed under
    the full name itself; returns how many quotes moved."""
    words = name.split()
    if len(words) < 2:
        return 0
    moved = 0
    for key in surname_keys(name):
        if " " in key or key in ORG_WORDS or not _only_person_of(db, key, person_id):
            continue
        for org_id in _bare_orgs(db, key):
            moved += _move_quotes(db, org_id, person_id, name)
    # the full name an earlier story filed as a body
    for org_id in _orgs_named(db, name, person_id):
        moved += _move_quotes(db, org_id, person_id, name)
    return moved


def _orgs_named(db: sqlite_utils.Database, name: str, person_id: int) -> list[int]:
    """Organisations stored under exactly this person's full name, with no organisation
    word in it, that no person speaks for (`_person_named`, the other way round)."""
    key = fold(name)
    if any(w in ORG_WORDS for w in key.split()):
        return []
    rows = db.execute(
        "SELECT id, name FROM speakers WHERE kind = 'org' AND lower(name) = lower(?)", [name]
    ).fetchall()
    if not rows:  # the common case, on every person an article files: nothing to look up
        return []
    spoken_for = db.execute(
        "SELECT 1 FROM speakers WHERE kind = 'person' AND lower(org) = lower(?) LIMIT 1", [name]
    ).fetchone()
    if spoken_for or not _a_person(db, person_id):
        return []
    return [int(i) for i, n in rows if fold(n) == key]


def _only_person_of(db: sqlite_utils.Database, key: str, person_id: int) -> bool:
    """Whether the person is the one person the store knows under this surname."""
    rows = db.execute(
        "SELECT DISTINCT s.id FROM speakers s JOIN speaker_aliases a ON a.speaker_id = s.id "
        "WHERE s.kind = 'person' AND a.alias = ?",
        [key],
    ).fetchall()
    return [r[0] for r in rows] == [person_id]


def _bare_orgs(db: sqlite_utils.Database, key: str) -> list[int]:
    """Organisations stored under exactly this one capitalised word and no other name,
    that no person speaks for."""
    found = []
    for org_id, org_name in db.execute(
        "SELECT id, name FROM speakers WHERE kind = 'org' AND lower(name) = ?", [key]
    ).fetchall():
        if fold(org_name) != key or not org_name[:1].isupper() or org_name.isupper():
            continue
        aliases = {
            r[0]
            for r in db.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", [org_id]
            ).fetchall()
        }
        spoken_for = db.execute(
            "SELECT 1 FROM speakers WHERE kind = 'person' AND lower(org) = ? LIMIT 1", [key]
        ).fetchone()
        if aliases <= {key} and spoken_for is None:
            found.append(int(org_id))
    return found


def _move_quotes(db: sqlite_utils.Database, org_id: int, person_id: int, name: str) -> int:
    ids = [
        r[0] for r in db.execute("SELECT id FROM quotes WHERE speaker_id = ?", [org_id]).fetchall()
    ]
    marks = ", ".join("?" for _ in ids)
    db.execute(
        "UPDATE quotes SET speaker_id = ?, speaker = ?, speaker_kind = 'person', "
        f"speaker_org = NULL WHERE id IN ({marks})",
        [person_id, name, *ids],
    )
    db.execute(
        "INSERT OR IGNORE INTO speaker_roles (speaker_id, title, org, mention) SELECT ?, "
        "COALESCE(speaker_title, ''), '', COALESCE(mention, '') "
        f"FROM quotes WHERE id IN ({marks})",
        [person_id, *ids],
    )
    db.execute(
        "UPDATE speakers SET first_seen = (SELECT min(first_seen) FROM speakers WHERE id "
        "IN (?, ?)) WHERE id = ?",
        [person_id, org_id, person_id],
    )
    db.execute("DELETE FROM speaker_roles WHERE speaker_id = ?", [org_id])
    db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", [org_id])
    db.execute("DELETE FROM speakers WHERE id = ?", [org_id])
    return len(ids)
