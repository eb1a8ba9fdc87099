"""Headline lines inside an article's text: never a source of names or speakers.

Texts handed to `newsbrief extract` often open with the headline, and bodies carry
sub-headings. Headlines glue words to names ("Derelict Obama", "Obama Seeks", "New Poll"),
so the cast takes no name from them; a headline name only points at a person or
organisation the article's sentences name.

A paragraph is a headline when it is short and title-cased (most of its longer words
capitalised), or, for the text's first paragraph, when it also ends without a full stop.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*", re.UNICODE)
_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s*$")
MAX_WORDS = 25


def is_headline(paragraph: str, first: bool) -> bool:
    """Whether a paragraph reads as a headline or sub-heading (see the module's rules)."""
    found = _WORD.findall(paragraph)
    if not found or len(found) > MAX_WORDS:
        return False
    long_words = [w for w in found if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    title_case = len(long_words) >= 2 and capitalised >= 0.7 * len(long_words)
    if title_case and (first or not _END.search(paragraph)):
        return True
    return first and len(found) <= 12 and not _END.search(paragraph) and ":" not in paragraph


def headline_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Indices of the paragraphs (start, end offsets into the text) that are headlines."""
    return {
        number
        for number, (start, end) in enumerate(paragraphs)
        if is_headline(text[start:end], number == 0)
    }
