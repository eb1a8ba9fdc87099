"""A rank written before a name is the person's title, never part of an organisation's name
nor an organisation (common/ranks.py): repairs to the model's entities that take it so.

- "Elm Police Det Sgt Ann Roe", "Detective Inspector Ann Roe", "Elm Mayor Ann Roe" tagged
  as one organisation: the words before the rank are the organisation ("Elm Police"), the
  capitalised words after it the person ("Ann Roe"), the rank neither.
- "Detective Inspector" tagged an organisation right before a person's name: the rank is
  no organisation; the entity is dropped.

An organisation whose name merely holds a rank word ("Elm Police Federation", "Chief Fire
Officers Association", "Captain Roe Rum Company") is left alone: a name's words after the
rank are no organisation's words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from common.ranks import rank_end
from extract.people_words import ORG_WORDS

_MAX_NAME = 4  # the words of a name after a rank
_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP", "LOC"})


def _named_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the words start..end are a person's name: one to four capitalised words,
    none an organisation's word."""
    words = doc[start:end]
    return (
        0 < len(words) <= _MAX_NAME
        and all(t.text[:1].isupper() and t.is_alpha for t in words)
        and not any(t.lower_ in ORG_WORDS for t in words)
    )


def _rank_at(ent: Span) -> tuple[int, int] | None:
    """The token span of a rank inside an entity, a name after it: (start, end)."""
    doc = ent.doc
    for end in range(ent.end - 1, ent.start, -1):
        size = rank_end([t.text for t in doc[ent.start : end]])
        if size and _named_after(doc, end, ent.end):
            return end - size, end
    return None


def _split(ent: Span) -> list[Span] | None:
    """The organisation before a rank and the person after it, or None to keep the entity."""
    found = _rank_at(ent)
    if found is None or (ent.label_ == "PERSON" and found[0] == ent.start):
        return None  # "Det Sgt Ann Roe" as a person: the cast reads the rank as a title
    start, end = found
    parts = [Span(ent.doc, ent.start, start, label="ORG")] if start > ent.start else []
    return [*parts, Span(ent.doc, end, ent.end, label="PERSON")]


def _rank_alone(ent: Span) -> bool:
    """An entity that is a rank alone, a person's name right after it."""
    doc = ent.doc
    words = [t.text for t in ent]
    return (
        ent.label_ != "PERSON"
        and rank_end(words) == len(words)
        and ent.end < len(doc)
        and doc[ent.end].ent_type_ == "PERSON"
    )


def split_ranked_entities(doc: Doc) -> None:
    """Split the entities that hold a rank before a name, and drop a rank tagged alone (see
    the module's rules), in place."""
    kept: list[Span] = []
    changed = False
    for ent in doc.ents:
        parts = _split(ent) if ent.label_ in _LABELS else None
        if parts is not None:
            kept += parts
            changed = True
        elif ent.label_ in _LABELS and _rank_alone(ent):
            changed = True
        else:
            kept.append(ent)
    if changed:
        doc.set_ents(kept, default="outside")
