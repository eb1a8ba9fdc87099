"""Organisations named by a place or a name before a lower-case description of the body.

"The Kettleby and Wold integrated care board", "the Elm Road residents' association", "the
Harwick fire brigade union": a run of capitalised words after "the", then the lower-case
words that describe the body (at least one), then the body's head noun ("board",
"association"). The small model tags the capitalised words as a place or an organisation of
their own ("Kettleby") and leaves the rest out, so the body's statements are filed under the
place, and "Its chief executive, X" ties X to it. The whole phrase is one organisation's name.

Not a name: a capitalised run that is a person or a group of people ("the Trump campaign",
"the Labour party": NORP), a description word that tells no body from another ("the Elm
local council": data/described_bodies.json `not_modifiers`), a head noun followed by a name
("the Elm housing charity Otterbank": the name is the body's). The head nouns are the
described bodies' (data/described_bodies.json `heads`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

_MOST_WORDS = 3  # description words between the name and the head ("integrated care")
_NAME_LABELS = frozenset({"", "ORG", "GPE", "LOC", "FAC"})
_JOINS = frozenset({"and", "&"})
_APOSTROPHES = frozenset({"'", "\u2019"})
_POSSESSIVES = frozenset({"'s", "\u2019s", *_APOSTROPHES})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(
        resources.files("extract").joinpath("data/described_bodies.json").read_text("utf-8")
    )
    return frozenset(raw["heads"]), frozenset(raw["not_modifiers"])


def body_heads() -> frozenset[str]:
    """The head nouns of a body named by its description ("board", "association")."""
    return _words()[0]


def named_bodies(doc: Doc) -> list[Span]:
    """The spans of the doc that name a body by a capitalised name and a lower-case
    description after "the" (the module's rule), without "the"."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        span = _body_after(doc, i) if doc[i].lower_ == "the" else None
        if span is not None:
            found.append(span)
            i = span.end
        else:
            i += 1
    return found


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.ent_type_ in _NAME_LABELS


def _body_after(doc: Doc, the: int) -> Span | None:
    """The body named right after the "the" at index `the`, or None."""
    heads, not_mods = _words()
    k = the + 1
    while k < len(doc) and (
        _capitalised(doc[k])
        or (doc[k].lower_ in _JOINS and k > the + 1 and k + 1 < len(doc) and doc[k + 1].is_title)
    ):
        k += 1
    if k == the + 1 or doc[k - 1].lower_ in _JOINS:
        return None
    described = 0
    while k < len(doc) and described <= _MOST_WORDS:
        token = doc[k]
        if token.is_alpha and token.is_lower and token.lower_ in heads and described:
            after = doc[k + 1] if k + 1 < len(doc) else None
            if after is not None and (after.text[:1].isupper() or after.text in _POSSESSIVES):
                return None  # "the Elm housing charity Otterbank"; "the Elm care board's"
            if after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN"):
                return None  # "the Elm care board meeting": another thing
            return Span(doc, the + 1, k + 1, label="ORG")
        if token.text in _APOSTROPHES and described:  # "residents'": the apostrophe its own token
            k += 1
            continue
        if not (token.is_alpha and token.is_lower) or token.lower_ in not_mods:
            return None
        described += 1
        k += 1
    return None


def name_described_bodies(doc: Doc) -> None:
    """Make each body named by a name and a description one organisation entity (in place);
    a person or a group of people inside the phrase leaves it as it was."""
    spans = named_bodies(doc)
    if not spans:
        return
    kept = [
        ent for ent in doc.ents if not any(ent.start < s.end and s.start < ent.end for s in spans)
    ]
    doc.set_ents([*kept, *spans], default="outside")


def described_name(name: str) -> bool:
    """Whether an organisation's name ends in a lower-case description of the body and its
    head noun ("Kettleby and Wold integrated care board", as `named_bodies` reads one): its
    first word is a place or a name, no short form ("the Trump campaign" is no such name)."""
    words = name.split()
    return (
        len(words) > 2
        and words[-1] in body_heads()
        and words[-2].replace("'", "").replace("\u2019", "").isalpha()
        and words[-2].islower()
    )


def members_body(subject: Token, org_names: list[str]) -> str | None:
    """A body an organisation noun describes by the people it is of ("the families' group",
    "the tenants' association": a plural possessive before the noun) when no organisation
    the article names holds that word: a body of its own, named so ("families' group"), not
    the organisation the story named last (the prison whose inmates' families they are)."""
    owners = [
        c
        for c in subject.children
        if c.dep_ == "poss" and c.tag_ == "NNS" and c.is_lower and c.i < subject.i
    ]
    if len(owners) != 1 or not any(g.text in _APOSTROPHES for g in owners[0].children):
        return None
    word = owners[0].lower_
    named = {w.strip("'\u2019").lower() for n in org_names for w in n.split()}
    if word in named or word.rstrip("s") in named:
        return None
    kinds = [  # "the ferry workers' union": the lower-case words that say whose workers
        c.lower_
        for c in owners[0].lefts
        if c.dep_ in ("compound", "amod") and c.is_alpha and c.is_lower
    ]
    return " ".join([*kinds, f"{word}' {subject.lower_}"])


def named_members_body(subject: Token, org_names: list[str]) -> str | None:
    """The organisation of the article whose name holds a members' noun phrase's words ("The
    firefighters' union said ..." where the story goes on "Speaking for the Firefighters'
    Union, ..."): its name, wherever in the story it is named."""
    owners = [
        c
        for c in subject.children
        if c.dep_ == "poss" and c.tag_ == "NNS" and c.is_lower and c.i < subject.i
    ]
    if len(owners) != 1 or not any(g.text in _APOSTROPHES for g in owners[0].children):
        return None
    wanted = {owners[0].lower_, subject.lemma_.lower()}
    for name in org_names:
        words = {w.strip("'\u2019").lower() for w in name.split()}
        if wanted <= words | {w.rstrip("s") for w in words} | {w + "s" for w in words}:
            return name
    return None


def earlier_members_body(subject: Token, org_names: list[str]) -> str | None:
    """The members' body a bare organisation noun refers back to ("The county farmers'
    union backed the family. ... the union said": the farmers' union), when the article
    named one so before and no named organisation answers to the noun."""
    for token in reversed(subject.doc[: subject.i]):
        if token.pos_ == "NOUN" and token.lemma_ == subject.lemma_:
            body = members_body(token, org_names)
            if body is not None:
                return body
    return None
