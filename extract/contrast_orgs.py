"""An organisation described against another: "the rival brewer", "the other company".

"Ormsby's Brewery has rejected an offer from Kestrel Ales, the rival brewer said": the noun
alone ("the brewer said") would be the brewery the sentence is about; a contrast word before
it (data/definite_descriptions.json "contrast_words": "rival", "other") makes it the other
one. Rule: a contrasted organisation noun is the one organisation, other than the one the
noun alone would be (or, when that is no one, than the subjects of its sentence), that the
article named in the noun's sentence or the one before; with none or several such, nobody
named. A name after a preposition of place ("in Wendleby") is
a place, not a rival.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.description_refs import contrast_words
from extract.names import fold
from extract.resolution import Resolver

_LOOK_BACK = 1  # sentences before the noun's own
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "around"})


def contrasted(subject: Token) -> bool:
    """Whether a noun carries a contrast word ("the rival brewer")."""
    return any(fold(c.text) in contrast_words() for c in subject.children if c.i < subject.i)


def other_org(cast: Resolver, subject: Token, plain: int | None) -> int | None:
    """The organisation a contrasted noun refers to (the module's rule), or None."""
    here = cast.index.sentence_number(subject.i)
    others: set[int] = set()
    subjects: set[int] = set()  # what its sentence is about, when the noun alone is no one
    for mention in cast.mentions:
        token = cast.index.token_at(mention.start)
        if token is None or mention.entry == plain or cast.entries[mention.entry].kind != "org":
            continue
        if here - _LOOK_BACK <= cast.index.sentence_number(token.i) <= here:
            if token.ent_type_ not in ("GPE", "LOC", "FAC") and not _placed(token):
                others.add(mention.entry)
            if mention.subject and cast.index.sentence_number(token.i) == here:
                subjects.add(mention.entry)
    if plain is None and len(others - subjects) == 1:
        return (others - subjects).pop()
    return others.pop() if len(others) == 1 else None


def _placed(token: Token) -> bool:
    """A name set after a preposition of place ("brewing in Wendleby"): a place, whatever
    label the recogniser gave it."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS
