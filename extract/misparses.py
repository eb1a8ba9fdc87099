"""Parses of reported speech the small model gets wrong in a way the structure shows.

- "X told the inquest that Mr Y had died": the clause after the cue's object is parsed as a
  relative or adnominal clause on the object, though it has a subject of its own and its
  "that" is a complementiser, not the relative pronoun: it is what was told.
- "after X told the Post he was “not there yet”": the reported clause (no "that") is parsed
  as the sentence's main clause and the cue as an adverbial clause hanging on it, though the
  clause's subject follows the cue's object word for word: it is what was told.
- "A spokeswoman for Silver Thread, the older people's charity, said": the apposition after
  the name is hung on the noun the name completes, though it describes the name.
"""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Token

_CUES = json.loads(resources.files("extract").joinpath("data/cues.json").read_text("utf-8"))
# "told the inquest that ...": cues whose object is the addressee (data/cues.json)
ADDRESSEE_VERBS = frozenset(_CUES["addressee_verbs"]["verbs"])
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}


def complement_as_relative(obj: Token) -> Token | None:
    """The clause a cue's object seems to govern as a relative clause but that is the
    reported clause ("told the inquest [that Mr Y had died]"): it opens with "that" and has
    a subject of its own that is no relative pronoun, and the cue's object is whom it was
    addressed to ("offered no proof that X", "the idea that X" hold their own content)."""
    if obj.head.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    if any(t.lower_ in ("so", "such") for t in obj.doc[obj.left_edge.i : obj.i + 1]):
        return None  # "tells so many lies that ...": a result clause, not what was told
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


def clause_taken_as_head(verb: Token) -> list[Token] | None:
    """The reported clause of an addressee cue that the parse made the cue's head ("after X
    told the Post [he was “not there yet”]"): the head's subject starts right after the
    cue's object. None when the parse is not that shape."""
    head = verb.head
    if (
        verb.lemma_.lower() not in ADDRESSEE_VERBS
        or verb.dep_ != "advcl"
        or head.i <= verb.i
        or head.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
    ):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not objects or subject is None or subject.i < verb.i:
        return None
    if subject.left_edge.i != max(o.right_edge.i for o in objects) + 1:
        return None
    return list(verb.doc[subject.left_edge.i : head.right_edge.i + 1])


def apposition_left_behind(head: Token) -> list[Token]:
    """The apposition the parser hung on the noun a name completes ("A spokeswoman for
    Silver Thread, the older people's charity, said": "charity" parsed as the spokeswoman's
    apposition), when it follows the name after a comma: the name's own."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return []
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return []
    return [c for c in prep.head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 2]
