"""The words naming a source: the mention kept with a speaker.

A cue's subject phrase up to its head ("the transport secretary", "Mr. Trump"), with a
personal name in apposition after a title, started after the last comma or parenthesis of
its left part, or at a name after a comma when what precedes it names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.descriptions import described_by
from extract.names import is_party_tag


def source_phrase(subject: Token) -> str:
    """The words naming the source: the subject's noun phrase up to its head ("the
    transport secretary", "Mr. Trump"), with a personal name in apposition after a title
    ("Democratic presidential candidate Senator Bernie Sanders"); no relative clauses,
    parentheses or time words after the head."""
    left = [t for t in subject.subtree if t.i <= subject.i and not t.is_space]
    left = _from_last_break(left)
    end = subject.i
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON")
            and not is_party_tag(child.text)
            and subject.pos_ == "NOUN"
        ):
            end = max(t.i for t in child.subtree if t.dep_ in ("compound", "flat") or t == child)
            break
    if subject.pos_ == "NOUN" and end == subject.i:
        end = described_by(subject)
    if subject.pos_ == "PROPN":
        for child in subject.children:  # "Blumenthal and Cohen"
            if child.dep_ == "conj" and child.pos_ == "PROPN" and child.i > end:
                end = child.i
    tokens = left + [t for t in subject.doc[subject.i + 1 : end + 1] if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if not tokens:
        return subject.text
    return subject.doc[_named_part(tokens) : tokens[-1].i + 1].text


def _named_part(tokens: list[Token]) -> int:
    """Where the phrase starts: at a name after a comma when what precedes names no one
    ("the election, Minyon Moore, a senior adviser" starts at Minyon Moore)."""
    start = tokens[0].i
    for k, token in enumerate(tokens):
        if token.text != ",":
            continue
        before = tokens[:k]
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before):
            return start
        after = tokens[k + 1 : k + 2]
        if after and after[0].ent_type_ == "PERSON":
            return after[0].i
    return start


def _from_last_break(tokens: list[Token]) -> list[Token]:
    """Drop what precedes a comma or parenthesis inside the left part of a phrase."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].text in (",", "(", ")", "\u2014", "--") and k < len(tokens) - 1:
            return tokens[k + 1 :]
    return tokens
