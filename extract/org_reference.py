"""Which organisation a generic noun ("the group", "the firm") can mean, mention by mention.

- Described as the noun (its descriptors, or a noun just before the name: "the housing
  charity Elm Aid" before "the charity") or by a narrower generic noun of a kind the noun
  allows ("the tenants' organisation X" before "the group": a group may be any
  organisation; "the campaign group X" is no "union").
- Headed by the noun ("the Elm Wheelers cycling club" before "the club").
- Cited as a source ("according to the Golf Foundation"), though no subject.

The kinds each generic noun allows are data (data/people_words.json: "generic_org_families").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from extract.affiliations import whole_org
from extract.names import fold
from extract.people_words import GENERIC_ORG_FAMILIES, ORG_PARTS, org_name_words


def described_as(descriptors: set[str], noun: str) -> bool:
    """Whether the nouns an organisation was described by let `noun` refer back to it: the
    noun itself, or a generic noun no broader than it and of a kind it allows."""
    if noun in descriptors:
        return True
    allowed = GENERIC_ORG_FAMILIES.get(noun)
    if not allowed:
        return False
    for word in descriptors:
        kinds = GENERIC_ORG_FAMILIES.get(word)
        if kinds and kinds & allowed and len(kinds) <= len(allowed):
            return True
    return False


def nouns_before(token: Token | None) -> set[str]:
    """The common nouns a name carries in front of it ("the residents' charity Elm Aid":
    "charity"), from the name's first token."""
    while token is not None and token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    if token is None:
        return set()
    return {
        fold(c.lemma_)
        for c in token.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i
    }


def heads_name(token: Token | None, noun: str, char: int) -> bool:
    """ "the Elm Wheelers cycling club" before "the club": a name the noun heads describes it
    as one (not the noun being resolved itself: "the Trump campaign")."""
    if noun in ORG_PARTS:
        return False  # "the Elm branch of the union" is the union's, not Elm's
    while token is not None and token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
        if token.pos_ == "NOUN" and fold(token.lemma_) == noun:
            return token.idx < char and token.right_edge.idx < char
    return False


def cited(token: Token | None) -> bool:
    """ "according to the Golf Foundation": a source, though no subject."""
    while token is not None and token.dep_ in ("compound", "flat") and token.head != token:
        token = token.head
    return (
        token is not None
        and token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.head.head.lower_ == "according"
    )


def in_subject_phrase(token: Token | None) -> bool:
    """ "Campaigners from the group Open Ballot said", "A spokesperson for the board said":
    an organisation named inside a clause's subject phrase (the object of a preposition on
    the subject noun, or a name in apposition to that object) is what the clause is about,
    a topic "its" may refer back to as to a subject."""
    if token is None:
        return False
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    holder = token.head.head
    return holder.dep_ in ("nsubj", "nsubjpass") and holder.pos_ in ("NOUN", "PROPN")


def description_words(token: Token | None) -> set[str]:
    """The lower-case words a description of a body puts before its noun ("leisure" of
    "the leisure trust", "fire" of "the county's fire service")."""
    if token is None:
        return set()
    return {
        fold(c.text)
        for c in token.lefts
        if c.dep_ in ("compound", "amod") and c.text.islower() and c.is_alpha
    }


def named_with(names: dict[int, str], noun: str, words: set[str]) -> int | None:
    """The one body whose name is headed by `noun` and holds the description's own words
    ("the leisure trust": Penmorrow Leisure Trust, not the Coastal Heritage Trust named
    last); None when the description has no words of its own, or no body or several fit."""
    if not words:
        return None
    fits = [
        entry
        for entry, name in names.items()
        if name_head(name) == noun
        and words <= set(org_name_words(fold(name).replace("-", " ").split()))
    ]
    return fits[0] if len(fits) == 1 else None


def name_head(name: str) -> str:
    """A body's head noun: its last word before any "of" or "for" ("Diocese of Farnleigh")."""
    words = org_name_words(fold(name).replace("-", " ").split())
    joins = [i for i, w in enumerate(words) if i and w in ("of", "for")]
    return words[joins[0] - 1] if joins else words[-1] if words else ""


def owner_of_part(
    doc: Doc, char: int, noun: str, token_entry: dict[int, int], is_org: Callable[[int], bool]
) -> int | None:
    """The organisation whose part the article named before ("the Elm branch of the Road
    Workers' Union" ... "The branch said": the union)."""
    found: int | None = None
    for token in doc:
        if token.idx >= char:
            break
        if fold(token.lemma_) != noun:
            continue
        owner = whole_org(token)
        entry = token_entry.get(owner.i) if owner.i != token.i else None
        if entry is not None and is_org(entry):
            found = entry
    return found
