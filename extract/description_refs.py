"""Definite descriptions that refer back to a person: "the farmer said", "The Brazilian
businessman told ...", resolved like a pronoun, so that the person's words are theirs and a
"he" after the description reaches them too.

A candidate is a definite singular subject ("the" + noun) outside quotation marks and
headlines, with no possessive, apposition or number, that is no title ("the mayor", "the
senator": extract/resolution.py's title rules, which leave a title no one holds unnamed), body
("the union"), statement or spokesperson
(extract/earlier_refs.py), and has no contrast word ("the other farmer":
data/definite_descriptions.json "contrast_words"). Rules, first that applies:

1. Same head noun met before: the latest earlier singular use of the noun outside quotation
   marks decides. Tied to a person (a title before the name: "Brazilian businessman Thiago
   Bastos Moreira"; an apposition: "Ann Roe, a farmer,"; a predicate: "Roe is a farmer"; an
   earlier description this module resolved), it is that person; a use that names nobody
   ("a farmer from Carse said") is someone unnamed, and the description stays unnamed.
2. A title: the one person mentioned before whose title holds the noun ("Farmer Ann Roe").
3. A person noun (people_words.json person and role nouns, described_people.json) refers
   back like a pronoun: the person extract/resolution.py `resolve_pronoun` finds, when they
   were mentioned in its sentence or the reporter's sentence before (`near_antecedent`)
   and the noun's gender does not contradict theirs ("the woman" is no Mr Roe).
4. A lead's description, before anyone is named, named in the next sentence: "The farmer
   whose land ... has said ... Ann Roe, whose family ..., said" (extract/resolution.py
   `named_next`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from extract.names import TITLE_WORDS, fold, person_gender
from extract.people_words import (
    GENERIC_ORG_NOUNS,
    GENERIC_TITLES,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_WORDS,
    STATEMENT_NOUNS,
)
from extract.person_nouns import described_people
from extract.resolution import Resolver

# Dependencies of a use of the noun that refers to someone (not "a farmer's field").
_REFERRING = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "dative", "ROOT"})
_EXCLUDED = TITLE_WORDS | ORG_NOUNS | GENERIC_TITLES | STATEMENT_NOUNS | GENERIC_ORG_NOUNS


@lru_cache(maxsize=1)
def contrast_words() -> frozenset[str]:
    """Modifiers that make a description someone else ("other", "second"):
    data/definite_descriptions.json "contrast_words"."""
    text = resources.files("extract").joinpath("data/definite_descriptions.json")
    return frozenset(fold(w) for w in json.loads(text.read_text("utf-8"))["contrast_words"])


def refer_descriptions(cast: Resolver, headline: list[bool]) -> dict[int, int]:
    """Per token index of a definite description, the person entry it refers back to (the
    module's rules), each recorded as a mention so that later pronouns reach the person;
    `headline` marks the tokens of headline lines, which refer to no one."""
    found: dict[int, int] = {}
    for token in cast.index.tokens:
        if headline[token.i] or not _candidate(cast, token):
            continue
        entry = _referent(cast, token, found, headline)
        if entry is not None:
            found[token.i] = entry
            cast.add_mention(token, entry)
    return found


def _candidate(cast: Resolver, token: Token) -> bool:
    """A definite singular subject that is no title, body, statement or spokesperson."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if cast.quoted[token.i] or token.i in cast.token_entry:
        return False
    if fold(token.lemma_) in _EXCLUDED or fold(token.text) in _EXCLUDED:
        return False
    determiners = [c for c in token.children if c.dep_ in ("det", "poss")]
    if len(determiners) != 1 or determiners[0].lower_ != "the":
        return False
    return not any(
        c.dep_ in ("appos", "nummod") or fold(c.text) in contrast_words() for c in token.children
    )


def _referent(
    cast: Resolver, token: Token, found: dict[int, int], headline: list[bool]
) -> int | None:
    noun = fold(token.lemma_)
    earlier = _earlier_use(cast, token, noun, headline)
    if earlier is not None:  # rule 1: tied to a person, or someone unnamed
        tied = _tie(cast, earlier, found)
        return tied if tied is not None else _lead_named_next(cast, earlier)
    people_before = [
        m.entry
        for m in cast.mentions
        if m.start < token.idx and cast.entries[m.entry].kind == "person"
    ]
    titled = {
        e
        for e in people_before
        if noun in fold(cast.entries[e].title or "").replace("-", " ").split()
    }
    if len(titled) == 1:
        return titled.pop()  # rule 2
    gender = _noun_gender(noun)
    if gender is None:
        return None  # no person noun: "the scheme" is nobody
    entry = cast.resolve_pronoun(token)
    if entry is not None and cast.entries[entry].kind == "person":
        person = cast.entries[entry]
        known = person_gender(person)
        if cast.near_antecedent(token, entry):
            if gender and known and known != gender:
                return None  # someone else: "the woman" is no Mr Roe
            return entry  # rule 3
    if people_before:
        return None
    return cast.named_next(token, "person")  # rule 4: the lead names no one before


def _earlier_use(cast: Resolver, token: Token, noun: str, headline: list[bool]) -> Token | None:
    """The latest singular use of the noun before the token, outside quotation marks and
    headlines, that refers to someone."""
    for k in range(token.i - 1, -1, -1):
        other = cast.index.tokens[k]
        if cast.quoted[k] or headline[k] or other.tag_ != "NN":
            continue
        if fold(other.lemma_) != noun:
            continue
        if k in cast.token_entry or other.dep_ in _REFERRING:
            return other
    return None


def _tie(cast: Resolver, use: Token, found: dict[int, int]) -> int | None:
    """The person an earlier use of the noun describes, if any."""
    candidates = [found.get(use.i), cast.token_entry.get(use.i)]
    if use.dep_ == "appos":
        candidates.append(cast.token_entry.get(use.head.i))  # "Ann Roe, a farmer,"
    candidates += [cast.token_entry.get(c.i) for c in use.children if c.dep_ == "appos"]
    if use.dep_ == "attr":  # "Roe is a farmer"
        candidates += [cast.token_entry.get(c.i) for c in use.head.children if c.dep_ == "nsubj"]
    for entry in candidates:
        if entry is not None and cast.entries[entry].kind == "person":
            return entry
    return None


def _lead_named_next(cast: Resolver, use: Token) -> int | None:
    """The person a lead's indefinite subject turns out to be, named in the next sentence
    before anyone else: "A Kelsbridge pub landlord is to host a market ... Declan Furey, who
    runs the Wheatsheaf, said ..." (rule 1, a use that names nobody yet)."""
    if use.dep_ != "nsubj" or not any(c.lower_ in ("a", "an") for c in use.children):
        return None
    if any(m.start < use.idx and cast.entries[m.entry].kind == "person" for m in cast.mentions):
        return None  # not the lead: someone was named before it
    return cast.named_next(use, "person")


def is_person_noun(word: str) -> bool:
    """Whether a word is a noun for a person a description may refer back with ("farmer",
    "businessman", "woman"): the person and role nouns of the word lists."""
    return _noun_gender(fold(word)) is not None


def _noun_gender(noun: str) -> str | None:
    """ "m" or "f" for a gendered person noun, "" for a person noun of either, None for a
    noun that names no person."""
    nouns = described_people()
    for key in ("m", "f"):
        if noun in nouns[key]:
            return key
    if noun in nouns[""] or noun in PERSON_NOUNS or noun in ROLE_WORDS:
        return ""
    return None
