"""Parses of reported speech the small model gets wrong in a way the structure shows.

- "X told the inquest that Mr Y had died": the clause after the cue's object is parsed as a
  relative or adnominal clause on the object, though it has a subject of its own and its
  "that" is a complementiser, not the relative pronoun: it is what was told.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}


def complement_as_relative(obj: Token) -> Token | None:
    """The clause a cue's object seems to govern as a relative clause but that is the
    reported clause ("told the inquest [that Mr Y had died]"): it opens with "that" and has
    a subject of its own that is no relative pronoun."""
    for clause in obj.children:
        if (
            clause.dep_ not in ("relcl", "acl")
            or clause.i < obj.i
            or clause.left_edge.lower_ != "that"
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS:
            return clause
    return None
