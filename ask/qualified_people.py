"""A speaker asked for by a description with words after its head that no title holds: "the
fire officer in charge", "the vice-chairman who quit", "the founder of the vets practice",
"the firm that runs the hospital's patient transport", "the headteacher in Thornby".

Read only when the whole phrase found nothing. The phrase is its head ("the fire officer")
and the words after it, which open with a preposition or a relative pronoun. The head is
asked alone; its answer is kept to the stories that name what the words after it name: the
place or thing after a preposition ("in Thornby", "of the vets practice", "next to the
crazy golf"), at least half the content words of a relative clause ("that runs the
hospital's patient transport"). A clause the stories tell in other words ("who quit" for
"resigned") keeps the head's answer when it is one speaker's: the one vice-chairman. Words
that qualify nothing ("in charge", "on duty") keep the head's answer whole
(ask/data/descriptions.json "idle_qualifiers"). A body's head asked generically ("the head
of the wildlife trust") is its chief executive's (ask/head_asked.py), not this.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ask.data_files import ask_data
from ask.people import find_speakers
from ask.titles import head_forms
from ask.views import Answer
from common.names import fold
from storage.db import Store
from storage.quote_lookup import articles_naming, speaker_stories_naming

_SPLIT = re.compile(
    r"^(?P<head>(?:the\s+)?\S+(?:\s+\S+){0,3}?)\s+"
    r"(?P<qual>(?P<opener>who|that|which|whose|in|at|near|from|on|of|next\s+to|beside|by|"
    r"outside|opposite|behind|along|across|with)\s+.+)$",
    re.I,
)
_RELATIVE = {"who", "that", "which", "whose"}
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_MIN_WORD = 3


def _idle() -> frozenset[str]:
    return frozenset(fold(w) for w in ask_data("descriptions.json")["idle_qualifiers"])


def _stop_words() -> frozenset[str]:
    return frozenset(ask_data("descriptions.json")["clause_stop_words"])


def placed_words(phrase: str) -> list[str]:
    """The words naming the place or thing after a description's head ("the care home
    manager in Penmoor": "penmoor"); none for a relative clause, idle words ("in charge") or
    a body's head ("the head of the trust")."""
    found = _SPLIT.match(phrase.strip())
    if found is None or head_forms(phrase) or found.group("opener").lower() in _RELATIVE:
        return []
    qual = fold(found.group("qual")).strip(" ?.!")
    if qual in _idle():
        return []
    return _content_words(qual[len(fold(found.group("opener"))) :])


def _content_words(told: str) -> list[str]:
    words = [w for w in _WORD.findall(told) if w not in _stop_words() and len(w) >= _MIN_WORD]
    return [re.sub(r"['\u2019]s$", "", w) for w in words]


def trailing_answer(
    store: Store, phrase: str, question: Callable[[str], Answer], *, relative: bool = True
) -> Answer | None:
    """The answer for the phrase's head (asked with `question`) kept to the stories that
    name what the words after it name (module rule); None when the phrase has no such
    words or nothing is kept, or (not `relative`) when they are a relative clause."""
    found = _SPLIT.match(phrase.strip())
    if found is None or head_forms(phrase):  # "the head of the trust": its chief executive
        return None
    if not relative and found.group("opener").lower() in _RELATIVE:
        return None
    head, qual = found.group("head"), fold(found.group("qual")).strip(" ?.!")
    if all(fold(w) == "the" for w in head.split()):
        return None
    answer = question(head)
    if not answer.quotes:
        return None
    if qual in _idle():  # "the fire officer in charge": the fire officer
        return answer
    ids = sorted({q.article.id for q in answer.quotes})
    told = qual[len(fold(found.group("opener"))) :]  # what it names, after its opener
    words = _content_words(told)
    if not words:
        return None
    relative = found.group("opener").lower() in _RELATIVE
    if relative:
        named = [articles_naming(store, w, ids) for w in words]
        there = {i for i in ids if 2 * sum(i in n for n in named) >= len(words)}
    else:  # "in Thornby", "of the vets practice": the stories that name it
        there = set(ids)
        for word in words:
            there &= articles_naming(store, word, ids)
    kept = [q for q in answer.quotes if q.article.id in there]
    if not kept and not relative:  # the title's other holders: "the headteacher in Thornby"
        return _holder_there(store, head, words, question)
    if not kept:
        everyone = {q.speaker for q in answer.quotes}
        one = len(everyone) == 1 and None not in everyone
        if one:  # "who quit": the only one
            return answer
        return None
    speakers = dict.fromkeys(q.speaker for q in kept if q.speaker)
    return replace(answer, quotes=kept, total=None, speaker=", ".join(speakers) or head)


def _holder_there(
    store: Store, head: str, words: list[str], question: Callable[[str], Answer]
) -> Answer | None:
    """The answer for the one speaker the head finds whose stories name all the words (the
    head alone answered with another of its holders), asked for by name; None unless one."""
    there = [
        row
        for row in find_speakers(store, head).rows
        if all(speaker_stories_naming(store, row.id, w) for w in words)
    ]
    if len(there) != 1:
        return None
    answer = question(there[0].name)
    return answer if answer.quotes else None
