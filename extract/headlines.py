"""Headline lines inside an article's text: never a source of names or speakers.

Texts handed to `newsbrief extract` often open with the headline, and bodies carry
sub-headings. Headlines glue words to names ("Derelict Obama", "Obama Seeks", "New Poll"),
so the cast takes no name from them; a headline name only points at a person or
organisation the article's sentences name.

A paragraph is a headline when it is short, title-cased (most of its words capitalised,
articles and prepositions aside) and ends without a full stop or colon; the text's first paragraph
also when title-cased whatever its end, or when short and without a full stop or colon.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*", re.UNICODE)
_SMALL = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "vs", "with", "is", "are", "was", "be", "it", "its", "s",
}  # fmt: skip
_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s*$")
MAX_WORDS = 25


def is_headline(paragraph: str, first: bool) -> bool:
    """Whether a paragraph reads as a headline or sub-heading (see the module's rules)."""
    found = _WORD.findall(paragraph)
    if not found or len(found) > MAX_WORDS or paragraph.rstrip().endswith(":"):
        return False  # "The New York Times reports:" introduces a quotation
    content = [w for w in found if w.lower() not in _SMALL]
    capitalised = sum(1 for w in content if w[:1].isupper())
    title_case = len(content) >= 2 and capitalised >= 0.7 * len(content)
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
