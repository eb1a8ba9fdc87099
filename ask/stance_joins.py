"""Coordinated stance verbs: "The Alliance welcomed the recall but criticised how long it
had taken" holds two frames of the Alliance's.

A stance verb right after "and" or "but" (an adverb or two between) with no subject of its
own shares the subject of the stance verb before it in the sentence. Its object, when a
clause ("how long it had taken", "why they waited": ask/data/stance.json "clause_objects")
whose pronoun ("clause_pronouns") refers back, is that verb's object: the recall.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from ask.data_files import ask_data

# A frame as ask/stance.py reads it: subject, stance, object, tail.
FrameParts = tuple[str, str, str, str]


class Framed(Protocol):
    """A frame already read in the sentence (ask/stance.py Frame)."""

    @property
    def subject(self) -> str: ...
    @property
    def object(self) -> str: ...
    @property
    def tail(self) -> str: ...


_JOINED = re.compile(r"\b(?:and|but)(?:\s+(?:also|then|[a-z]+ly))*\s*$", re.IGNORECASE)
_WORD = re.compile(r"[a-z']+")
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# What a frame reader may take for the subject of "and also rejected": adverbs only.
_ADVERBS_ONLY = re.compile(
    r"(?:also|then|later|again|[a-z]+ly)(?:\s+(?:also|then|later|again|[a-z]+ly))*", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _clause_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = ask_data("stance.json")
    return frozenset(raw["clause_objects"]), frozenset(raw["clause_pronouns"])


def refers_back(clause: str) -> bool:
    """Whether an object is a clause ("how long it had taken") whose pronoun refers back."""
    openers, pronouns = _clause_words()
    words = _WORD.findall(clause.lower())
    return bool(words) and words[0] in openers and any(w in pronouns for w in words[1:])


def joined(before: str, frame: FrameParts | None, last: Framed | None) -> FrameParts | None:
    """A frame whose verb is coordinated with the stance verb of `last` (the words `before`
    it end in "and" or "but", and it has no subject of its own): that subject, and that
    object when its own is a clause referring back. Any other frame as it is."""
    if frame is None or last is None or not _JOINED.search(before):
        return frame
    if frame[0] and not _ADVERBS_ONLY.fullmatch(frame[0]):
        return frame
    subject, stance, what, tail = frame
    if refers_back(tail or what):
        what, tail = last.object, last.tail
    return last.subject, stance, what, tail


def names_joined(words: str, marker: re.Match[str]) -> bool:
    """Whether a clause marker is the "and" of two names ("the MP for Dunmarra and Glen
    Orrin", "Smith and Jones"): it joins the words of one subject, not two clauses."""
    if marker.group() != "and":
        return False
    before = _ANY_WORD.findall(words[: marker.start()])[-1:]
    after = _ANY_WORD.findall(words[marker.end() :])[:1]
    return bool(before and after) and before[0][0].isupper() and after[0][0].isupper()
