"""Offices a sentence gives a person outside an apposition.

- A relative clause whose complement is the role: "X, who became head of the school",
  "X, who was appointed chief executive of the trust" (the verbs: "office_verbs").
- A court role a participle opening the sentence gives its subject: "Prosecuting, X said",
  "Defending, Y said" ("court_roles").

The words are data (data/offices.json).
"""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Token

_RAW = json.loads(resources.files("extract").joinpath("data/offices.json").read_text("utf-8"))
OFFICE_VERBS: frozenset[str] = frozenset(_RAW["office_verbs"])
COURT_ROLES: dict[str, str] = dict(_RAW["court_roles"])


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


def court_role(head: Token) -> str | None:
    """The title a participle opening the sentence gives its subject ("Prosecuting, X said"
    -> Prosecutor), if the name is that subject."""
    if head.dep_ != "nsubj":
        return None
    verb = head.head
    for child in verb.children:
        if (
            child.dep_ == "advcl"
            and child.i < head.i
            and child.i == child.sent.start
            and child.lower_ in COURT_ROLES
            and not any(c.dep_ in ("dobj", "nsubj") for c in child.children)
        ):
            return COURT_ROLES[child.lower_]
    return None
