"""A person whose relative clause tells their dealings with a body from outside: a client,
customer or user, not one of its officers.

News introduces those who speak about a body from the other side by what they do with it:
"Funeral director X, who uses the crematorium several times a week,", "X, who banks with
Stourmont,", "X, who relies on the ferry for every delivery,". Such a person holds no office
in the body the story is about, whatever their own title ("funeral director" is a trade):
the story's organisation is not theirs by implication. The verbs are data
(data/people_words.json "outside_verbs").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.names import fold
from extract.people_words import OUTSIDE_VERBS

_RELATIVE = {"who", "whose"}


def outside_tie(name: Token) -> bool:
    """Whether a name (any of its tokens) carries a relative clause of dealing from outside
    ("who uses the crematorium", "who banks with the bank"): its verb one of the data's."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.i < head.i:
            continue
        if not any(c.lower_ in _RELATIVE for c in clause.children):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        if any(fold(v.lemma_) in OUTSIDE_VERBS for v in verbs):
            return True
    return False
