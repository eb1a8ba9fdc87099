"""How an unnamed or described source is described: the words of its description that tell
which one is meant ("a poll [conducted last week]", "the family [of Elif Demir]", "the
[lorry's] driver"), kept so that questions by description find it (ask/described.py).
Word lists are data (extract/data/descriptions.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from extract.names import fold
from extract.people_words import ORG_NOUNS

# The most words a participle phrase adds to a source's description ("released Thursday").
_MAX_DESCRIPTION = 10


@lru_cache(maxsize=1)
def descriptions_data() -> dict[str, Any]:
    """extract/data/descriptions.json, read once."""
    text = resources.files("extract").joinpath("data/descriptions.json").read_text("utf-8")
    return dict(json.loads(text))


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns for a person's family or close ones ("family", "relatives", "friends")."""
    return frozenset(fold(w) for w in descriptions_data()["kin"])


@lru_cache(maxsize=1)
def territory_nouns() -> frozenset[str]:
    """Common nouns for a place ("county", "nation"): their possessive before a title says
    where the office is, not which one of many it is."""
    return frozenset(fold(w) for w in descriptions_data()["territories"])


def described_by(subject: Token) -> int:
    """Where a common-noun source's description ends: with the participle or adjective phrase
    right after its head that tells which one ("a poll [conducted last week]", "the report
    [published Tuesday]", "a person [familiar with the talks]"), or the person a relative is
    one of ("the family [of Elif Demir]"); at the head otherwise, and when the phrase is long
    or quotes someone."""
    for child in subject.children:
        if (
            child.i == subject.i + 1
            and (
                (child.dep_ == "acl" and child.tag_ in ("VBN", "VBG"))
                or (child.dep_ == "amod" and child.pos_ == "ADJ")
            )
            and child.right_edge.i - subject.i <= _MAX_DESCRIPTION
            and not any(t.is_quote or t.is_space for t in child.subtree)
        ):
            return child.right_edge.i
    related = _related_person(subject)
    return related if related is not None else subject.i


def _related_person(subject: Token) -> int | None:
    """The end of "of <name>" right after a kin noun ("the family of Elif Demir"): the name
    a proper noun phrase, nothing quoted."""
    if fold(subject.lemma_) not in kin_nouns() and fold(subject.text) not in kin_nouns():
        return None
    prep = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if prep is None or prep.lower_ != "of" or prep.head.i != subject.i:
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN":
        return None
    words = list(name.subtree)
    if any(t.is_quote or t.is_space for t in words) or len(words) > 5:
        return None
    return words[-1].i


def descriptive_owner(owner: Token) -> bool:
    """Whether a possessor before a role noun describes which one is meant ("the lorry's
    driver", "the victim's mother"): a lower-case common noun that names no organisation, no
    place and no one by name (the caller has found no organisation for it)."""
    return (
        owner.pos_ in ("NOUN", "PROPN")  # "van" may be tagged a proper noun
        and owner.text[:1].islower()
        and owner.ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "FAC")
        and fold(owner.lemma_) not in ORG_NOUNS
        and fold(owner.lemma_) not in territory_nouns()
    )


def kin_group(description: str | None) -> bool:
    """Whether a source's description is a family or other kin ("the family of Elif
    Demir", "her relatives"): its head, the last word before any "of", a kin noun."""
    words = fold(description or "").split()
    head = words[: words.index("of")] if "of" in words else words
    return bool(head) and head[-1] in kin_nouns()
