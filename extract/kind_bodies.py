"""A definite description of a body by its kind ("the insurer said", "the estate said", "The
county's fire service said") is the one body of the article of that kind.

A story names a body once, often with its kind ("Egg producer Lowther Farms", "Crumb & Sons,
the family bakery,", "the Ravelstone Estate", "Brantdale Mountain Rescue Team") and then calls
it by the kind; or it uses the kind first and names the body later. The cast's own look-up
(extract/resolution.py `resolve_org_noun`) reads the organisations named before the
description, for the nouns of data/people_words.json "org_nouns"; this module reads the
rest, first rule that finds exactly one body:

1. The cast's look-up, for any noun known to name a body (`body_nouns`: the word lists'
   organisation nouns, words and heads, data/body_kinds.json): "the producer" after "Egg
   producer Lowther Farms".
2. A body named anywhere in the article whose name is headed by the noun, with the
   description's own modifiers among its words ("the estate" and "the Ravelstone Estate";
   "The county's fire service said ..." and later "Harrowdale Fire and Rescue Service";
   "the Diocese of Farnleigh" for "the diocese").
3. A body the article described by the noun anywhere: a noun before its name, the head of
   its apposition ("Crumb & Sons, the family bakery,"), or for a known noun the cast's
   descriptors and the noun's kin (data/body_kinds.json "kin": "the retailer" after
   "Fenwick Stores, the only supermarket chain,"); else, for a known noun, the one body
   whose name holds a word the description puts before the noun, in either number, and
   allows the noun's kind, when no other body's name is headed by the noun itself ("the
   region's electricity network operator said" for Midshire Power Networks, named in the
   next sentence, not a housebuilder quoted later; "the health board" is no Allied Health
   Workers' Union where the story names a care board; "the top British medical journal" is
   the British Medical Journal).
4. For a known noun, the one body whose name gives a kind the noun allows
   (data/body_kinds.json, data/people_words.json "generic_org_families"): "the watchdog
   said" in a story about the Water Standards Commission and a water company.
5. For a trade's noun no body's name or description gives, the one body of no kind at
   all that acted before it ("Pryor Ashdown did not send a representative. In a statement, the
   bank said"): a name with no organisation's word may be any kind.

Two bodies that fit, or a story speaking of several of the kind ("Two supermarket chains",
then "the supermarket said"), are no answer: the description stays unresolved. A person
noun or a title ("the nominee", "the farmer") is no body's kind. A plural known noun ("the
hauliers said") is the bodies the article last named together as one subject.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from extract.described_names import body_heads
from extract.names import TITLE_WORDS, fold
from extract.org_kinds import kind_fits, org_kinds
from extract.org_reference import description_words, name_head, nouns_before
from extract.people import Cast
from extract.people_words import (
    GENERIC_ORG_FAMILIES,
    GENERIC_TITLES,
    ORG_FAMILY,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    STATEMENT_NOUNS,
    org_name_words,
)


@lru_cache(maxsize=1)
def body_kind_families() -> dict[str, frozenset[str]]:
    """Per noun of a kind of body, the families of organisation it may refer to
    (data/body_kinds.json "kinds", then people_words.json "generic_org_families")."""
    raw = json.loads(resources.files("extract").joinpath("data/body_kinds.json").read_text("utf-8"))
    found = {fold(k): frozenset(v) for k, v in raw["kinds"].items()}
    found.update(GENERIC_ORG_FAMILIES)
    return found


def body_of_kind(cast: Cast, subject: Token) -> int | None:
    """The cast's organisation a definite description of a body's kind refers to (the
    module's rules), or None when no body or more than one fits."""
    noun = fold(subject.lemma_)
    if not noun.isalpha() or noun in STATEMENT_NOUNS:
        return None
    if noun in PERSON_NOUNS or noun in TITLE_WORDS or noun in GENERIC_TITLES:
        return None  # "the nominee", "the farmer": a person
    listed = noun in body_nouns()
    if subject.tag_ == "NNS":
        return _joint_bodies(cast, subject) if listed else None
    if subject.tag_ not in ("NN", "NNP"):
        return None
    found = cast.resolve_org_noun(subject.idx, noun) if listed else None  # rule 1
    if found is not None and _is_body(cast, found):
        return found
    bodies = [i for i, e in enumerate(cast.entries) if e.kind == "org" and _is_body(cast, i)]
    modifiers = description_words(subject)
    headed = [i for i in bodies if _headed_by(cast.entries[i].name, noun, modifiers)]
    if len(headed) == 1:
        return headed[0]  # rule 2
    if headed:
        return None
    nouns = {i: kind_nouns(cast, i, listed) for i in bodies}
    described = [i for i in bodies if noun in nouns[i]]
    if len(described) == 1:
        return described[0]  # rule 3
    if described or not listed:
        return None
    kin = kin_nouns(noun)
    if _several(cast, kin):
        return None  # "Two supermarket chains ...": "the supermarket" is either
    akin = [i for i in bodies if nouns[i] & kin]
    if len(akin) == 1:
        return akin[0]  # rule 3: "the retailer" after "X, the only supermarket chain,"
    if akin:
        return None
    held = [i for i in bodies if _name_holds(cast.entries[i].name, modifiers, noun)]
    others = [i for i in bodies if i not in held and name_head(cast.entries[i].name) == noun]
    if len(held) == 1 and not others:
        return held[0]  # rule 3: "the electricity network operator" for X Power Networks
    allowed = body_kind_families().get(noun) or frozenset()
    fitting = [i for i in bodies if org_kinds(cast.entries[i].name) & allowed]
    if fitting:
        return fitting[0] if len(fitting) == 1 else None  # rule 4
    if "business" not in allowed and ORG_FAMILY.get(noun) != "business":
        return None  # a council, a court or a force is named with its kind
    return _one_of_no_kind(cast, bodies, nouns, subject)  # rule 5


def _one_of_no_kind(
    cast: Cast, bodies: list[int], nouns: dict[int, set[str]], subject: Token
) -> int | None:
    """The one body acting before the description (the subject of a clause) whose name and
    descriptions give no kind at all ("Pryor Ashdown did not send a representative ... the
    bank said"): a name of no kind may be any."""
    acting = {
        m.entry
        for m in cast.mentions
        if m.start < subject.idx and m.entry in nouns and (m.subject or m.main or m.speaker)
    }
    found = [
        i for i in bodies if i in acting and not nouns[i] and not org_kinds(cast.entries[i].name)
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns known to name a kind of body: the cast's organisation nouns and words
    (data/people_words.json), the described bodies' heads (data/described_bodies.json) and
    the kinds and kin of data/body_kinds.json."""
    kin = frozenset(w for group in _kin_groups() for w in group)
    return (
        ORG_NOUNS
        | frozenset(ORG_FAMILY)
        | ORG_HEADS
        | body_heads()
        | frozenset(body_kind_families())
        | kin
    )


def kind_nouns(cast: Cast, entry: int, descriptors: bool = True) -> set[str]:
    """The nouns the article describes an organisation by: the nouns before its name ("Egg
    producer X"), the heads of its appositions ("X, the family bakery on Station Road,",
    "Its owner, X") and, with `descriptors`, the title words the cast gave it."""
    found = set(cast.descriptors[entry]) if descriptors else set()
    for mention in cast.mentions:
        token = cast.index.token_at(mention.start) if mention.entry == entry else None
        if token is None or cast.quoted[token.i]:
            continue
        found |= nouns_before(token)
        while token.dep_ in ("compound", "flat") and token.head.i > token.i:
            token = token.head
        found |= {  # "Insurer Harlow Crest Mutual": the noun hangs on "Crest"
            fold(t.lemma_)
            for t in token.subtree
            if t.i < token.i and t.dep_ == "compound" and t.pos_ == "NOUN"
        }
        appositions = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            appositions.append(token.head)
        found |= {fold(a.lemma_) for a in appositions if a.pos_ == "NOUN"}
    return found


@lru_cache(maxsize=1)
def _kin_groups() -> tuple[frozenset[str], ...]:
    raw = json.loads(resources.files("extract").joinpath("data/body_kinds.json").read_text("utf-8"))
    return tuple(frozenset(fold(w) for w in group) for group in raw["kin"])


def kin_nouns(noun: str) -> frozenset[str]:
    """The noun and the nouns for the same kind of body (data/body_kinds.json "kin":
    "retailer", "supermarket", "chain")."""
    found = frozenset({noun})
    for group in _kin_groups():
        if noun in group:
            found |= group
    return found


def _several(cast: Cast, kin: frozenset[str]) -> bool:
    """Whether the article, outside quotation marks, speaks of several bodies of the kind
    ("Two supermarket chains", "both retailers")."""
    return any(t.tag_ == "NNS" and fold(t.lemma_) in kin and not cast.quoted[t.i] for t in cast.doc)


def _joint_bodies(cast: Cast, subject: Token) -> int | None:
    """ "Two haulage firms, A and B, said ... '...,' the hauliers said": a plural
    description is the bodies the article last named together as one subject (in its
    sentence or the two before), filed, as their joint statement was, under the first."""
    first = cast.index.sentence_number(subject.i)
    for k in range(subject.i - 1, -1, -1):
        token = cast.index.tokens[k]
        if cast.index.sentence_number(k) < first - 2:
            return None
        entry = cast.token_entry.get(k)
        if entry is None or cast.quoted[k] or cast.entries[entry].kind != "org":
            continue
        partners = [cast.token_entry.get(c.i) for c in token.children if c.dep_ == "conj"]
        if any(p is not None and cast.entries[p].kind == "org" for p in partners):
            return entry
    return None


def _is_body(cast: Cast, entry: int) -> bool:
    """An organisation the article mentions outside its headline, no place."""
    labels = cast.labels[entry]
    if labels and labels <= {"GPE", "LOC", "FAC"}:
        return False
    return any(m.entry == entry for m in cast.mentions)


def _name_holds(name: str, modifiers: set[str], noun: str) -> bool:
    """Whether a body's name holds a word the description puts before its noun, in either
    number ("network" of "the network operator" in Midshire Power Networks), and the name's
    kind allows the noun."""
    words = set(org_name_words(fold(name).replace("-", " ").split()))
    held = any(m in words or f"{m}s" in words or f"{m}es" in words for m in modifiers)
    return held and kind_fits(name, noun)


def _headed_by(name: str, noun: str, modifiers: set[str]) -> bool:
    """Whether a body's name is headed by the noun (its last word before any "of" or "for":
    "Diocese of Farnleigh", "Institute for Fiscal Research" is an institute) and holds the
    modifiers."""
    words = org_name_words(fold(name).replace("-", " ").split())
    return noun == name_head(name) and modifiers <= set(words)
