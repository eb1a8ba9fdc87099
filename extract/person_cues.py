"""A name the story gives an age, or sets beside a noun for a person, is a person's.

The small model often takes an unfamiliar personal name for an organisation's or a place's
("Lindiwe Mokoena, 38, has delivered on the same round for nine years": ORG; "Another parent,
Ama Owusu-Bright, said": ORG). A name of two words or more with no organisation's word is a
person when
- it is set off by commas around a number that can be an age ("X, 38," / "X, 71, said"):
  organisations and places are not given ages;
- it stands in apposition to a noun for a person ("Another parent, X,", "the headteacher,
  X,", "X, a retired fisherman,"): a parent is no organisation; or to a noun for a relation
  bodies have too, after a person's possessive ("Her neighbour, X,").
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from extract.names import TITLE_WORDS, fold, looks_like_person_name
from extract.people_words import (
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
)
from extract.person_nouns import described_people

_MAX_AGE = 120
_AFTER_AGE = {",", ";", ".", ")", "-", "\u2013"}  # "X, 38, said"; "X, 38." ; "(X, 38)"


def _aged(ent: Span) -> bool:
    """Whether an entity is set off by commas around an age right after it."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    age, after = doc[ent.end + 1], doc[ent.end + 2]
    return age.is_digit and 0 < int(age.text) <= _MAX_AGE and after.text in _AFTER_AGE


def _beside_a_person_noun(ent: Span) -> bool:
    """Whether an entity stands in apposition to a noun for a person, either way round
    ("Another parent, X," / "X, a retired fisherman,")."""
    head = ent.root
    nouns = [head.head] if head.dep_ == "appos" else []
    nouns += [c for c in head.children if c.dep_ == "appos"]
    return any(n.pos_ == "NOUN" and (_person_noun(fold(n.lemma_)) or _a_persons(n)) for n in nouns)


def _a_persons(noun: Token) -> bool:
    """Whether a noun for a relation that bodies have too is a person's here: a person's
    possessive before it ("Her neighbour, X,"; a body's is "its neighbour")."""
    return fold(noun.lemma_) in _personal_relations() and any(
        c.dep_ == "poss" and c.lower_ in _PERSONAL_POSSESSIVES for c in noun.children
    )


_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my"})


@lru_cache(maxsize=1)
def _body_kinds() -> dict[str, Any]:
    """extract/data/body_kinds.json, read once."""
    return json.loads(
        resources.files("extract").joinpath("data/body_kinds.json").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _personal_relations() -> frozenset[str]:
    """body_kinds.json "personal_relations": nouns a person's possessive makes a person's."""
    return frozenset(_body_kinds().get("personal_relations", []))


def _person_noun(noun: str) -> bool:
    """Whether a noun is one for a person only (not "landlord" or "owner", which bodies are
    too: extract/data/body_kinds.json)."""
    return noun in _people_only()


@lru_cache(maxsize=1)
def _people_only() -> frozenset[str]:
    """The nouns for people of the word lists, less those bodies are too (built once)."""
    people = described_people()
    every = people["m"] | people["f"] | people[""] | PERSON_NOUNS | ROLE_WORDS | TITLE_WORDS
    return frozenset(every) - bodies_too()


@lru_cache(maxsize=1)
def bodies_too() -> frozenset[str]:
    """Nouns for people that bodies are just as often ("landlord", "buyer", "sponsor")."""
    raw = _body_kinds()
    return frozenset(raw["kinds"]) | frozenset(raw["also_bodies"])


def _personal(ent: Span) -> bool:
    """Whether an entity is a personal name of two words or more."""
    if len(ent) < 2 or not all(t.is_alpha or "-" in t.text for t in ent):
        return False
    if any(fold(t.text) in ORG_WORDS or fold(t.text) in ORG_NOUNS for t in ent):
        return False
    return looks_like_person_name(ent.text)


def _with_given_name(ent: Span) -> Span:
    """An entity with the capitalised name word the recogniser left out before it, hung on
    it as a compound ("Seonag" of "Seonag NicDhòmhnaill", tagged ORG alone)."""
    start = ent.start
    while start > max(0, ent.start - 2):
        word = ent.doc[start - 1]
        if not (word.tag_ == "NNP" and word.dep_ == "compound" and not word.ent_type_):
            break
        if not (word.is_alpha and word.is_title) or word.head.i not in range(ent.start, ent.end):
            break
        if fold(word.text) in TITLE_WORDS:  # "Dr", "Cllr": no name
            break
        start -= 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def cued_people(doc: Doc) -> None:
    """Relabel as people the entities that are names given an age or set beside a noun for
    a person, in place (with a given name the recogniser left out before one)."""
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ == "PERSON" or not (_aged(ent) or _beside_a_person_noun(ent)):
            continue
        name = _with_given_name(ent)
        if _personal(name):
            ents[i] = Span(doc, name.start, name.end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents(ents, default="outside")
