"""Quotation marks in a question: the reporter asks for the words themselves.

Rule: in "who said 'No Bus, No Village'", "who called the plan 'a false economy'" or "did anyone
say 'we will not move'", the quoted span is a remark, not a topic: the answer is the statements
whose own words hold it (punctuation, case and curly marks aside, or nearly, for a remark
remembered with a word changed), and nothing when no one is quoted saying it, even where the
words stand in a story as a placard, a headline or the reporter's own. A span counts as a remark
when a verb of saying or naming comes a few words before it in the question, no word of
aboutness ("about", "on") or determiner ("the", "their") stands just before it, and it has at
least two words (ask/data/verbatim.json); quotation marks around a name ("the 'Save Our
Pool' campaign") or a topic ("who said what about 'Keep Calderbrook Playing'") are not one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from ask.asking import Ask
from ask.data_files import ask_data
from ask.views import Answer
from common.names import fold

# An opening mark, the span, the same kind of closing mark not followed by a letter ("don't"
# keeps its apostrophe inside the span).
_SPAN = re.compile(
    r"(?:\"|\u201c)(?P<double>[^\"\u201c\u201d]+)(?:\"|\u201d)"
    r"|(?<![\w])(?:'|\u2018)(?P<single>.+?)(?:'|\u2019)(?![\w])"
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class VerbatimWords:
    """The word list of ask/data/verbatim.json."""

    verbs: tuple[str, ...]
    not_before: frozenset[str]
    reach: int
    min_words: int
    near: int


@lru_cache(maxsize=1)
def load_verbatim() -> VerbatimWords:
    """ask/data/verbatim.json, read once."""
    raw = ask_data("verbatim.json")
    return VerbatimWords(
        tuple(raw["verbs"]),
        frozenset(raw["not_before"]),
        int(raw["reach"]),
        int(raw["min_words"]),
        int(raw["near"]),
    )


def _plain(text: str) -> str:
    """Lower case, accents and punctuation gone, one space between words."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def asked_words(question: str) -> str | None:
    """The remark a question quotes ("who said 'No Bus, No Village'" -> "No Bus, No Village"),
    or None when it quotes none (module rule)."""
    words = load_verbatim()
    for match in _SPAN.finditer(question):
        span = (match.group("double") or match.group("single") or "").strip()
        if len(_plain(span).split()) >= words.min_words and _reports(
            _plain(question[: match.start()]).split(), words
        ):
            return span
    return None


def _reports(before: list[str], words: VerbatimWords) -> bool:
    """True when the question's words before a quoted span make it a remark: a verb of saying
    or naming a few words before it ("who said", "who called the plan", "who described the
    closure as", "who said it was"), and no word of aboutness or determiner just before it
    ("who said what about 'X'" asks about X; "the 'Save Our Pool' campaign" is a name)."""
    if before and before[-1] in words.not_before:
        return False
    recent = f" {' '.join(before[-words.reach :])} "
    return any(f" {verb} " in recent for verb in words.verbs)


def says(text: str, remark: str) -> bool:
    """True when a statement's own words hold the remark, or nearly (a word changed)."""
    have, want = _plain(text), _plain(remark)
    if not want:
        return False
    if want in have:
        return True
    return len(want) >= 12 and fuzz.partial_ratio(want, have) >= load_verbatim().near


def verbatim_answer(ask: Ask, remark: str, search: Callable[[Ask, str], Answer]) -> Answer:
    """The statements that hold the quoted remark, found among those `search` returns for its
    words as a topic (all of them, then cut to the question's limit); none when nobody is
    quoted saying it."""
    answer = search(replace(ask, limit=0), remark)
    said = [view for view in answer.quotes if says(view.text, remark)]
    answer.quotes = said[: ask.limit] if ask.limit else said
    answer.total = len(said)
    answer.searched = f"quotes with the words \u201c{remark}\u201d{ask.when()}"
    answer.message = None if said else f"Nobody is quoted saying \u201c{remark}\u201d{ask.when()}."
    return answer
