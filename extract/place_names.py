"""A place the recogniser read as a person: "A liveaboard boater moored near Sandpit Lock, a
retired nurse, said ..." gave a body, then a person, called Sandpit Lock, with her title and
her words.

Rule: a PERSON or ORG name of two words that ends in a place noun (data/antecedents.json
"place_nouns": "Lock", "Wharf", "Lane") and is the object of a place preposition ("near",
"at", "from"), whose first word is no given name the name data knows, is a place (FAC).
"Damon Hill" and "Nicola Green" keep their given names; "at Sandpit Lock" does not, nor "on
Tanner Street" (a place noun no one's surname is: "street_nouns"), whatever its first word; a longer
name is a body's as often ("at Harrowfield Wildlife Park"). A name a settlement noun gives
("the village of Hollins Cross") is a place whatever its length, and so is a saint's name in
the possessive ("the Rev Olusegun Adeyinka, vicar of St Michael's": a church; no person
called Michael for "he said" after it).
"""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Doc, Span

from extract.names import is_given_name
from extract.place_objects import PLACE_PREPOSITIONS
from extract.possessive_names import POSSESSIVE_MARKS

_RAW = json.loads(resources.files("extract").joinpath("data/antecedents.json").read_text("utf-8"))
PLACE_NOUNS: frozenset[str] = frozenset(_RAW["place_nouns"])
SETTLEMENT_NOUNS: frozenset[str] = frozenset(_RAW["settlement_nouns"])
SAINT_WORDS: frozenset[str] = frozenset(_RAW["saint_words"])
STREET_NOUNS: frozenset[str] = frozenset(_RAW["street_nouns"])


def places_not_people(doc: Doc) -> None:
    """Relabel as places the persons the module's rule finds, in place."""
    ents = list(doc.ents)
    changed = [_place(e) for e in ents]
    if changed != ents:
        doc.set_ents(changed, default="outside")


def _place(ent: Span) -> Span:
    if ent.label_ == "PERSON" and _saint_named(ent):
        return Span(ent.doc, ent.start, ent.end, label="FAC")
    if ent.label_ not in ("PERSON", "ORG") or not is_place_name(ent):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="FAC")


def is_place_name(span: Span) -> bool:
    """Whether a name is a place by the module's rule (whatever its label)."""
    if _settlement_named(span):  # "from the village of Hollins Cross"
        return True
    if len(span) != 2 or span[-1].lower_ not in PLACE_NOUNS:
        return False
    if is_given_name(span[0].text) and span[-1].lower_ not in STREET_NOUNS:
        return False  # "Damon Hill"; but "Tanner Street": no one's surname is Street
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS


def _saint_named(span: Span) -> bool:
    """Whether a name is a saint's in the possessive: "St Michael's", "Saint Anne's" (the
    "'s" inside the name or just after it)."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return (
        len(span) >= 2
        and span[0].text in SAINT_WORDS
        and (span[-1].lower_ in POSSESSIVE_MARKS or after in POSSESSIVE_MARKS)
    )


def _settlement_named(span: Span) -> bool:
    """Whether a name is the one a settlement noun gives itself: "the village of Hollins
    Cross", "the town of Elm" (of any length: no person is a village's name)."""
    head = span.root
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.i != span.start - 1:
        return False
    noun = of.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in SETTLEMENT_NOUNS
