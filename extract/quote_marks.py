"""Quotation regions in raw text: straight and curly double marks, guillemets, and quotes that
run over several paragraphs.

Rules (newsroom conventions, AP and Reuters style):
- A region opens at an opening mark and closes at the next closing mark in the same paragraph.
  Single marks inside a region are nested speech and belong to it.
- An opening curly mark followed by a space or punctuation while a quote is open closes it
  (a typist's slip: \u201cNo,\u201c he said).
- A straight mark (or the New York Times' two apostrophes '') opens when it follows the
  paragraph start, a space or an opening bracket or dash, and closes otherwise; any closing
  mark closes a quote, since writers mix straight and curly marks.
- A paragraph that ends inside a region while the next paragraph opens with a mark continues
  the quote there: the convention for multi-paragraph quotes (no closing mark at the end of
  the earlier paragraph). Each paragraph's piece is its own region, linked by `continues`.
- A region still open at a paragraph end with no continuation closes at the paragraph end.
- An article with no double marks at all that opens quotations with single marks (the
  British style: 'We will appeal,' she said.) is read with single marks as the quotation
  marks, and so is a paragraph of any article that opens a quotation with a curly single
  mark (at its start, or below the headline after a space before more than a word; a
  straight one there when it closes after the quotation's punctuation) and holds no double
  one; a single mark between letters ("council's", "don't") or after a
  plural's s with a later mark to close on ("the drivers' union") is an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"\u201c", "\u00ab", "\u201e", "\u201f"}
CLOSERS = {"\u201d", "\u00bb"}
NYT_MARK = "''"  # The New York Times' style: two apostrophes as a double quotation mark
TOGGLES = {'"', NYT_MARK}
TOGGLE_CHARS = {'"', "'"}
_OPEN_CONTEXT = set(" \t\n([{\u2014\u2013-/")
SINGLE_OPENERS = {"\u2018"}
SINGLE_CLOSERS = {"\u2019"}
_DOUBLES = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb')
_PARAGRAPH = re.compile(r"[^\n]+")
# The characters a double-quote scan reacts to (a lone apostrophe is none of them).
_MARKS = re.compile("''|[" + "".join(sorted(OPENERS | CLOSERS | {'"'})) + "]")


@dataclass(frozen=True)
class QuoteRegion:
    """A quoted stretch: `open`/`close` are the marks' offsets (`close` is the paragraph end
    when the mark is missing); `start`/`end` bound the words inside, trimmed."""

    index: int
    open: int
    close: int
    start: int
    end: int
    paragraph: int
    closed: bool
    continues: int | None = None
    close_width: int = 1

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or the paragraph end)."""
        return self.close + self.close_width if self.closed else self.close


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line; news bodies keep one paragraph per line."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_regions(text: str) -> list[QuoteRegion]:
    """All quotation regions of a text, in order."""
    paragraphs = paragraph_spans(text)
    if _single_style(text, paragraphs):
        return _single_regions(text, paragraphs)
    regions: list[QuoteRegion] = []
    pending: int | None = None  # region index whose quote runs on into the next paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        if pending is None and _single_paragraph_style(text, p_start, p_end):
            left_open = _single_paragraph(regions, text, (p_start, p_end, p_index), None)
            if left_open is not None:
                _add(regions, text, left_open, p_end, p_index, False, None)
            continue  # "'I got here at five,' said X. 'It's like ...'" among double marks
        open_at: int | None = None
        nested = 0
        i = p_start
        while (mark := _MARKS.search(text, i, p_end)) is not None:
            i, ch = mark.start(), mark.group()  # (the characters before it change nothing)
            width = len(ch)  # 2 for NYT_MARK
            if open_at is None:
                if ch in OPENERS or (ch in TOGGLES and _opens(text, i, p_start)):
                    open_at = i
                    nested = 0
            elif text[open_at] in TOGGLE_CHARS and ch in OPENERS:
                nested += 1  # curly marks inside a straight-quoted passage quote someone else
            elif text[open_at] in TOGGLE_CHARS and ch in CLOSERS and nested:
                nested -= 1
            elif ch == "\u201c" and not _closes_like(text, i + 1):
                # A second opening mark before any closing one: the first quote was left
                # open by mistake; end it before this one and start again.
                _add(regions, text, open_at, i, p_index, False, pending)
                pending = None
                open_at = i
            elif ch in CLOSERS or ch in TOGGLES or ch == "\u201c":
                # (an opening mark typed where the closing one belongs, '\u201cNo,\u201c he
                # said', closes too: it is followed by a space or punctuation)
                # Any closing mark ends the quote: writers mix straight and curly marks.
                _add(regions, text, open_at, i, p_index, True, pending, width)
                pending = None
                open_at = None
            i += width
        if open_at is not None:
            region = _add(regions, text, open_at, p_end, p_index, False, pending)
            pending = None
            if region is not None and _next_paragraph_opens(text, paragraphs, p_index):
                pending = region.index
        else:
            pending = None
    return regions


def _single_paragraph_style(text: str, p_start: int, p_end: int) -> bool:
    """A paragraph of an article with double marks that holds no double one and opens a
    quotation with a curly single mark (at its start, or after a space before more than a
    word, below the headline: "X said ... 'If they mean it, put it in writing,' she
    said."), or with a straight one so placed that closes after its punctuation: quoted in
    single marks (British style) all the same. (A curly opening single mark is never an
    apostrophe.)"""
    if NYT_MARK in text[p_start:p_end] or not _DOUBLES.isdisjoint(text[p_start:p_end]):
        return False
    return any(
        _opens(text, i, p_start)
        and text[i + 1].isalpha()
        and (
            (text[i] in SINGLE_OPENERS and i == p_start)
            or (p_start > 0 and _words_quoted(text, i, p_end))
        )
        for i in range(p_start, p_end - 1)
        if text[i] in SINGLE_OPENERS or text[i] == "'"
    )


def _words_quoted(text: str, i: int, p_end: int) -> bool:
    """Whether the single mark at `i` opens more than a word before its closing mark (a
    quotation, not a word in scare quotes: "the council's 'consultation'"); a straight mark
    only closes one after its punctuation ("she said: 'I understand. ... a cup of tea.'"),
    as a straight mark after a space may be an apostrophe ("rock 'n' roll")."""
    straight = text[i] == "'"
    close = next(
        (
            j
            for j in range(i + 1, p_end)
            if (text[j] in SINGLE_CLOSERS or text[j] == "'")
            and _single_closes(text, j, p_end)
            and (not straight or text[j - 1] in ",.!?")
        ),
        None,
    )
    return close is not None and " " in text[i:close]


def _single_style(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """No double mark anywhere, and a single mark opening a quotation in some paragraph."""
    if NYT_MARK in text or not _DOUBLES.isdisjoint(text):
        return False  # double marks, or the New York Times' two apostrophes
    return any(
        _single_opens(text, i, start)
        for start, end in paragraphs
        for i in range(start, end)
        if text[i] in SINGLE_OPENERS or text[i] == "'"
    )


def _single_opens(text: str, i: int, p_start: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return (text[i] in SINGLE_OPENERS or _opens(text, i, p_start)) and after.isalpha()


def _single_closes(text: str, i: int, p_end: int) -> bool:
    """A single mark that ends a quotation, not an apostrophe ("council's", "drivers' union"
    with a later mark in the paragraph)."""
    after = text[i + 1] if i + 1 < p_end else " "
    if after.isalnum():
        return False
    before = text[i - 1]
    if before.isalpha() and before.lower() == "s" and after == " ":
        rest = text[i + 1 : p_end]
        return not any(c in SINGLE_CLOSERS or c == "'" for c in rest)
    return not before.isspace()


def _single_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRegion]:
    """Regions of an article quoted with single marks (see the module's rules)."""
    regions: list[QuoteRegion] = []
    pending: int | None = None
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        before = len(regions)
        open_at = _single_paragraph(regions, text, (p_start, p_end, p_index), pending)
        if len(regions) > before:
            pending = None  # the first region of the paragraph took it up
        if open_at is not None:
            region = _add(regions, text, open_at, p_end, p_index, False, pending)
            pending = None
            following = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
            if (
                region is not None
                and following is not None
                and _single_opens(text, following, following)
            ):
                pending = region.index
        else:
            pending = None
    return regions


def _single_paragraph(
    regions: list[QuoteRegion], text: str, where: tuple[int, int, int], pending: int | None
) -> int | None:
    """Add a paragraph's regions quoted with single marks (`where`: its start, end and
    number; `pending`: the region its first one continues); the offset of a mark left open
    at its end, if any."""
    p_start, p_end, p_index = where
    open_at: int | None = None
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in SINGLE_OPENERS and ch not in SINGLE_CLOSERS and ch != "'":
            continue
        if open_at is None:
            if _single_opens(text, i, p_start):
                open_at = i
        elif i > open_at and _single_closes(text, i, p_end):
            _add(regions, text, open_at, i, p_index, True, pending)
            pending = None
            open_at = None
    return open_at


def _opens(text: str, i: int, p_start: int) -> bool:
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before.isspace() or i == p_start) and not after.isspace()


def _closes_like(text: str, after_index: int) -> bool:
    """A U+201C used as a closing mark (German style „...“) is followed by space/punctuation."""
    after = text[after_index] if after_index < len(text) else " "
    return after.isspace() or after in ".,;:!?)"


def _next_paragraph_opens(text: str, paragraphs: list[tuple[int, int]], p_index: int) -> bool:
    if p_index + 1 >= len(paragraphs):
        return False
    start, _ = paragraphs[p_index + 1]
    first = text[start]
    return first in OPENERS or first == '"' or text.startswith(NYT_MARK, start)


def _add(
    regions: list[QuoteRegion],
    text: str,
    open_at: int,
    close_at: int,
    paragraph: int,
    closed: bool,
    continues: int | None,
    close_width: int = 1,
) -> QuoteRegion | None:
    start = open_at + (2 if text.startswith(NYT_MARK, open_at) else 1)
    end = close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    region = QuoteRegion(
        len(regions), open_at, close_at, start, end, paragraph, closed, continues, close_width
    )
    regions.append(region)
    return region


def quote_text(text: str, region: QuoteRegion) -> tuple[str, int, int]:
    """The quoted words as a quote keeps them: a comma that hands over to the attribution
    (`"...," she said`) is dropped; other final punctuation stays. Returns (text, start, end)."""
    start, end = region.start, region.end
    while end > start and text[end - 1] in ",;:\u2014\u2013- ":
        end -= 1
    return text[start:end], start, end
