"""The person a stance question names by role: the one criticised, or the one whose decision it is.

"Who criticised the council leader over the theatre?" names its target by a role (the
phrase before its first preposition: "the council leader"); "who condemned the health
minister's decision?" names the decision's maker by a possessive role ("the health
minister's"). A phrase whose head is a title word ("leader", "minister", "inspector") is
resolved to the speakers holding that role (ask/people.find_speakers). That person is no
critic of themselves nor of their own decision: their quotes take no negative side on the
topic (ask/stance.by_stance), and a stance verb whose object names them ("X criticised
Cllr Tulloch for ...") is a frame on the topic (their surname joins the topic's words).
"""

from __future__ import annotations

import re

from ask.people import find_speakers
from common.names import is_title_word
from storage.db import Store

_POSSESSOR = re.compile(r"^(.+?)['\u2019]s?(?=\s|$)")
_BEFORE_PREPOSITION = re.compile(
    r"^(.+?)(?=\s+(?:over|about|on|for|after|in|at|amid|regarding|following)\b|$)"
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def role_phrase(topic: str) -> str | None:
    """The role phrase a topic names a person by: its possessor ("the schools minister's
    decision": the schools minister), else its words before a preposition ("the council
    leader over the theatre": the council leader), when its last word is a title word."""
    text = topic.strip()
    match = _POSSESSOR.match(text) or _BEFORE_PREPOSITION.match(text)
    if match is None:
        return None
    phrase = match.group(1).strip()
    words = _WORD.findall(phrase)
    if not words or not is_title_word(words[-1].lower()):
        return None
    return phrase


def topic_people(store: Store, topic: str) -> tuple[frozenset[int], list[str]]:
    """The speakers a topic names by role (module docstring) and their surnames; none when it
    names no one by role, or the role fits more than two speakers (no one person)."""
    phrase = role_phrase(topic)
    if phrase is None:
        return frozenset(), []
    rows = find_speakers(store, phrase).rows
    if not rows or len(rows) > 2:
        return frozenset(), []
    surnames = [r.name.split()[-1] for r in rows if len(r.name.split()) > 1]
    return frozenset(r.id for r in rows), surnames
