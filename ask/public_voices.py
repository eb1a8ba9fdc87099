"""Questions about a group of the public ("what did residents say about the data breach?",
"what have passengers said?"): the people the stories quote for themselves, not the officials
and organisations who spoke about the same thing.

The group is a plural people noun that names no trade (ask/data/member_bodies.json
"not_occupations": residents, patients, passengers). One of them is a person quoted with no
organisation and no office (a title whose last word holds one: "council leader",
"spokesman"; data ask/data/public_voices.json "office_heads"): "X, a care worker", "her
husband, Y"; or a source described by the group's noun ("a resident", "one patient"). When
the stories quote none, the answer stands as it was.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ask.lexicon import singular
from ask.member_bodies import not_occupations
from ask.views import Answer, QuoteView
from common.names import fold

_ASKED = re.compile(
    r"^\s*(?:and\s+)?what\s+(?:did|do|does|have|has|had)\s+(?:the\s+)?(?P<who>[^\W\d_]+)\s+"
    r"(?:say|said|says|think|thought|told|tell)\b"
)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def office_heads() -> frozenset[str]:
    """The last words of titles that hold an office ("leader", "spokesman")."""
    raw = resources.files("ask").joinpath("data/public_voices.json").read_text("utf-8")
    return frozenset(json.loads(raw)["office_heads"])


def public_group(question: str) -> str | None:
    """The singular people noun a question asks about as a group of the public
    ("residents" -> "resident"), or None."""
    found = _ASKED.match(fold(question))
    if found is None:
        return None
    word = found.group("who")
    one = singular(word)
    return one if one != word and one in not_occupations() else None


def public_voice(quote: QuoteView, noun: str) -> bool:
    """Whether a quote's speaker speaks as one of the public: a person with no organisation
    and no office, or a source the stories describe by the group's noun."""
    words = [singular(w) for w in _WORD.findall(fold(quote.speaker_title or ""))]
    if noun in words:
        return quote.speaker_kind != "org"
    if quote.speaker is None or quote.speaker_kind != "person" or quote.speaker_org:
        return False
    for i, word in enumerate(words):  # "manager of the shop": a manager
        if word in ("of", "for", "at", "with"):
            words = words[:i]
            break
    return not words or words[-1] not in office_heads()


def public_answer(answer: Answer, question: str) -> Answer:
    """The answer kept to the public's own voices when the question asks for a group of
    the public and the stories quote some; the answer as it was otherwise."""
    noun = public_group(question)
    if noun is None:
        return answer
    kept = [q for q in answer.quotes if public_voice(q, noun)]
    if not kept or len(kept) == len(answer.quotes):
        return answer
    return replace(answer, quotes=kept, total=None)
