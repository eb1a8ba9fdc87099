"""Organisations asked for by their kind, as the stories call them: "the airline", "the
fire service", "the sport's governing body", "the drivers' union".

An organisation is of a kind when
- a story says so of it: in apposition ("Aurelia Air, the largest airline at Eastwold,"; "the
  budget airline Aurelia Air"),
  by a copula ("Tarn Air is the island's only airline"), or by "the <kind>" written after
  it, of the nearest organisation before that can be of the kind ("The airline said");
- its name's head gives the kind (data ask/data/org_kinds.json "name_heads": "Dunmore
  Airways" is an airline), or the name holds the kind's words with its head last ("Elm
  University Health Board" is the health board); a general noun ("the governing body",
  "the landlord": "hypernyms") is read only where a story uses it of the organisation;
- for a members' kind ("the drivers' union"), it is of the kind and a story ties those
  members to it: "drivers ... their union", "the union, which represents drivers", or its
  name holds them ("the Bus Drivers' Union").
A possessive of one ("the sport's governing body") narrows nothing and is left off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from ask.described_orgs import is_description
from ask.lexicon import singular
from ask.org_forms import bare_name, same_word
from common.names import fold
from extract.org_kinds import org_kinds
from extract.people_words import GENERIC_ORG_FAMILIES, ORG_NOUNS, ORG_WORDS
from storage.db import Store
from storage.org_kinds import articles_using, org_mentions
from storage.org_names import known_org_names
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+(?:'s|')?")
# "X, the largest airline at Y,", "X, Britain's oldest airline,": a determiner or a possessive
_LEAD = r"(?:the|a|an|one of the|its|[^\s,.;:()]+'s?)\s+(?:[^\s,.;:()]+\s+){0,5}?"
# "the airline", "the health regulator", "its main budget airline": one body of the kind
_DETERMINED = r"\b(?:the|its|their)\s+(?:[a-z-]+\s+)?$"
_COPULA = r"\s+(?:is|was|has been|remains|became|,\s+which is)\s+"


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("ask").joinpath("data/org_kinds.json").read_text("utf-8")
    return dict(json.loads(text))


def kind_data() -> dict[str, Any]:
    """The kinds' word lists (data/org_kinds.json)."""
    return _raw()


def _name_words(name: str) -> list[str]:
    """A name's folded words, possessive marks left off, cut before an "of" or a "for"
    ("Union of Bus Drivers" is a union, "Department for Business and Trade" a department)."""
    words = [re.sub(r"'s?$", "", w) for w in _WORD.findall(fold(name))]
    cut = [i for i, w in enumerate(words) if i and w in ("of", "for")]
    return words[: cut[0]] if cut else words


def kind_words(phrase: str) -> tuple[list[str], list[str]]:
    """A question's kind (its words, head last; a plural head singular: "the bus companies"
    asks for each bus company) and the members it names by a plural possessive: "the
    sport's governing body" -> (["governing", "body"], []), "the drivers' union" ->
    (["union"], ["driver"]). Empty when the phrase names no kind of body."""
    words = _WORD.findall(fold(bare_name(phrase)))
    owned = [w for w in words if not w.endswith("'s")]  # "industry's": it narrows nothing
    if not words or len(owned) > 4:
        return [], []
    head = words[-1]
    kinds = _raw()["name_heads"]
    known = ORG_NOUNS | ORG_WORDS | set(_raw()["hypernyms"]) | {k.split()[-1] for k in kinds}
    if head not in known and singular(head) in known:
        head = singular(head)  # "the bus companies": each body of the kind
    if head not in known or any(w.isdigit() for w in words):
        return [], []
    members = [singular(w[:-1]) for w in words[:-1] if w.endswith("'")]
    kind = [w for w in words[:-1] if not w.endswith("'") and not w.endswith("'s")] + [head]
    return kind, members


def _ends_with(words: list[str], tail: str) -> bool:
    want = tail.split()
    return len(words) >= len(want) and words[-len(want) :] == want


def name_kinds(name: str) -> set[str]:
    """The listed kinds a name's head gives ("Dunmore Airways" -> {"airline"})."""
    words = _name_words(name)
    return {
        kind
        for kind, heads in _raw()["name_heads"].items()
        if any(_ends_with(words, h) for h in heads)
    }


def named_as(name: str, kind: list[str], *, general: bool = False) -> bool:
    """Whether an organisation's name gives it the kind: a listed kind its head gives, or
    the kind's head as the name's last word (or, when `general`, one the general noun
    covers) with the kind's other words among the name's in order."""
    words = _name_words(name)
    if not words:
        return False
    phrase = " ".join(kind)
    if phrase in _raw()["name_heads"]:
        return phrase in name_kinds(name)
    heads = [kind[-1]] + (list(_raw()["hypernyms"].get(kind[-1], [])) if general else [])
    if not any(_ends_with(words, h) or singular(words[-1]) == h for h in heads):
        return False
    rest = iter(words[:-1])
    return all(any(same_word(w, h) for h in rest) for w in kind[:-1])


def _can_be(name: str, kind: list[str]) -> bool:
    """Whether a story's "the <kind>" can mean an organisation so named: its name gives
    no listed kind and a kind word of its name is one the kind's head allows ("the firm"
    for Elm Holdings: extract/org_kinds.py)."""
    allowed = GENERIC_ORG_FAMILIES.get(kind[-1], frozenset())
    return not name_kinds(name) and bool(org_kinds(name) & allowed)


def _referents(
    text: str, orgs: list[str], kind: list[str], known: frozenset[str] = frozenset()
) -> set[str]:
    """The organisations an article's text (folded) calls by the kind (a brand's name that
    gives no kind, only among the `known` speakers' organisations: a dateline's place
    taken for an organisation is none)."""
    spans = {o: [m.span() for m in re.finditer(rf"\b{re.escape(fold(o))}\b", text)] for o in orgs}
    named = {o: found for o, found in spans.items() if found}
    inside = [span for found in named.values() for span in found]
    listed = " ".join(kind) in _raw()["name_heads"]
    fits = [o for o in named if named_as(o, kind, general=True)]
    if not fits and len(kind) > 1:  # "the ski centre" for Cairnbeg Snowsports Centre: the
        fits = [o for o in named if named_as(o, kind[-1:], general=True)]  # story says which
    if not fits and not listed:  # a kind no name gives: any the kind's head allows
        fits = [o for o in named if _can_be(o, kind)]
    brands = not fits and not listed and kind[-1] not in _raw()["hypernyms"]
    if brands:  # a brand's name gives no kind: "the bakery chain" for Hollowmead Bakeries,
        fits = [o for o in named if fold(o) in known and not name_kinds(o) and not org_kinds(o)]
    headline = text.find("\n")
    found: set[str] = set()
    kind_re = r"\s+".join(re.escape(w) for w in kind)
    for hit in re.finditer(rf"\b{kind_re}\b", text):
        if any(a <= hit.start() < b for a, b in inside):
            continue  # "Eastwold Airport" is no mention of "the airport"
        before = text[max(0, hit.start() - 160) : hit.start()]
        owner = text[hit.end() : hit.end() + 2] in ("'s", "' ")  # "X, the union's organiser"
        after = text[hit.end() : hit.end() + 120]
        told = (
            []
            if owner
            else [
                o
                for o in named
                if re.search(rf"\b{re.escape(fold(o))}(?:,\s+|{_COPULA}){_LEAD}$", before)
                or re.search(rf"\b{re.escape(fold(o))}\s+$", before)  # "X running club"
                or re.match(rf",?\s+(?:the\s+)?{re.escape(fold(o))}\b", after)
            ]
        )
        if told:  # "X, the largest airline at Y,", "X is the UK's largest airline", "the
            # older people's charity the Later Years Trust"
            found.update(told)
            continue
        if not re.search(_DETERMINED, text[max(0, hit.start() - 40) : hit.start()]) and not (
            hit.start() < headline  # "Orchestra cancels tour": a headline's is the story's
        ):
            continue  # "an airline threatens": no one airline ("the health regulator": one)
        # "The airline said": the nearest of the kind named in a sentence before (in its
        # own sentence a named body is "it": "Elm Ltd will help the fire service")
        start = _sentence_start(text, hit.start())
        earlier = [
            (max(b for _, b in named[o] if b <= start), o)
            for o in fits
            if any(b <= start for _, b in named[o])
        ]
        if earlier:
            found.add(max(earlier)[1])
        elif (
            heading := [o for o in fits if not brands or _shares_kind(o, kind)]
        ) and (  # a brand only when its name says the kind ("Hollowmead Bakeries")
            hit.start() < headline
            and not any(a < hit.start() for o in heading for a, _ in named[o])
        ):
            found.add(min((min(named[o]), o) for o in heading)[1])  # a headline: the story's
    return found


def _shares_kind(name: str, kind: list[str]) -> bool:
    """Whether a name holds a word of the kind, in any number ("Bakeries" for "bakery chain")."""
    return any(singular(w) in kind or w in kind for w in _name_words(name))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding a position starts."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"'\u201d]?\s+|\n", text[:at])]
    return ends[-1] if ends else 0


def _tied(text: str, org: str, members: list[str], head: str) -> bool:
    """Whether an article ties the members to the organisation: a sentence naming them (in
    any inflection) with its name ("Lecturers at Elm College voted to strike, the Staff
    Union said"), "their <head>", "represents", "members" ("Drivers at Elm Buses voted to
    strike, their union said"), or the name holding them."""
    if all(any(same_word(m, w) for w in _name_words(org)) for m in members):
        return True
    ties = set(_raw()["member_ties"])
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        words = _WORD.findall(sentence)
        if not all(any(same_word(m, singular(w.rstrip("'"))) for w in words) for m in members):
            continue
        said = [w for w in words if w in ties]
        if fold(org) in sentence or (said and (head in words or "members" in said)):
            return True
    return False


def kind_orgs(rows: Sequence[SpeakerRow], phrase: str, asked: list[str]) -> list[str]:
    """The organisations of the people found for a question that asks by a kind ("the
    union") whose names give them that kind, when the question asks for organisations at
    all (`asked`): each union found is "the union", not only the one named first."""
    kind, _members = kind_words(phrase)
    if not kind or not asked:
        return []
    orgs = dict.fromkeys(r.org for r in rows if r.org and r.org not in asked)
    return [o for o in orgs if o and named_as(o, kind)]


def kind_named(description: str, orgs: list[str]) -> bool:
    """Whether a lower-case description is the kind one of the organisations' names gives
    ("the housing association" for Calderbrook Homes); a members' body ("the students'
    union") is a body of its own, no other union's kind."""
    if not is_description(description):
        return False
    kind, members = kind_words(description)
    return bool(kind) and not members and any(named_as(o, kind) for o in orgs)


def after_owner(phrase: str) -> str | None:
    """The kind a phrase asks for after its owner ("the quarrying industry's trade body" ->
    "trade body"), None when no owner's possessive stands before its last word."""
    words = phrase.split()
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "\u2019s"))), default=-1)
    return " ".join(words[owner + 1 :]) if owner >= 0 else None


def orgs_of_kind(store: Store, phrase: str) -> list[str]:
    """The organisations the store knows that a question asks for by their kind ("the
    airline", "the drivers' union"): those the stories call so, or whose names give it."""
    kind, members = kind_words(phrase)
    if not kind:
        return []
    orgs = [o for o in known_org_names(store.db) if len(o) > 2 and any(c.isupper() for c in o)]
    general = kind[-1] in _raw()["hypernyms"] and " ".join(kind) not in _raw()["name_heads"]
    found: dict[str, None] = {}
    if not general:
        found.update(dict.fromkeys(o for o in orgs if named_as(o, kind)))
    for article_id, text in articles_using(store, " ".join(kind)):
        known = {fold(o) for o in orgs}
        mentioned = list(
            dict.fromkeys(
                _known_form(bare_name(o), known)
                for o in org_mentions(store, article_id)
                if o[:1].isupper()
            )
        )
        mentioned = [o for o in mentioned if fold(o) not in known]
        present = [o for o in orgs + mentioned if fold(o) in text]
        for org in sorted(_referents(text, present, kind, frozenset(known))):
            if not members or _tied(text, org, members, kind[-1]):
                found[org] = None
    if members:  # those named so, tied to the members where a story names them
        found = {o: None for o in found if _tied_anywhere(store, o, members, kind[-1])}
    return list(found)


def _known_form(mention: str, known: set[str]) -> str:
    """A mention of a known organisation with its kind after it ("Hallbridge Harriers
    running club"): the organisation's name; else the mention as it is."""
    words = mention.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
        if fold(" ".join(words)) in known:
            return " ".join(words)
    return mention


def _tied_anywhere(store: Store, org: str, members: list[str], head: str) -> bool:
    """Whether a story naming the organisation ties the members to it."""
    return any(_tied(text, org, members, head) for _, text in articles_using(store, org))
