"""Attributions marked by layout rather than by a reporting verb.

- Transcript labels: a paragraph that opens with a speaker's name in capitals and a colon
  ("WALLACE: Let's start with ...", "MR. PENCE: Well, ...") is that speaker's words.
- Dash credits: a quotation followed by a dash and a name ("“...” ― Oscar P. Quintero",
  "“...” — Jorge Falcon, Miami") is that person's words.
- Interview answers: in a question-and-answer interview ("Q: ..." then "A: ..."
  paragraphs), each answer is the interviewee's words; the questions are the interviewer's
  and are nobody's statement.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_LABEL = re.compile(
    r"[\"\u201c\u201d'\s]*(?P<label>(?:[A-Z][A-Z'\u2019.\-]+)(?:\s+[A-Z][A-Z'\u2019.\-]+){0,3})"
    r"\s*:\s+(?=\S)"
)
_DASH_CREDIT = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:[\u2015\u2014\u2013]|--| - )[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w'\u2019.\-]*(?:[ \t\u00a0]+(?:[A-Z][\w'\u2019.\-]*|de|van|von|al|da|del))"
    r"{0,4})"
    r"[ \t\u00a0]*(?:[,.;(]|$)"
)


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    raw = json.loads(resources.files("extract").joinpath("data/not_speech.json").read_text("utf-8"))
    return frozenset(raw["label_words"])


def is_label_word(label: str) -> bool:
    """True for a line's label that names nobody ("BREAKING", "UPDATE", "The Latest"; data:
    not_speech.json "label_words")."""
    return " ".join(label.rstrip(".").replace("\u2019", "'").split()).lower() in _label_words()


# "Q: ...", "Question: ...", "A. ...", "Answer: ...": an interview's turns.
_TURN = re.compile(r"[\"\u201c\s]*(?:(?P<q>Q|Question)|(?P<a>A|Answer))\s*[:.]\s+(?=\S)")


@dataclass(frozen=True)
class Label:
    """A transcript line: the label's offsets and the spoken words' offsets."""

    label_start: int
    label_end: int
    start: int
    end: int


def transcript_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[Label]:
    """Paragraphs that open with a capitalised speaker label and a colon."""
    found: list[Label] = []
    for start, end in paragraphs:
        match = _LABEL.match(text, start, end)
        if match is None:
            continue
        label = match.group("label").strip()
        if is_label_word(label) or len(label.replace(".", "")) < 2:
            continue
        content_start = match.end()
        content_end = end
        while content_end > content_start and text[content_end - 1] in ' \t"\u201d':
            content_end -= 1
        if content_end - content_start < 3:
            continue
        found.append(Label(match.start("label"), match.end("label"), content_start, content_end))
    return found


def opens_turn(paragraph: str) -> bool:
    """Whether a paragraph is a turn of a transcript or an interview: it opens with a
    speaker's label ("TOLLEFSEN: ...", "PRESENTER: ...") or a question's or an answer's
    ("Q: ...", "A: ...")."""
    if _TURN.match(paragraph):
        return True
    match = _LABEL.match(paragraph)
    if match is None:
        return False
    label = match.group("label").strip().rstrip(".")
    return not is_label_word(label) and len(label.replace(".", "")) >= 2


def dash_credit(text: str, after: int, paragraph_end: int) -> tuple[int, int] | None:
    """The (start, end) of a name credited with a dash right after a quotation, if any."""
    match = _DASH_CREDIT.match(text, after, paragraph_end)
    if match is None:
        return None
    return match.start("name"), match.end("name")


def interview_answers(
    text: str, paragraphs: list[tuple[int, int]]
) -> tuple[int | None, list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The answers of a question-and-answer interview: where its first question starts, and
    each answer's (start, end) with the (start, end) of the question it answers, the labels
    left out. An answer counts only right after a question ("A. J. Ross said" opens no
    answer); none without a question."""
    first: int | None = None
    answers: list[tuple[tuple[int, int], tuple[int, int]]] = []
    asked: tuple[int, int] | None = None
    for start, end in paragraphs:
        match = _TURN.match(text, start, end)
        if match is None:
            asked = None
            continue
        if match.group("q"):
            first = start if first is None else first
            asked = (match.end(), end)
            continue
        if asked is None:
            continue
        content_end = end
        while content_end > match.end() and text[content_end - 1] in ' \t"\u201d':
            content_end -= 1
        if content_end - match.end() >= 3:
            answers.append(((match.end(), content_end), asked))
        asked = None  # one answer a question
    return first, answers
