"""A public body a story names only by its kind is the body of the story's place.

Local stories often never write their council's name: "the borough council's cabinet",
"the council said", or a sentence opening "Council leader X" (which the parse takes for a
name, "Council"). In a story about one place, such a body is that place's: "Brackwell" and
"the borough council" make "Brackwell Borough Council", the antecedent of every later "the
council" (and, through its mentions, of "the authority", "its"), as a name would be. A story
that names a body of the kind ("Elm District Council") keeps it; a modifier that makes another
body ("the county council" in a story of a borough council) is not the story's body.

A generic noun a rank word qualifies ("the opposition Liberal Democrat group") is a body of
its own, not a repeat of the organisation named before (`opposed_nouns`): "Its leader"
after it is that group's leader, not the council's.

The story's place is its dateline's ("STAINMOOR, 16 November -"), else the first place
named outside quotation marks (a GPE, LOC, or a proper noun of no person's name that owns
a thing or follows "in"). The nouns are data (data/offices.json
"placed_bodies").
"""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Doc, Token

from extract.names import fold
from extract.nlp import dateline_tokens
from extract.people_words import COMPLEMENT_RANKS, GENERIC_ORG_NOUNS

_RAW = json.loads(resources.files("extract").joinpath("data/offices.json").read_text("utf-8"))
PLACED_NOUNS: frozenset[str] = frozenset(_RAW["placed_bodies"]["nouns"])
_PLACE_LABELS = {"GPE", "LOC"}


def dateline_place(doc: Doc) -> str | None:
    """The place a story's first dateline gives ("STAINMOOR, 16 November -" -> Stainmoor)."""
    lines = sorted(dateline_tokens(list(doc)))
    words: list[str] = []
    for i in lines:
        token = doc[i]
        if words and (i != lines[0] + len(words) or not token.is_alpha):
            break
        if not token.is_alpha or not token.text.isupper():
            break
        words.append(token.text.capitalize())
    return " ".join(words) or None


def first_place(doc: Doc, quoted: list[bool], people: set[int]) -> str | None:
    """The first place the story's own words name (not inside quotation marks): a place
    entity, or a proper noun of no person's name (`people`) that owns a thing or follows "in"
    ("Two of Wexcombe's pools", "pools in Wexcombe", "Wexcombe council"). A surname the
    recogniser took for a place ("Wolanska said" after "Agnieszka Wolanska") is no place."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for token in doc:
        if quoted[token.i] or token.pos_ != "PROPN" or token.text in surnames:
            continue
        if token.ent_type_ in _PLACE_LABELS:
            ent = next(e for e in doc.ents if e.start <= token.i < e.end)
            words = [t for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
            if words:
                return doc[words[0].i : words[-1].i + 1].text
        elif (
            not token.ent_type_
            and token.i not in people
            and (
                token.dep_ == "poss"
                or any(c.tag_ == "POS" for c in token.children)
                or token.dep_ == "pobj"
                and token.head.lower_ == "in"
                or token.dep_ == "compound"
                and fold(token.head.lemma_) in PLACED_NOUNS
            )
        ):
            start = min(c.i for c in token.subtree if c.dep_ == "compound" or c.i == token.i)
            return doc[start : token.i + 1].text
    return None


def body_tokens(tokens: list[Token], quoted: list[bool], named: set[int]) -> list[Token]:
    """The tokens (of the Doc's, in order) naming a public body by its kind alone: "the
    council", "the borough council's", a sentence-opening "Council leader" (not "council
    tax", not a name's word, not inside quotation marks)."""
    found = []
    for token in tokens:
        if fold(token.lemma_) not in PLACED_NOUNS and fold(token.text) not in PLACED_NOUNS:
            continue
        if quoted[token.i] or token.i in named and not token.is_sent_start:
            continue
        if token.text[:1].isupper() and not token.is_sent_start:
            continue  # "Elm District Council": a name
        if token.dep_ == "compound" and not token.is_sent_start:
            continue  # "council tax", "council houses"
        found.append(token)
    return found


def modifiers(token: Token) -> list[str]:
    """The kind words before a body's noun ("borough" of "the borough council")."""
    return [
        c.lower_
        for c in token.children
        if c.dep_ == "compound" and c.i < token.i and c.pos_ == "NOUN" and c.text.islower()
    ]


def placed_name(place: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """The body's name ("Brackwell Borough Council") and the tokens that mean it: those
    with the first modifier found, or none ("the council" beside "the borough council")."""
    kind = next((m for t in tokens for m in [modifiers(t)] if m), [])
    mine = [t for t in tokens if not modifiers(t) or modifiers(t) == kind]
    noun = fold(mine[0].lemma_) if mine else "council"
    words = [place, *(w.capitalize() for w in kind), noun.capitalize()]
    return " ".join(words), mine


def opposed_nouns(tokens: list[Token], quoted: list[bool], named: set[int]) -> list[Token]:
    """Generic organisation nouns (among the Doc's tokens) a rank word qualifies ("the
    opposition Liberal Democrat group", "the shadow cabinet's group"): each a body of its
    own, not the organisation the story named last (people_words.json complement_ranks,
    generic_org_nouns)."""
    return [
        token
        for token in tokens
        if token.pos_ == "NOUN"
        and fold(token.lemma_) in GENERIC_ORG_NOUNS
        and not quoted[token.i]
        and token.i not in named
        and any(c.lower_ == "the" for c in token.children)
        and any(
            c.dep_ in ("amod", "compound") and fold(c.text) in COMPLEMENT_RANKS
            for c in token.children
        )
    ]


def described_name(token: Token) -> tuple[str, list[Token]]:
    """The words naming a body by description ("opposition Liberal Democrat group") and
    their tokens: the noun and what stands before it, without the determiner."""
    words = [t for t in token.subtree if t.i <= token.i and t.lower_ not in ("the", "a", "an")]
    name = " ".join(t.text for t in words)
    return name[:1].upper() + name[1:], words
