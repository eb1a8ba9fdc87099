"""A name followed by an age is a person's.

The small model often takes an unfamiliar personal name for an organisation's or a place's
("Lindiwe Mokoena, 38, has delivered on the same round for nine years": ORG). A name of two
words or more with no organisation's word, set off by commas around a number that can be an
age ("X, 38," / "X, 71, said"), is a person: organisations and places are not given ages.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.names import fold, looks_like_person_name
from extract.people_words import ORG_NOUNS, ORG_WORDS

_MAX_AGE = 120
_AFTER_AGE = {",", ";", ".", ")", "-", "\u2013"}  # "X, 38, said"; "X, 38." ; "(X, 38)"


def _aged(ent: Span) -> bool:
    """Whether an entity is set off by commas around an age right after it."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    age, after = doc[ent.end + 1], doc[ent.end + 2]
    return age.is_digit and 0 < int(age.text) <= _MAX_AGE and after.text in _AFTER_AGE


def _personal(ent: Span) -> bool:
    """Whether an entity is a personal name of two words or more."""
    if len(ent) < 2 or not all(t.is_alpha or "-" in t.text for t in ent):
        return False
    if any(fold(t.text) in ORG_WORDS or fold(t.text) in ORG_NOUNS for t in ent):
        return False
    return looks_like_person_name(ent.text)


def aged_people(doc: Doc) -> None:
    """Relabel as people the entities that are names followed by an age, in place."""
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ != "PERSON" and _aged(ent) and _personal(ent):
            ents[i] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents(ents, default="outside")
