"""A name the next sentence calls "its" or "their" owner of a role: an organisation.

"RideLark rejected the claim. Its head of UK operations, X, said ...", "Ashwick stay up.
Their chairman, X, said ...": a person is never "its", and a role a possessive "its" or
"their" owns is a post in a body ("head", "chairman"), so the name the sentence before makes
its subject is an organisation, whatever label the recogniser gave it. "Their" may stand for
a person too ("Sam Roe ... Their lawyer"), so with "their" a name that opens with a known
given name stays a person's.

So is a name whose possessive owns a post only an organisation has ("Pryor Ashdown's chief
executive", "Velmora's shareholders"; data/people_words.json "body_posts"), unless it opens
with a known given name.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.affiliations import is_role
from extract.names import fold, gender_of
from extract.people_words import BODY_POSTS

_OWNERS = frozenset({"its", "their"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def owner_of_next_role(head: Token, words: list[str]) -> bool:
    """Whether a name (its last token, its words) is the subject of its sentence and the
    next sentence opens with "Its"/"Their" owning a role noun ("Its chief executive, X")."""
    if head.dep_ not in _SUBJECTS or head.head.dep_ != "ROOT":
        return False
    if any(c.dep_ == "conj" for c in head.children):  # "X and Y ... Their lawyer"
        return False
    sent = head.sent
    if sent.end >= len(head.doc):
        return False
    owner = head.doc[sent.end]
    if owner.lower_ not in _OWNERS or owner.dep_ != "poss":
        return False
    if owner.lower_ == "their" and gender_of(f"{words[0]} X") is not None:
        return False
    return is_role(owner.head, appositive=True)


def owner_of_body_post(head: Token, words: list[str]) -> bool:
    """Whether a name (its last token, its words) owns, by its possessive, a post only an
    organisation has ("Pryor Ashdown's chief executive")."""
    if head.dep_ != "poss" or not any(c.dep_ == "case" for c in head.children):
        return False
    return fold(head.head.text) in BODY_POSTS and gender_of(f"{words[0]} X") is None
