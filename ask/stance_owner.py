"""The side of a topic's owner: the body whose decision, plan or offer the topic is does not
criticise it.

"Who criticised the council's parking plan?" names its owner by a possessive ("the
council's", "Harlow's", "the bus company's"). A speaker of the owner's side (their name,
title or organisation shares a word with the owner's: "Council leader ...", "a spokesman for
Harlow District Council") who sounds negative in their own words ("It makes no sense to
delay it", "I do not accept that the plan is rushed") is answering its critics, not one of
them: their own words give them no side against it (a stance verb framing them still does).
Words of the owner's that mark a rival on the same body ("opposition", "shadow":
ask/data/stance.json "owner_rivals") keep their side.
"""

from __future__ import annotations

import re

from ask.inflections import rough_stem
from ask.lexicon import load_topics
from ask.stance_lexicon import load_stance
from records.quotes import QuoteRow

_POSSESSOR = re.compile(r"([^\W\d_][\w.&\s-]*?)['\u2019]s?(?=\s|$)")
_WORD = re.compile(r"[^\W\d_][\w&-]*")
# "the Thornwick phone ban": capitalised words opening the topic, then a lower-case word
_NAMED_BEFORE = re.compile(r"(?:the\s+)?((?:[A-Z][\w&-]*\s+)+)(?=[a-z])")


def topic_owner(topic: str, question: str = "") -> frozenset[str]:
    """The words naming whose the topic is, by its first possessive ("the council's parking
    plan": council; "Harlow's bid": harlow), else by the name it opens with before a common
    noun as the question writes it ("the Thornwick phone ban": thornwick), stop words left
    out; empty when none."""
    at = question.lower().find(topic.lower()) if topic else -1
    written = question[at : at + len(topic)] if at >= 0 else topic
    match = _POSSESSOR.search(topic) or _NAMED_BEFORE.match(written)
    if match is None:
        return frozenset()
    stop = load_topics().stopwords
    return frozenset(w.lower() for w in _WORD.findall(match.group(1)) if w.lower() not in stop)


def owners_side(row: QuoteRow, owner: frozenset[str]) -> bool:
    """Whether a quote's speaker speaks for the topic's owner: their name, title or
    organisation shares a word with it, and their title marks no rival ("opposition")."""
    if not owner:
        return False
    said = " ".join(x for x in (row.speaker, row.speaker_title, row.speaker_org) if x)
    words = {w.lower() for w in _WORD.findall(said)}
    stems = {rough_stem(w) for w in words}  # "the unions' claim": a union's officer
    return bool(stems & {rough_stem(w) for w in owner}) and not words & load_stance().owner_rivals
