"""Attributions marked by layout rather than by a reporting verb.

- Transcript labels: a paragraph that opens with a speaker's name in capitals and a colon
  ("WALLACE: Let's start with ...", "MR. PENCE: Well, ...") is that speaker's words.
- Dash credits: a quotation followed by a dash and a name ("“...” ― Oscar P. Quintero",
  "“...” — Jorge Falcon, Miami") is that person's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_NOT_LABELS = {
    "Q",
    "A",
    "UPDATE",
    "NOTE",
    "EDITOR'S NOTE",
    "CORRECTION",
    "CLARIFICATION",
    "WATCH",
    "READ",
    "RELATED",
    "PHOTOS",
    "VIDEO",
    "SOURCE",
    "SOURCES",
    "UPDATED",
}


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
        if label.rstrip(".") in _NOT_LABELS or len(label.replace(".", "")) < 2:
            continue
        content_start = match.end()
        content_end = end
        while content_end > content_start and text[content_end - 1] in ' \t"\u201d':
            content_end -= 1
        if content_end - content_start < 3:
            continue
        found.append(Label(match.start("label"), match.end("label"), content_start, content_end))
    return found


def dash_credit(text: str, after: int, paragraph_end: int) -> tuple[int, int] | None:
    """The (start, end) of a name credited with a dash right after a quotation, if any."""
    match = _DASH_CREDIT.match(text, after, paragraph_end)
    if match is None:
        return None
    return match.start("name"), match.end("name")
