"""Roles a sentence states beside a person's title words and apposition.

- A role taken "as": "X will take charge as interim head coach", "X, who took over as chief
  executive of Y," holds that role (it is the one the story is about, so it wins over the
  title words before the name).
- A rank or honorific used as a form of address ("Captain X", "Cllr X"; data/people_words.json
  "address_ranks") gives way to the role an apposition states ("Captain X, the harbour
  master").
- A role's remit after "for" belongs to the title ("the cabinet member for finance") when it
  is a bare common noun, not an organisation ("spokesman for the company").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.cast_state import DETERMINERS
from extract.names import fold
from extract.people_words import ADDRESS_RANKS

_RELATIVE = {"who", "whose"}


def role_taken(head: Token, is_role: Callable[[Token], bool]) -> Token | None:
    """The role noun a person's own verb takes "as" ("X will take charge as interim head
    coach"; "X, who took over as chief executive of Y"), if any."""
    verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i else []
    verbs += [
        c
        for c in head.children
        if c.dep_ == "relcl" and any(g.lower_ in _RELATIVE for g in c.children)
    ]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN" and is_role(noun):
                return noun
    return None


def address_only(tokens: list[Token]) -> bool:
    """Whether title words before a name are only forms of address ("Captain", "Cllr")."""
    return bool(tokens) and all(fold(t.text).strip(".") in ADDRESS_RANKS for t in tokens)


def address_after_role(tokens: list[Token]) -> list[Token]:
    """Title words before a name without the forms of address that end them after a
    lower-case role: "Council leader Cllr X" holds the title "Council leader" (not "Chief
    Constable", whose role word is capitalised)."""
    end = len(tokens)
    while end > 1 and fold(tokens[end - 1].text).strip(".") in ADDRESS_RANKS:
        end -= 1
    if end == len(tokens) or not tokens[end - 1].text.islower():
        return tokens
    return tokens[:end]


def is_remit(prep: Token) -> bool:
    """ "for finance" in "the cabinet member for finance": "for" and a bare common noun (no
    determiner, owner or number), the remit of the role rather than its organisation."""
    if prep.lower_ != "for":
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def described_org(noun: Token) -> str | None:
    """An organisation described but not named, by its modifiers: "the opposition group"
    (so that its leader is not taken for the council's)."""
    if not any(c.dep_ in ("compound", "amod") and c.i < noun.i for c in noun.children):
        return None
    return join_tokens([t for t in noun.subtree if t.lower_ not in DETERMINERS and t.i <= noun.i])


def join_tokens(tokens: list[Token]) -> str | None:
    """The tokens' text in document order, spaced as written, without trailing punctuation
    or possessive marks; None when nothing is left."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    doc = tokens[0].doc
    parts: list[str] = []
    for i, token in enumerate(tokens):
        parts.append(token.text)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.i == token.i + 1:
            parts.append(token.whitespace_)
        elif nxt is not None:
            parts.append(" ")
    del doc
    text = "".join(parts).strip()
    return text or None
