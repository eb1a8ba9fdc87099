"""Organisations' names the parse splits or leaves to a noun before or after them.

- "the campaign group Free the Herd": the name right after an organisation noun.
- "Elm and Ash Hospitals Trust": two places joined by "and" before an organisation word.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.docindex import entity_bounds
from extract.entities import org_name
from extract.names import fold, is_title_word
from extract.people_words import ORG_WORDS


def name_after(noun: Token) -> str | None:
    """The organisation's name right after a noun that introduces it ("the campaign group
    Free the Herd", "the charity Hope Bridge"), as the recogniser marks it."""
    doc = noun.doc
    k = noun.i + 1
    if k < len(doc) and doc[k].ent_iob_ != "B" and _starts_name(doc[k]):
        end = k + 1  # "the residents' group Quiet Skies Corrowby": a name the recogniser
        while end < len(doc) and _capitalised_name(doc[end]):  # began a word late
            end += 1
        return org_name(doc[k:end].text)
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in ("ORG", "PERSON"):
        return None
    return org_name(doc[k : entity_bounds(doc[k])[1]].text)


def _capitalised_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha()


def _starts_name(token: Token) -> bool:
    """A capitalised word that may begin a body's name: no title ("Chief Chuck Jordan")."""
    return _capitalised_name(token) and not is_title_word(fold(token.text))


def joined_name(token: Token) -> str | None:
    """ "Elm and Ash Hospitals Trust": two places joined by "and" before an organisation
    word are one organisation's name, though the parse splits them."""
    doc = token.doc
    if token.pos_ != "PROPN":
        return None
    if fold(token.text) in ORG_WORDS:  # the other parse: "Elmford" hangs on "Trust"
        first = next((c for c in token.lefts if c.dep_ in ("nmod", "compound")), None)
        if first is None or first.i + 1 >= token.i or doc[first.i + 1].lower_ != "and":
            return None
        return org_name(doc[first.i : token.i + 1].text)
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "and":
        return None
    for conj in token.children:
        if conj.dep_ == "conj" and conj.pos_ == "PROPN" and fold(conj.text) in ORG_WORDS:
            left = min(t.i for t in token.subtree if t.dep_ in ("compound", "det") or t == token)
            return org_name(doc[left : conj.i + 1].text)
    return None
