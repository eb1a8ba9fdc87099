"""Comparing speakers: "compare what Trump and Clinton said about taxes", "compare Aranda
and de Jong on rationing", "Trump vs Clinton on trade": each speaker's statements on the
topic, side by side, so that one quoted far more often never crowds the other out; a
speaker with nothing on it is named in the answer's message."""

from __future__ import annotations

import re
from collections.abc import Callable

from ask.views import Answer

COMPARE = "compare"
_SAID = (
    r"(?:\s+(?:have\s+|has\s+|had\s+)?(?:said|say|says|saying|think|thought|been saying|"
    r"argued|told reporters|stated))?"
)
_ABOUT = r"(?:about|on|over|regarding|concerning|re)"
_THEM = r"(?P<a>.+?)\s+(?:and|with|to|vs\.?|versus)\s+(?P<b>.+?)"
_PHRASES = [
    re.compile(rf"^compare\s+(?:what\s+)?{_THEM}{_SAID}(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"),
    re.compile(rf"^(?P<a>.+?)\s+(?:vs\.?|versus)\s+(?P<b>.+?)\s+{_ABOUT}\s+(?P<topic>.+)$"),
]


def compare_parts(text: str) -> tuple[tuple[str, str], str | None] | None:
    """The two speakers and the topic of a comparison (normalised text, time words
    removed), or None for any other question."""
    for pattern in _PHRASES:
        match = pattern.match(text)
        if match:
            a, b = (match.group(k).strip(" ?!.,;:\"'") for k in ("a", "b"))
            topic = (match.group("topic") or "").strip(" ?!.,;:\"'") or None
            if a and b:
                return (a, b), topic
    return None


def compare_answer(
    question: str,
    speakers: tuple[str, ...],
    topic: str | None,
    limit: int,
    ask_one: Callable[[str, int], Answer],
) -> Answer:
    """Each speaker's answer (`ask_one(speaker, their share of the limit)`), their quotes
    one after the other: every speaker keeps their share (0: all of each)."""
    share = max(1, limit // len(speakers)) if limit else 0
    parts = [ask_one(speaker, share) for speaker in speakers]
    names = [p.speaker or s for p, s in zip(parts, speakers, strict=True)]
    about = f" about {topic}" if topic else ""
    answer = Answer(
        question,
        COMPARE,
        topic,
        " and ".join(names),
        "; ".join(p.searched for p in parts),
        period=parts[0].period,
    )
    missing = []
    for part, name in zip(parts, names, strict=True):
        answer.quotes += part.quotes
        if not part.quotes:
            missing.append(part.message or f"No quotes from {name}{about}.")
    answer.total = sum(len(p.quotes) + p.more for p in parts)
    if missing:
        answer.message = " ".join(missing)
    return answer
