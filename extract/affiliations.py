"""Affiliations a title and apposition leave open: which organisation a person speaks for.

- A relative clause that gives the person a place in an organisation: "Ann Roe, who chairs
  the trust", "Jo Bloggs, who leads Elm Police's roads unit", "X, who works for Acme".
- A part of an organisation stands for the whole: "secretary of the Elm branch of the Road
  Workers' Union" speaks for the union, "Acme's roads unit" for Acme.
- A possessive the parse hangs on the organisation: "X, the Office for Rail's director of
  enforcement" (the apposition's head comes out as "Office", the role as its object).

- An organisation that ends its tie with a person ("Elm Rovers have sacked head coach X")
  has them as its former member: the other side of the story, no longer its voice.

The verbs and the parts of organisations are data (data/people_words.json:
"affiliation_verbs", "severing_verbs", "org_parts").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.names import fold
from extract.people_words import (
    AFFILIATION_VERBS,
    ORG_NOUNS,
    ORG_PARTS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SEVERING_VERBS,
)

_RELATIVE = {"who", "whose"}
_THROUGH = {"for", "at", "with", "of"}


def relative_org(head: Token) -> Token | None:
    """The organisation a person's relative clause places them in ("who chairs the trust",
    "who leads Elm Police's roads unit", "who works for Acme"), as its head token."""
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.i < head.i:
            continue
        if not any(c.lower_ in _RELATIVE for c in clause.children):
            continue
        if fold(clause.lemma_) not in AFFILIATION_VERBS:
            continue
        for child in clause.children:
            if child.dep_ == "dobj":
                return whole_org(child)
            if child.dep_ == "prep" and child.lower_ in _THROUGH:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return whole_org(pobj)
    return None


def whole_org(token: Token) -> Token:
    """The organisation a part of one belongs to ("the Elm branch of the Union" -> Union,
    "Acme's roads unit" -> Acme); the token itself when it is no part."""
    for _ in range(3):
        if fold(token.lemma_) not in ORG_PARTS:
            return token
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is None:
            return token
        token = owner
    return token


def part_owner(noun: Token) -> Token | None:
    """In a title's noun phrase, the organisation a part of one names ("secretary of the
    Elm branch of the Road Workers' Union" -> Union), if any."""
    for token in noun.subtree:
        if token.i != noun.i and fold(token.lemma_) in ORG_PARTS:
            owner = whole_org(token)
            if owner.i != token.i:
                return owner
    return None


def possessive_role(appos: Token, is_role: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """ "the Office for Rail's director of enforcement" parsed with "Office" as the head:
    the role noun and the organisation's last word before the possessive, if the
    apposition's subtree holds a role noun with a possessive owner inside it."""
    for token in appos.subtree:
        if token.i <= appos.i or token.pos_ != "NOUN":
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or not is_role(token):
            continue
        return token, owner
    return None


def owns_role(token: Token) -> bool:
    """Whether a name is introduced as the owner of a role ("the head coach of Fellbury
    Harriers", "Fellbury Harriers' chairman"): an organisation, though its name holds no
    organisation word."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "poss":
        role = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        role = token.head.head
    else:
        return False
    return role.pos_ == "NOUN" and fold(role.lemma_) in ROLE_WORDS


def introduced_as_org(head: Token) -> bool:
    """Whether a name the recogniser did not take for a person is introduced as an
    organisation though it holds no organisation word: the owner of a role ("the head coach
    of Corby Wheelers", "Corby Wheelers' treasurer"). A name modifying an organisation noun
    is one only as a plural or with the organisation's kind between ("the Corby Wheelers
    cycling club"; "the Trump campaign" is a person's)."""
    token = head
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
        if token.pos_ == "NOUN" and fold(token.lemma_) in ORG_NOUNS:
            # a kind between ("cycling"), or a party's or a people's name: "the Liberal
            # Democrat group" (a person's name is no such: "the Trump campaign")
            return head.tag_ == "NNPS" or token.i > head.i + 1 or head.ent_type_ == "NORP"
    return owns_role(head)


def possessive_owner(head: Token, title_start: int) -> Token | None:
    """The organisation a possessive before a name or its title names: "Ashgrove
    Polytechnic's Professor X", "Acme Homes' chief executive X", "Acme's operations director
    X" (the parse hangs the possessive on the name or on the title's noun, as "poss" or as
    a noun marked by "'s"), if any."""
    holders = [head, *head.doc[title_start : head.i]]
    if head.dep_ == "appos" and head.head.i < head.i:
        holders.append(head.head)  # "Acme's director Hal X": the name set beside the title
    for holder in holders:
        for child in holder.children:
            if child.i >= title_start:
                continue
            if child.dep_ == "poss" or (child.dep_ == "nmod" and _marked_possessive(child)):
                return child
    return None


_POSSESSIVE_MARKS = frozenset({"'", "\u2019", "'s", "\u2019s"})


def _marked_possessive(noun: Token) -> bool:
    """Whether a noun is followed by a possessive mark ("Tiles'", the parse's "case" or a
    stray apostrophe)."""
    after = noun.right_edge.i + 1
    return any(c.dep_ == "case" for c in noun.children) or (
        after < len(noun.doc) and noun.doc[after].text in _POSSESSIVE_MARKS
    )


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "keeper", "master")


def is_role(token: Token, appositive: bool = False) -> bool:
    """Whether a word names a role a person holds ("secretary", "Sen.", "driver"); in an
    appositive noun phrase, an agent noun too ("the utility's planner", "the club's
    groundsman", "the harbourmaster", "the greenkeeper"), and any post a body owns ("the
    lifeboat's helm")."""
    word = fold(token.text).strip(".")
    if word in ROLE_WORDS or fold(token.lemma_) in ROLE_WORDS:
        return True
    lemma = token.lemma_.lower()
    if not appositive or token.pos_ != "NOUN" or lemma in ORG_NOUNS:
        return False
    # a post a body's possessive owns, whatever the word: "the lifeboat's helm", "the
    # parish's churchwarden" (not a person's kin or kind: "the boy's mother")
    owned = any(c.dep_ == "poss" and c.pos_ == "NOUN" and not c.ent_type_ for c in token.children)
    return lemma.endswith(_AGENT_ENDINGS) or (owned and lemma not in PERSON_NOUNS)


def appositive_holder(name: Token) -> Token:
    """The noun a personal name is in apposition to: its head, or the role noun whose
    prepositions govern that head ("a spokeswoman for Acme, Jo Bloggs", "the head of the
    University of Elm, Ann Roe": the parse hangs the name on the organisation; no
    organisation or place has a personal name in apposition)."""
    head = name.head
    if name.dep_ != "appos":
        return head
    noun = head
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return head
        noun = noun.head.head
        if noun.pos_ in ("NOUN", "PROPN") and is_role(noun, appositive=True):
            return noun
    return head


def role_set_before(first: Token) -> tuple[list[Token], Token] | None:
    """A role an organisation owns, set before a name the parse does not hang on it
    ("Acme's operations director Hal Petrie said", parsed as two subjects): the role's
    words and the organisation's last word, if the word before the name is such a role."""
    if first.i == 0:
        return None
    role = first.doc[first.i - 1]
    if role.pos_ != "NOUN" or role.head.i == first.i or not is_role(role, appositive=True):
        return None
    owner = next((c for c in role.children if c.dep_ == "poss" and c.i < role.i), None)
    if owner is None:
        return None
    words = [c for c in role.children if c.dep_ in ("compound", "amod") and c.i > owner.i]
    return [*words, role], owner


def severed(verb: Token) -> tuple[list[Token], Token] | None:
    """The people an organisation ends its tie with, and the organisation's word: "Elm Rovers
    have sacked head coach X", "... sacked their manager, X", "X was sacked by Elm Rovers"
    (a verb of data/people_words.json "severing_verbs"), if the verb is one."""
    if fold(verb.lemma_) not in SEVERING_VERBS:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        actor = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        actor = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    if actor is None or not objects:
        return None
    people = [*objects, *(a for o in objects for a in o.children if a.dep_ == "appos")]
    return people, actor
