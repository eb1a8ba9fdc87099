"""Offices a sentence gives a person outside an apposition.

- A relative clause whose complement is the role: "X, who became head of the school",
  "X, who was appointed chief executive of the trust" (the verbs: "office_verbs").
- Another person's office, before or after them: "His predecessor, X" is a former holder of
  his title ("succession_nouns").
- The gender a title subject's own clause gives it: "the former leader said as he left".

The words are data (data/offices.json).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources

from spacy.tokens import Token

from extract.people_words import FEMALE, MALE

_RAW = json.loads(resources.files("extract").joinpath("data/offices.json").read_text("utf-8"))
OFFICE_VERBS: frozenset[str] = frozenset(_RAW["office_verbs"])
SUCCESSION: dict[str, str] = {k: v for k, v in _RAW["succession_nouns"].items() if k != "about"}


def clause_role(head: Token) -> Token | None:
    """The role noun a person's relative clause gives them ("X, who became head of the
    school" -> head; "who was appointed chief executive" -> executive), if any."""
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.i < head.i or clause.lemma_.lower() not in OFFICE_VERBS:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children):
            continue
        return next((c for c in clause.children if c.dep_ in ("attr", "oprd")), None)
    return None


def succession_owner(head: Token) -> tuple[str, Token] | None:
    """The mark and the possessive of a succession noun in apposition to a name ("His
    predecessor, X" -> ("Former", His); "Her deputy, Y" -> ("Deputy", Her)), if any."""
    nouns = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if head.dep_ == "appos" and head.head.i < head.i:
        nouns.append(head.head)
    for noun in nouns:
        mark = SUCCESSION.get(noun.lemma_.lower())
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if mark is not None and owner is not None:
            return mark, owner
    return None


def succeeded_title(head: Token, owner_title: Callable[[Token], str | None]) -> str | None:
    """The title a succession noun in apposition gives a name: "His predecessor, X" or "X,
    Oduya's predecessor," -> "Former head" when `owner_title` of the possessive ("His",
    "Oduya's") is "Head"; "Her successor, Y" -> her title; "Her deputy, Z" -> "Deputy
    leader" when hers is "Leader". None without such a noun, a possessive, or a title for
    its owner."""
    found = succession_owner(head)
    if found is None:
        return None
    mark, owner = found
    words = (owner_title(owner) or "").split()
    while words and words[0].lower() in {w.lower() for w in SUCCESSION.values() if w}:
        words = words[1:]  # the predecessor's successor holds the office, not a former one
    if words:
        return " ".join([mark, *words]).strip().capitalize()
    return None


def clause_gender(subject: Token) -> str | None:
    """The gender ("m", "f") of a title subject by the pronoun subject of an adverbial clause
    of its own verb: "'...,' the former leader said as he took his seat" -> "m". A reported
    clause ("the former leader said she would stay") may be about anyone: none."""
    for clause in subject.head.children:
        if clause.dep_ != "advcl" or clause.i < subject.i:
            continue
        for child in clause.children:
            if child.dep_ == "nsubj" and child.lower_ in MALE | FEMALE:
                return "m" if child.lower_ in MALE else "f"
    return None
