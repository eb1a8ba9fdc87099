"""An organisation's people speak for it while they belong to it: a person's organisation
is a fact about the person, dated by the articles that give it.

- A quote whose article names the speaker's organisation beside them ("X, the chief
  executive of Acme, said") is that organisation's; one the article only implies ("the
  company's director", taken for the union the story last quoted) is no evidence.
- A quote whose article names none ("Voss said", in a story after the one that introduced
  her as Pellinore's spokeswoman) is the organisation's that the latest article before it
  named (else the first after it); a person no article affiliates keeps every quote.
- Asked about an organisation, its people's quotes given for another organisation are left
  out: a firm's chief executive who became the chair of its customers' group no longer
  speaks for the firm, and what he said for the firm is not the group's.
- A person the articles tie to the organisation only by implication ("Its operations
  director, X" after another organisation was named) is not its voice: co-occurrence never
  admits.
- A quote whose article has the organisation end its tie with the speaker ("Elm Rovers have
  sacked head coach X": the cast gives them the former title) is not the organisation's.
- Asked by another form of its name (ask/org_forms.py), an organisation brings itself and
  its people under that form (`with_forms`).
- Asked by the very name its people's affiliation gives ("what has Mirelland said?", with
  "Mirelland's defence minister" quoted), a country, government or body brings those people
  (`affiliated_people`), whatever else the name found: the government's statement, or a
  speaker the cast wrongly took for a person ("Dalmark said").
"""

from __future__ import annotations

import re

from ask.described_orgs import is_description, named_for
from ask.kin import not_kin
from ask.lexicon import singular
from ask.org_forms import bare_name, same_org_named
from ask.org_kinds import kind_named
from ask.organisations import org_members, speaks_for_self
from ask.people import SpeakerMatch, find_speakers
from ask.titles import past_markers
from common.names import fold, is_title_word, name_variants
from extract.affiliation_facts import former_elsewhere, impersonal
from extract.names import is_given_name
from records.quotes import QuoteRow
from storage.affiliations import affiliations_of, implied_only, stated_members
from storage.db import Store
from storage.speakers import SpeakerRow, get_speaker, speakers_of_org

Dated = list[tuple[str, str, int]]  # (date, organisation, article id), oldest first

_WORD = re.compile(r"[^\W_]+")


def org_then(row: QuoteRow, dated: Dated) -> str | None:
    """The organisation a quote's speaker spoke for: the one its article names beside them
    (for a description of it, "the housing association", the named one it describes:
    ask/described_orgs.py), else the one the latest article before it named, else the first
    after it; None when no article named one."""
    if not dated:
        return None
    here = [org for _, org, article in dated if article == row.article_id]
    when = row.published or row.ingested_at or ""
    if here:  # "the housing association's chief executive": the named one it describes
        named = named_for(here[0], when, dated) if is_description(here[0]) else None
        return named or here[0]
    before = [org for date, org, _ in dated if date <= when]
    return before[-1] if before else dated[0][1]


def org_asked(store: Store, rows: list[SpeakerRow], phrase: str) -> list[str]:
    """The organisation a question names when it is known only as its people's ("what did
    Rossby Ferries say?" with only its director quoted): the phrase, when it names an
    organisation one of the people spoke for, now or before; else none (a title: "the
    mayor")."""
    bare = bare_name(phrase)
    people = [r for r in rows if r.kind == "person"]
    orgs = {r.org for r in people if r.org}
    orgs |= {
        o for dated in affiliations_of(store, [r.id for r in people]).values() for _, o, _ in dated
    }
    return [bare] if any(same_org_named(o, [bare]) for o in orgs) else []


def members_asked(rows: list[SpeakerRow], phrase: str) -> set[int]:
    """The people found for an organisation's question who are not named by it: its
    members ("what did Pellinore say?" finds its spokeswoman; "what did Voss say?" names
    her), nor asked for by their own title ("what did the farmer say?" asks for the farmer
    in his own right, whatever farm or union the question also finds)."""
    asked = set(_WORD.findall(fold(phrase)))
    head = [singular(w) for w in _WORD.findall(fold(phrase))][-1:]
    return {
        r.id
        for r in rows
        if r.kind == "person"
        and not any(asked & set(_WORD.findall(v)) for v in name_variants(r.name))
        and not (head and [singular(w) for w in _WORD.findall(fold(r.title or ""))][-1:] == head)
    }


def while_members(
    store: Store, rows: list[QuoteRow], members: set[int], orgs: list[str]
) -> list[QuoteRow]:
    """The quotes without those the organisations' people gave for another organisation
    (`org_then`); the others' quotes and those of people no article affiliates stay."""
    ids = sorted({r.speaker_id for r in rows if r.speaker_id in members})
    if not ids or not orgs:
        return rows
    dated = affiliations_of(store, [i for i in ids if i is not None])
    implied = implied_only(store, [i for i in ids if i is not None])
    kept = []
    for row in rows:
        if row.speaker_id in members:
            org = org_then(row, dated.get(row.speaker_id or 0, []))
            if org is not None and not same_org_named(org, orgs) and not kind_named(org, orgs):
                continue
            guessed = [o for _, o, _ in implied.get(row.speaker_id or 0, [])]
            if org is None and any(same_org_named(o, orgs) for o in guessed):
                continue  # "its director, X" only: co-occurrence never makes its voice
            if _former(row.speaker_title, row.speaker_org) and same_org_named(
                row.speaker_org or "", orgs
            ):
                continue  # "Elm Rovers have sacked head coach X": no longer its voice
        kept.append(row)
    return kept


def _holds_title(title: str | None) -> bool:
    """Whether a title holds a title word ("Defense Secretary": a person's; "Developer", a
    body's kind, holds none)."""
    return any(is_title_word(fold(w)) for w in _WORD.findall(title or ""))


def full_personal_name(name: str) -> bool:
    """Whether a speaker's name is a person's full name: two words or more, the first a
    given name the name data knows ("Nadia Voss"; not "Dalmark" or "Judicial Watch")."""
    parts = name.split()
    return len(parts) >= 2 and is_given_name(parts[0])


def _former(title: str | None, org: str | None) -> bool:
    """Whether a quote's title is one its speaker no longer holds at their organisation
    ("Former head coach"; not "Former Elm Town manager", a past post at another body)."""
    past = bool(set(_WORD.findall(fold(title or ""))) & past_markers())
    return past and not (org and former_elsewhere(title, org))


def with_forms(store: Store, found: SpeakerMatch, forms: list[str]) -> SpeakerMatch:
    """The speakers found for a phrase, with those of the organisations it is another form
    of (each organisation itself by its name, not by the words it shares with another's,
    and its people)."""
    rows: list[SpeakerRow] = list(found.rows)
    for form in forms:
        rows += [r for r in find_speakers(store, form, loose=False).rows if r not in rows]
        rows += [r for r in org_members(store, [form]) if r not in rows]
    return SpeakerMatch(rows, "name", True) if rows else found


def affiliated_people(store: Store, found: SpeakerMatch, phrase: str) -> SpeakerMatch:
    """The speakers found for a phrase, with the people whose organisation is exactly the
    phrase ("Mirelland" for Mirelland's defence minister; never another country's), unless
    the phrase is the name of a person with a title or an organisation of their own, or a
    person's full name (a given name and a surname: "Nadia Voss's campaign manager, X" is
    Voss's staff, who speak for themselves, not her words)."""
    bare = bare_name(phrase).strip()
    if not bare:
        return found
    key = fold(bare)
    bodies = {fold(r.name) for r in found.rows if r.kind == "org"}
    named = [  # (a body's name filed as a person too, "the developer Acme Land", is the body)
        r
        for r in found.rows
        if r.kind == "person"
        and key in name_variants(r.name)
        and fold(r.name) not in bodies
        and (r.org or not impersonal(r.name) or _holds_title(r.title))
    ]
    if any(r.title or r.org or full_personal_name(r.name) for r in named):
        return found  # "what has Voss said?", "what did Nadia Voss say?": Voss, not her staff
    # those an article states speak for it, when no person is named so ("what did Ash
    # Carter say?" is not his press secretary's)
    stated = [] if named else [get_speaker(store.db, i) for i in stated_members(store, [bare])]
    people = [
        r
        for r in [*speakers_of_org(store.db, [bare]), *(p for p in stated if p is not None)]
        if r.kind == "person" and r not in found.rows and not speaks_for_self(r.title)
    ]
    # "Mrs A's husband" is not Mrs A's voice (nor is he, speaking later as the family's)
    people = not_kin(store, list({r.id: r for r in people}.values()), [bare])
    if not people:
        return found
    return SpeakerMatch([*found.rows, *people], "org", True)
