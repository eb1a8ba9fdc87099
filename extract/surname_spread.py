"""A person's surname alone is that person's name wherever the article writes it.

The small model reads a surname by its context: after "Ray Pengelly, who has delivered milk
...", it reads "Pengelly said" as a name and "Pengelly plans to spend his retirement fishing"
as an adverb, and the quotes that follow are nobody's.

Rule: a capitalised word outside any name that is the last word of a person's name of two
words or more the recogniser read in the article is a person's name (PERSON) there, when the
article never writes it in lower case nor ends an organisation's or a place's name with it
("Pengelly Road"), and it stands alone: no capitalised word joins it before or after (a
longer name of its own, "Pengelly Road") and it modifies no noun ("the Pengelly family" is a
family). A surname alone that the recogniser read as a work or a product ("Fonseca" as a
WORK_OF_ART) is the person's name too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.names import fold
from extract.people_words import COURTESY_TITLES

_OTHER_NAMES = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})  # "Pengelly Road" is a place
_MISREAD = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def spread_surnames(doc: Doc, tokens: list[Token]) -> None:
    """Read every lone occurrence of a person's surname as a name (the module's rule), in
    place (`tokens`: the doc's, read once: extract/docindex.py)."""
    ents = list(doc.ents)
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    if not surnames:
        return
    surnames -= {e[-1].text for e in ents if e.label_ in _OTHER_NAMES}
    lower = {t.text for t in tokens if t.is_lower}
    surnames -= lower | {w.capitalize() for w in lower}
    # a surname alone read as a work or a product ("Fonseca" as a WORK_OF_ART) is a name
    ents = [
        Span(doc, e.start, e.end, label="PERSON")
        if len(e) == 1 and e.text in surnames and e.label_ in _MISREAD
        else e
        for e in ents
    ]
    added = [  # a word inside an entity has its entity type
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in tokens
        if t.text in surnames and not t.ent_type_ and _alone(t, tokens)
    ]
    if added or ents != list(doc.ents):
        doc.set_ents(sorted([*ents, *added], key=lambda s: s.start), default="outside")


def _alone(token: Token, tokens: list[Token]) -> bool:
    """Whether a surname stands alone: no capitalised word beside it, no noun it modifies."""
    i = token.i
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    courtesy = before is not None and fold(before.text).strip(".") in COURTESY_TITLES
    if before is not None and before.is_title and not before.is_sent_start and not courtesy:
        return False  # "Alan Pengelly" is a longer name ("Mrs Pengelly" is hers)
    if after is not None and after.is_title:
        return False  # "Pengelly Road"
    return not (after is not None and token.head.i == after.i and after.pos_ == "NOUN")
