"""Roles and sides a clause gives a speaker, where a title would stand.

- A participle alone that is their part in a hearing: "Prosecuting, X said", "X, defending,
  told the court" (the prosecutor, the defence counsel).
- A side of a hearing spoken for: "For the Crown, X said", "X, for the defence, said"; a
  side's case presented ("Opening the prosecution case, X told jurors", "Closing for the
  defence, X said"); a phrase that is a side's part ("In mitigation, X said").
- A person spoken for in a hearing: "X KC, for Mr Nowicki, said", "X, representing Ms Y,
  said" (counsel for the accused; "speaking for Mr Y" is a spokesperson's, not counsel's).
- A group or organisation spoken for: "For the regulator, X said", "Speaking for the union, X
  said", "X, representing the families, said", "X, speaking on behalf of the buyers, said",
  "On behalf of the council, X said", "X, who represents the residents, said": a spokesperson
  of that group, the organisation their own when it is one.

The clause opens the sentence before the name, or stands between commas right after it and
before the name's verb. Its verbs, prepositions, sides and the titles they give are data
(data/clause_roles.json).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from extract.descriptions import kin_nouns
from extract.name_styles import PERSONAL_HONORIFICS
from extract.names import fold
from extract.people_words import ORG_NOUNS

# The most words a clause after a name holds ("speaking on behalf of the Elm Road tenants").
_MAX_ASIDE = 10
_AUXILIARIES = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "been"}
_NOT_GROUP_ENTS = {"DATE", "TIME", "ORDINAL", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
_GROUP_ENTS = {"ORG", "NORP"}
_PLACE_ENTS = {"GPE", "LOC"}  # "who represents Ohio": a legislator, no spokesperson


@dataclass(frozen=True)
class ClauseRole:
    """The title a clause gives a speaker, and the group or organisation they speak for
    (None for a part in a hearing: "Prosecuting", "for the defence")."""

    title: str
    group: list[Token] | None = None
    head: Token | None = None


@lru_cache(maxsize=1)
def clause_data() -> dict[str, Any]:
    """extract/data/clause_roles.json, read once."""
    text = resources.files("extract").joinpath("data/clause_roles.json").read_text("utf-8")
    return dict(json.loads(text))


def _family(name: str) -> dict[str, Any]:
    return {k: v for k, v in clause_data()[name].items() if k != "about"}


@lru_cache(maxsize=1)
def participles() -> dict[str, str]:
    """A participle that is a part in a hearing -> the title it gives ("prosecuting")."""
    return {fold(k): str(v) for k, v in _family("participles").items()}


@lru_cache(maxsize=1)
def hearing_phrases() -> dict[str, str]:
    """A phrase that is a side's part in a hearing -> the title it gives ("in mitigation")."""
    return {fold(k): str(v) for k, v in _family("hearing_phrases").items()}


@lru_cache(maxsize=1)
def case_verbs() -> frozenset[str]:
    """Verb lemmas of presenting a side's case ("open", "close", "sum")."""
    return frozenset(fold(w) for w in clause_data()["case_verbs"]["words"])


@lru_cache(maxsize=1)
def sides() -> dict[str, str]:
    """A side of a hearing -> the title of the one who speaks for it ("defence")."""
    return {fold(k): str(v) for k, v in _family("sides").items()}


@lru_cache(maxsize=1)
def clause_verbs() -> dict[str, bool]:
    """Verb lemmas of speaking for someone -> whether the group is their object."""
    return {fold(k): bool(v) for k, v in _family("verbs").items()}


@lru_cache(maxsize=1)
def prepositions() -> tuple[tuple[str, ...], ...]:
    """The phrases that introduce what is spoken for, longest first ("on behalf of", "for")."""
    phrases = [tuple(p.split()) for p in clause_data()["prepositions"]["phrases"]]
    return tuple(sorted(phrases, key=len, reverse=True))


def group_title() -> str:
    """The title of one who speaks for a group ("Spokesperson")."""
    return str(clause_data()["group_title"]["title"])


@lru_cache(maxsize=1)
def not_groups() -> frozenset[str]:
    """Nouns after "for" that name no group ("part", "record", "time")."""
    return frozenset(fold(w) for w in clause_data()["not_groups"]["words"])


def spoken_for(doc: Doc, start: int, end: int) -> ClauseRole | None:
    """The role a clause gives the person named at doc[start:end] (its title words
    included): a clause that opens their sentence ("Prosecuting, X said") when the name is
    the subject that follows it, or one between commas right after the name and before its
    verb ("X, for the defence, said"). None when neither gives a role."""
    opening = _opening(doc, start)
    if opening is not None and _verb_follows(doc, end):
        found = read_clause(opening)
        if found is not None:
            return found
    aside = _aside(doc, end)
    return read_clause(aside) if aside is not None else None


def _verb_follows(doc: Doc, end: int) -> bool:
    """Whether the name is followed by its verb ("X said", "X told", "X had argued")."""
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX")


def _opening(doc: Doc, start: int) -> list[Token] | None:
    """The words before a comma right before the name, from the start of its sentence."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    first = doc[start - 1].sent.start
    words = list(doc[first : start - 1])
    while words and (words[0].is_space or words[0].is_quote):
        words = words[1:]  # a paragraph break the sentence began with
    return words if words and not any(_breaks(t) for t in words) else None


def _aside(doc: Doc, end: int) -> list[Token] | None:
    """The words between the comma right after the name and the next, when the name's verb
    follows that comma."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    for i in range(end + 1, min(end + 2 + _MAX_ASIDE, len(doc))):
        if doc[i].text == ",":
            words = list(doc[end + 1 : i])
            if not words or any(_breaks(t) for t in words) or not _verb_follows(doc, i + 1):
                return None
            return words
    return None


def _breaks(token: Token) -> bool:
    """Whether a token cannot be inside a role clause (a quote mark, a line break, other
    punctuation)."""
    return token.is_quote or token.is_space or (token.is_punct and token.text != "-")


def read_clause(words: list[Token]) -> ClauseRole | None:
    """The role a clause's words give (the module docstring's families), if any."""
    lowered = [fold(t.text) for t in words]
    if len(words) == 1:
        title = participles().get(lowered[0])
        return ClauseRole(title) if title else None
    phrase = hearing_phrases().get(" ".join(lowered))
    if phrase is not None:
        return ClauseRole(phrase)
    if words[0].tag_ == "VBG" and fold(words[0].lemma_) in case_verbs():
        side = next((sides()[w] for w in lowered if w in sides()), None)
        return ClauseRole(side) if side is not None else None
    i = 0
    relative = lowered[0] == "who"
    if relative:
        i = 1
        while i < len(words) and lowered[i] in _AUXILIARIES:
            i += 1
    verb = words[i] if i < len(words) and words[i].pos_ in ("VERB", "AUX") else None
    takes_object = False
    if verb is not None:
        if fold(verb.lemma_) not in clause_verbs():
            return None
        if not relative and verb.tag_ != "VBG":  # "representing", not "represented"
            return None
        takes_object = clause_verbs()[fold(verb.lemma_)]
        i += 1
    elif relative:
        return None
    preposition = next((p for p in prepositions() if tuple(lowered[i : i + len(p)]) == p), None)
    if preposition is not None:
        i += len(preposition)
    elif not takes_object:
        return None
    if _client(words[i:]) and (verb is None or fold(verb.lemma_) != "speak"):
        return ClauseRole(str(clause_data()["client"]["title"]), words[i:], words[-1])
    return _spoken_group(words[i:])


def _client(group: list[Token]) -> bool:
    """Whether what is spoken for is a person: a name after a courtesy title ("Mr Nowicki")
    or one the recogniser labels a person."""
    if not group or not group[-1].text[:1].isupper():
        return False
    if len(group) >= 2 and fold(group[0].text).strip(".") in PERSONAL_HONORIFICS:
        return all(t.pos_ == "PROPN" for t in group[1:])
    return all(t.ent_type_ == "PERSON" for t in group)


def _spoken_group(group: list[Token]) -> ClauseRole | None:
    """The role of one who speaks for a noun phrase: the side of a hearing it names, or a
    group or organisation ("the families", "the regulator", "Marlbank Tenants Association");
    none for what names no group ("his part", "the first time", a person)."""
    if not group or any(t.ent_type_ in _NOT_GROUP_ENTS for t in group):
        return None
    inside = {t.i for t in group}
    head = next((t for t in group if t.head.i not in inside or t.head.i == t.i), group[-1])
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in {"PERSON", *_PLACE_ENTS}:
        return None
    if fold(head.lemma_) in not_groups() or fold(head.text) in not_groups():
        return None
    if group[0].lower_ != "the" and group[0].pos_ != "PROPN":
        return None  # "for his part", "for years"
    side = sides().get(fold(head.text))
    if side is not None and len(group) <= 2:
        return ClauseRole(side)
    lemma = fold(head.lemma_)
    if (
        head.tag_ in ("NNS", "NNPS")
        or head.pos_ == "PROPN"
        or head.ent_type_ in _GROUP_ENTS
        or lemma in ORG_NOUNS
        or lemma in kin_nouns()
    ):
        return ClauseRole(group_title(), group, head)
    return None


def speaks_for(verb: Token, prep: Token) -> bool:
    """Whether a speech verb's preposition says whom the speaker speaks for, not what they
    speak of ("speaking for the union", "spoke on behalf of the buyers"): no reported words."""
    if fold(verb.lemma_) not in clause_verbs() or prep.head.i != verb.i:
        return False
    words = list(prep.subtree)
    lowered = [fold(t.text) for t in words]
    found = next((p for p in prepositions() if tuple(lowered[: len(p)]) == p), None)
    return found is not None and _spoken_group(words[len(found) :]) is not None
