"""Organisations in questions: whether a phrase names one, and the people who speak for it.

- A phrase names an organisation when it holds a word organisations' names hold ("Elm
  Police", "the hospital trust") and no title word.
- An organisation's people: those whose organisation is the same, or a shorter or longer form
  of it in an article where the organisation is quoted too, or a one-word form of it in an
  article that names it in full; never those whose title says they speak for themselves
  ("Fox News host", "Daily Ledger columnist", "Harbour FC supporter": data
  ask/data/own_voices.json); and those an article states are its member or spokesperson
  (the stored affiliation facts, storage/affiliations.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ask.data_files import ask_data
from ask.lexicon import singular
from ask.org_forms import bare_name, body_suffixes
from ask.org_kinds import kind_named
from ask.titles import head_zone
from common.names import fold, is_title_word
from extract.described_names import described_name
from extract.people_words import ORG_NOUNS, ORG_WORDS
from storage.affiliations import stated_members
from storage.db import Store
from storage.org_names import org_names_by
from storage.speakers import (
    SpeakerRow,
    get_speaker,
    speakers_in_articles_naming,
    speakers_of_org,
    speakers_sharing_articles,
    speakers_with_org_like,
    speakers_with_owner_title,
    speakers_without_org,
)


def names_an_organisation(phrase: str) -> bool:
    """Whether a phrase names an organisation by a word organisations' names hold ("Elm
    Police", "the hospital trust"), with no title word ("the chief executive of Acme" is a
    person; "New York" no organisation)."""
    words = [fold(w) for w in phrase.split()]
    return not any(is_title_word(w) for w in words) and any(
        w in ORG_WORDS or w in ORG_NOUNS for w in words
    )


def _folded(name: str) -> list[str]:
    return [fold(name)]


def _described(store: Store, name: str) -> bool:
    """Whether an organisation's name is a place or name before a described body
    (`described_name`). A name the question lower-cased ("the orrin rescue trust") is read
    as the store holds it: the case is what tells "Orrin Rescue Trust" from "the Elm care
    board"."""
    if name != name.lower():
        return described_name(name)
    return any(described_name(n) for n in org_names_by(store.db, _folded).get(fold(name), []))


def org_members(store: Store, org_names: list[str]) -> list[SpeakerRow]:
    """People who speak for the organisations: their organisation is the same, or a shorter
    form of it ("city council" for "Ashgrove City Council") in an article where the
    organisation is quoted too."""
    if not org_names:
        return []
    db = store.db
    members = speakers_of_org(db, org_names)
    folded = [fold(o) for o in org_names]

    def shorter_or_longer(person: SpeakerRow) -> bool:
        org = fold(person.org or "")  # a shorter form names the kind: "city council"
        return len(org.split()) > 1 and any(
            f.endswith(" " + org) or org.endswith(" " + f) for f in folded
        )

    # a place before a described body is no short form of it ("Elm" of the Elm care board)
    plain = [fold(o) for o in org_names if not _described(store, o)]

    def one_word(person: SpeakerRow) -> bool:
        org = fold(person.org or title_owner(person.title))  # "Brightwater spokesman",
        # "Trust chief executive", "the guild's president"
        return len(org.split()) == 1 and any(
            len(f.split()) > 1 and (org == f.split()[0] or [singular(org)] == head_zone(f)[-1:])
            for f in plain
        )

    # Those whose organisation fits, then whether they share an article with it; a one-word
    # form of it must be in an article that names the organisation in full.
    everyone = speakers_with_org_like(db)
    candidates = [p for p in everyone if shorter_or_longer(p)]
    found = speakers_sharing_articles(db, org_names, candidates)
    # "chief executive of the housing association": for Calderbrook Homes, one by its name
    kinds = [p for p in everyone if kind_named(p.org or "", org_names)]
    found += speakers_in_articles_naming(db, org_names, kinds)
    owned = speakers_with_owner_title(db)  # "The guild's president, X": the guild named
    found += speakers_in_articles_naming(
        db, org_names, [p for p in everyone + owned if one_word(p)]
    )
    bodies = [f.split()[-1] for f in folded if f]  # "the inspectorate": its inspectors
    agents = [p for p in speakers_without_org(db) if _agent_of(p.title, bodies)]
    found += speakers_in_articles_naming(db, org_names, agents)
    stated = [get_speaker(db, i) for i in stated_members(store, org_names)]
    found += [p for p in stated if p is not None and p.kind == "person"]  # their stored tie
    for person in found:
        if person not in members:
            members.append(person)
    return [m for m in members if not speaks_for_self(m.title)]


def _agent_of(title: str | None, bodies: list[str]) -> bool:
    """Whether a title's head word names a member of a body its name is made from ("an
    inspector" of the inspectorate, "a director" of the directorate: the suffixes are data,
    ask/data/org_forms.json "body_suffixes")."""
    head = head_zone(title or "")[-1:]
    return bool(head) and any(head[0] + end in bodies for end in body_suffixes())


def owners_asked(store: Store, rows: list[SpeakerRow], phrase: str) -> list[SpeakerRow]:
    """The bodies a description asks for when the people it matched hold their post *of*
    it ("the developer": "Developer's managing director" of Lanyard Property Group): each
    such person's organisation, as the store knows it, and its other people; [] when a
    matched person's title is not owned by the asked word."""
    asked = fold(bare_name(phrase)).split()
    people = [r for r in rows if r.kind == "person"]
    if len(asked) != 1 or not people or len(people) != len(rows):
        return []
    if any(fold(title_owner(r.title)) != asked[0] or not r.org for r in people):
        return []
    orgs = sorted({r.org for r in people if r.org})
    bodies = [r for r in speakers_of_org(store.db, orgs) if r.kind == "org"]
    found = org_members(store, orgs)
    return [*bodies, *(m for m in found if m not in bodies)]


def title_owner(title: str | None) -> str:
    """The one word a title names its owner by, as a possessive ("Guild's president" ->
    "guild"); empty when it names none."""
    owner = re.match(r"^([^\W_]+)['\u2019]s\s", title or "")
    return owner.group(1) if owner else ""


@lru_cache(maxsize=2)
def _own_voice_heads(plural: bool = False) -> frozenset[str]:
    """Title head words of people who speak for themselves (ask/data/own_voices.json); a
    workforce speaks for itself as a group ("Cleaners"), while one of it may speak for the
    body ("Chief nurse"): its words count only when `plural`."""
    raw = ask_data("own_voices.json")
    groups = [
        g
        for key, g in raw.items()
        if key not in ("about", "rivals") and (plural or key != "workforce")
    ]
    return frozenset(w for group in groups for w in group)


@lru_cache(maxsize=1)
def _rivals() -> frozenset[str]:
    return frozenset(ask_data("own_voices.json")["rivals"])


def speaks_for_self(title: str | None) -> bool:
    """Whether a title's head word says its holder speaks for themselves, not for the
    organisation it names ("Fox News host", "Trump supporter", "Tinder user")."""
    words = re.findall(r"[^\W_]+", fold(title or ""))
    if _rivals() & set(words):  # "Opposition leader": a rival on the council, not its voice
        return True
    for i, word in enumerate(words[1:], 1):  # "manager of patients": a manager
        if word in ("of", "for", "at", "with"):
            words = words[:i]
            break
    if not words:
        return False
    head = singular(words[-1])
    return head in _own_voice_heads(plural=head != words[-1])


def org_answerers(store: Store, rows: list[SpeakerRow], phrase: str) -> list[SpeakerRow]:
    """The speakers answering for an organisation a question names, from those its words
    matched: an organisation named exactly is not a longer one holding its name
    ("Marrowdale Town" is not the Marrowdale Town Supporters' Trust), and an organisation
    found brings its people (its director quoted as "the Office for Rail's director" answers
    "what has the ORR said?")."""
    key = fold(bare_name(phrase))
    exact = any(fold(r.name if r.kind == "org" else r.org or "") == key for r in rows)
    if exact:
        rows = [r for r in rows if not _holds(r.name if r.kind == "org" else r.org or "", key)]
    if names_an_organisation(key):  # "the students' union"; a short name may be a bare word
        rows = [r for r in rows if _same_thing(r.name if r.kind == "org" else r.org or "", key)]
    orgs = [r.name for r in rows if r.kind == "org"]
    if not orgs:  # "Rossby Ferries" known only as its director's organisation
        orgs = sorted({r.org for r in rows if r.kind == "person" and r.org and fold(r.org) == key})
    return rows + [m for m in org_members(store, orgs) if m not in rows]


def _same_thing(name: str, key: str) -> bool:
    """Whether an organisation's name can be the kind asked for: each distinctive word asked
    for (not a word any organisation's name holds: union, council, trust) that the name holds
    must not there describe something else the question lacks ("the students' union" is not
    the National Union of Student Tenants; "Marsby University" is the University of Marsby;
    "the city council" is Ashgrove City Council)."""
    if not name:
        return True
    have = [singular(w) for w in re.findall(r"[^\W_]+", fold(name))]
    wanted = {singular(w) for w in re.findall(r"[^\W_]+", key)}
    generic = ORG_WORDS | ORG_NOUNS
    for i, word in enumerate(have[:-1]):
        if word not in wanted or word in generic:
            continue
        after = have[i + 1]
        if after not in _LINKS and after not in wanted and after not in generic:
            return False
    return True


_LINKS = frozenset({"of", "for", "and", "s"})  # "Union of Students", "Students' Union"


def _holds(name: str, key: str) -> bool:
    """Whether an organisation's name holds another's and is longer."""
    folded = fold(name)
    return folded != key and f" {key} " in f" {folded} "
