"""A "he" or "she" whose antecedent is further back than the near-antecedent window
(extract/resolution.py `near_antecedent`) but unambiguous by gender.

Rule: "Fiona Reid won the seat. Her rival, Tom Hale, lost. The count ran late when Ian Moss
... '...,' she said." names Fiona Reid: the pronoun's gender is known, the person it resolved
to is known to agree, was mentioned in the pronoun's paragraph or the one before, and every
person mentioned since is known to be of the other gender; nobody else was made a speaker in
between (an unnamed "a spokeswoman said" would be the nearer "she", though "anyone" or "nobody"
is nobody in particular: data/antecedents.json; a named person of the other
gender taking a turn is no nearer one, extract/exchanges.py) and no person is the subject of a
clause between by description ("The former first lady ...").  Genders are the given names'
("Fiona" is a woman) or a courtesy title's ("Ms Grant"), not ones learned from earlier
pronouns.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.exchanges import other_turn, stated_gender, within_exchange
from extract.names import fold, gender_of
from extract.people_words import FEMALE, MALE, PERSON_NOUNS, ROLE_WORDS
from extract.place_objects import PLACE_PREPOSITIONS, place_object

_NO_ONE = frozenset(
    json.loads(resources.files("extract").joinpath("data/antecedents.json").read_text("utf-8"))[
        "no_one_in_particular"
    ]
)

if TYPE_CHECKING:
    from extract.people import Cast


def sole_agreeing_antecedent(cast: Cast, pronoun: Token, entry: int) -> bool:
    """True when `entry` is the only person a gendered pronoun can mean (module rule)."""
    word = pronoun.lower_
    if word not in ("he", "she"):
        return False
    gender = "m" if word in MALE else "f" if word in FEMALE else ""
    if gender_of(cast.entries[entry].name) != gender:
        return False  # known by the given name, not learned from an earlier pronoun
    last = None
    for mention in cast.mentions:
        if mention.start >= pronoun.idx:
            break
        if mention.entry == entry and not mention.modifier:
            last = mention
    if last is None or not within_exchange(cast, last, cast.paragraph_of[pronoun.i], gender):
        return False
    start = cast.index.token_at(last.start)
    if start is None or any(
        start.i < i < pronoun.i
        and not other_turn(cast, i, gender)
        and cast.doc[i].lower_ not in _NO_ONE  # "asking anyone who supported it": nobody
        for i in cast.speakers
    ):
        return False  # an unnamed "a spokeswoman said" may be the nearer "she"
    for mention in cast.mentions:
        if not last.start < mention.start < pronoun.idx or mention.entry == entry:
            continue
        other = cast.entries[mention.entry]
        if mention.modifier or place_object(cast.index.token_at(mention.start), other):
            continue  # "at the Carse leisure centre", "from Carse": no one
        if other.kind == "person" and stated_gender(cast, mention.entry) in (None, gender):
            return False
    between = cast.doc[start.i + 1 : pronoun.i]
    return not any(
        _described_person(t, cast) or _other_person(t, cast, entry, gender) for t in between
    )


def _other_person(token: Token, cast: Cast, entry: int, gender: str) -> bool:
    """ "Trump himself was delighted": another person named between, of the pronoun's gender
    or an unknown one, whether or not the cast kept a mention of the name there."""
    if cast.quoted[token.i] or not token.text[:1].isupper():
        return False
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return False  # "the Carse leisure centre"
    if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS:
        return False  # "from Carse"
    found = cast.token_entry.get(token.i)
    if found is None and (token.pos_ == "PROPN" or token.dep_ in ("nsubj", "nsubjpass")):
        found = cast.find_person(token.text)
    if found is None:
        return token.ent_type_ == "PERSON" and token.pos_ == "PROPN"
    if found == entry or cast.entries[found].kind != "person":
        return False
    return stated_gender(cast, found) in (None, gender)


def _described_person(token: Token, cast: Cast) -> bool:
    """ "The former first lady is a planner": a person described, not named, as a subject
    (a nearer antecedent than the name before it)."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and not cast.quoted[token.i]
        and fold(token.lemma_) in ROLE_WORDS | PERSON_NOUNS
        and not any(t.i in cast.token_entry for t in token.subtree)  # "the member, Sir X"
    )
