"""A person described, not named, as the antecedent of a later "he", "she" or "they".

Rule: "One voter, a retired fisherman from Carse, was unimpressed. '...,' he said." is the
voter: a subject outside quotation marks whose head (or its appositive's head) is a noun for a
person (extract/data/described_people.json, and the person nouns of people_words.json), with
no name in it, in the pronoun's paragraph or the one before, is a candidate antecedent. It
competes with the named people by recency and gender: it is the antecedent when it agrees
with the pronoun ("the mother" is no "he") and no person who may be meant (known to agree,
or of unknown gender) is named after it and before the pronoun ("he" and "she" themselves
do not count: they are what is being resolved). A definite description ("the fisherman")
may refer back to someone named, so it counts only when no such person was named in that
window before it either. Likewise "Parents at the gate were furious. '...,' they said." is
the parents: a plural description, with no person or organisation named after it. "One of
the rescued crewmen" is one person (a "-man" compound is a man's noun), and someone that
source spoke of ("... said the skipper had made sure ...") is no nearer antecedent, nor is
someone a relative clause speaks of ("Andrea Kent, whose son was hit by a car, backs the
change. '...,' he said." is Kent's: the clause tells of her, the son is not in view), nor is
the subject of an adverbial clause in a sentence whose subject is a person of the pronoun's
gender ("He accused the council of deciding before a single parent had been asked. '...,'
he said." is the man who accused).
Where they are or whom they speak for names no one: "A spokeswoman for Elm Water rejected
the claims. She said ..." is Elm Water's spokeswoman (extract/speakers.py gives her the
organisation, as if she had said it in the first sentence).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.names import fold, person_gender
from extract.people_words import FEMALE, MALE
from extract.person_nouns import described_people
from extract.place_objects import place_object

if TYPE_CHECKING:
    from extract.people import Cast

_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "i", "we", "you"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "cc", "conj"})
# "from Carse", "at the school", "for Elm Water": where they are, or whom they speak for
_PLACE_WORDS = frozenset({"from", "in", "at", "near", "of", "for"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_LONGEST = 12  # the most words of a description kept as the speaker's title
_NOT_MEN = frozenset(
    {
        "human",
        "humans",
        "shaman",
        "talisman",
        "caiman",
        "german",
        "roman",
        "ottoman",
        "omen",
        "amen",
    }
)


@lru_cache(maxsize=1)
def quantifiers() -> frozenset[str]:
    """Determiners that make a description no one person ("every driver", "no patient"):
    extract/data/described_people.json "quantifiers"."""
    text = resources.files("extract").joinpath("data/described_people.json").read_text("utf-8")
    return frozenset(fold(w) for w in json.loads(text)["quantifiers"])


def described_antecedent(cast: Cast, pronoun: Token) -> Token | None:
    """The head of the described person a "he" or "she" (or of the described people a
    "they") refers to (module rule), or None."""
    word = pronoun.lower_
    if word not in ("he", "she", "they"):
        return None
    gender = "m" if word in MALE else "f" if word in FEMALE else ""
    named = {m.start: m.entry for m in cast.mentions if not m.modifier}
    paragraph = cast.paragraph_of[pronoun.i]
    for k in range(pronoun.i - 1, -1, -1):
        if paragraph - cast.paragraph_of[k] > 1:
            return None
        token = cast.index.tokens[k]
        if _told_of(cast, token, gender):
            continue  # one a described source spoke of ("said the foreman had ...")
        if any(a.dep_ == "relcl" for a in token.ancestors):
            continue  # "X, whose son was hit by a car, backs it": the son is X's background
        if _aside(cast, token, gender):
            continue  # "He accused them of deciding before a single parent had been asked"
        if _named_person(cast, named, token, gender):
            return None  # a person named nearer
        if _described_subject(cast, token, gender):
            return token if _unnamed_before(cast, named, token, gender) else None
    return None


def _aside(cast: Cast, token: Token, gender: str) -> bool:
    """Whether a word is in an adverbial clause of a sentence whose subject is a person of
    the pronoun's gender, named or by pronoun: that person is in view, not the clause's."""
    for clause in (a for a in token.ancestors if a.dep_ == "advcl"):
        for subject in (c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if gender and subject.lower_ in (MALE if gender == "m" else FEMALE):
                return True
            entry = cast.entry_for_token(subject)
            if entry is not None and cast.entries[entry].kind == "person":
                return person_gender(cast.entries[entry]) in (None, gender or None)
    return False


def description_of(subject: Token) -> str:
    """The words describing a person ("One voter, a retired fisherman from Carse"): the
    subject's phrase without clauses; its head's own words when longer than _LONGEST."""
    skipped: set[int] = set()
    for child in subject.children:
        if child.dep_ in _CLAUSES and child.i > subject.i:
            skipped.update(t.i for t in child.subtree)
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        for child in appos.children:
            if child.dep_ in _CLAUSES and child.i > appos.i:
                skipped.update(t.i for t in child.subtree)
    words = [t for t in subject.subtree if t.i not in skipped]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if len(words) > _LONGEST or any(t.is_quote or t.is_space for t in words):
        words = [t for t in subject.subtree if t.i <= subject.i]
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text


def _gender(subject: Token) -> str | None:
    """ "m" or "f" when the head or its appositive's head is a gendered person noun, "" when
    it is a person noun of either, None when it is no person noun."""
    nouns = described_people()
    found: str | None = None
    for head in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
        lemma, word = fold(head.lemma_), fold(head.text)
        for key in ("m", "f", ""):
            if lemma in nouns[key] or word in nouns[key] or _compound_person(lemma) == key:
                if key and found and found != key:
                    return None  # "a mother and grandfather": no one gender
                found = key or found or ""
                break
    return found


def _compound_person(lemma: str) -> str | None:
    """The gender a compound of "-man", "-woman" or "-person" gives ("crewman", "linesmen",
    "ferrywoman", "chairperson"), None for any other word."""
    if lemma.endswith(("woman", "women")):
        return "f"
    if lemma.endswith(("man", "men")) and len(lemma) > 4 and lemma not in _NOT_MEN:
        return "m"
    return "" if lemma.endswith("person") and len(lemma) > 6 else None


def _told_of(cast: Cast, token: Token, gender: str) -> bool:
    """Whether a word stands in what a source said ("One of the rescued crewmen said the
    skipper had made sure ..."; "Ryan Calloway, co-ordinator of the shelter, said one guest
    had moved into a flat"): the source, described or named (of the pronoun's gender or of
    none known), not the one spoken of, says the next "he said"."""
    for clause in token.ancestors:
        if clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return any(
                _described_subject(cast, s, gender) or _named_source(cast, s, gender)
                for s in subjects
            )
    return False


def _named_source(cast: Cast, subject: Token, gender: str) -> bool:
    """Whether a subject is a named person the pronoun may mean (of its gender or of none
    known; "they" means no one person)."""
    entry = cast.entry_for_token(subject)
    if not gender or entry is None or cast.entries[entry].kind != "person":
        return False
    return person_gender(cast.entries[entry]) in (None, gender)


def _one_of(token: Token) -> Token | None:
    """The people noun of a partitive subject ("One of the rescued crewmen": crewmen)."""
    if token.lower_ not in ("one", "another"):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")]
            return nouns[0] if nouns else None
    return None


def _described_subject(cast: Cast, token: Token, gender: str) -> bool:
    """A person described as a subject, outside quotation marks, with no name in it, whose
    description agrees with the pronoun's gender ("One of the crewmen" is one person)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or cast.quoted[token.i]:
        return False
    people = _one_of(token)
    if people is not None and gender:  # "One of the rescued crewmen ... he said"
        return _gender(people) is not None and not any(
            cast.entry_for_token(t) is not None or t.pos_ == "PROPN" for t in token.subtree
        )
    if token.pos_ != "NOUN":
        return False
    if (token.tag_ in ("NNS", "NNPS")) != (gender == ""):
        return False  # "voters" are no "he", "a voter" no "they"
    if any(c.dep_ == "det" and fold(c.text) in quantifiers() for c in token.children):
        return False  # "every driver" is no one person a "she" may be
    found = _gender(token)
    if found is None or (gender and found not in ("", gender)):
        return False
    where: set[int] = set()  # "from Carse", "for Elm Water": where they are from is no name
    for prep in token.subtree:
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_WORDS:
            where.update(t.i for t in prep.subtree)
    for clause in token.children:  # "who asked not to be named because her son ...": the
        if clause.dep_ == "relcl":  # clause says more of them, it does not name them
            where.update(t.i for t in clause.subtree)
    return not any(
        cast.entry_for_token(t) is not None or t.lower_ in _PRONOUNS or t.pos_ == "PROPN"
        for t in token.subtree
        if t.i not in where
    )


def _named_person(cast: Cast, named: dict[int, int], token: Token, gender: str) -> bool:
    """A person of the cast named (or called by a title) at this token, not by a pronoun, who
    may be the pronoun's: of its gender or of an unknown one."""
    entry = cast.entry_for_token(token)
    if entry is None:
        entry = named.get(token.idx)
    if entry is None or token.lower_ in _PRONOUNS or cast.quoted[token.i]:
        return False
    person = cast.entries[entry]
    if not gender:  # "they": people or an organisation named, not a place
        return not place_object(token, person) and token.ent_type_ not in _PLACES
    if person.kind != "person" or place_object(token, person):
        return False
    return person_gender(person) in (None, gender)


def _unnamed_before(cast: Cast, named: dict[int, int], subject: Token, gender: str) -> bool:
    """An indefinite description ("one voter", "a grandfather") introduces someone new; a
    definite one ("the fisherman") only when no person who may be meant was named in its
    paragraph or the one before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return True
    paragraph = cast.paragraph_of[subject.i]
    for k in range(subject.i - 1, -1, -1):
        if paragraph - cast.paragraph_of[k] > 1:
            return True
        if _named_person(cast, named, cast.index.tokens[k], gender):
            return False
    return True
