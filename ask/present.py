"""What every renderer of an answer shows the same way, the terminal (ask/render.py) and Slack
(handlers/render/answers.py) alike: a statement's words in quoted and unquoted runs, and the
line saying how many more quotes were left out. Plain text only: no rich, no Block Kit."""

from __future__ import annotations

from ask.answer import Answer, QuoteView

_OPENING = "\"'\u201c\u2018\u00ab"
_CLOSING = "\"'\u201d\u2019\u00bb"


def segments(quote: QuoteView) -> list[tuple[str, bool]]:
    """A statement's words as shown, in runs of (text, quoted): the reported words with the
    quoted ones marked (quotation marks added where the text has none around them); a
    partial quote alone in its sentence; a whole quotation in quotation marks."""
    text = quote.sentence or quote.text
    marked = sorted(quote.marked)
    if marked == [(0, len(text))]:
        return [("\u201c", False), (text, True), ("\u201d", False)]
    runs: list[tuple[str, bool]] = []
    at = 0
    for start, end in marked:
        if start < at or end > len(text):
            continue
        runs.append((text[at:start], False))
        opened = start > 0 and text[start - 1] in _OPENING
        after = text[end : end + 2].lstrip(",.;:!?")  # "go back," he said: the comma is in
        closed = bool(after) and after[0] in _CLOSING
        runs += [] if opened else [("\u201c", False)]
        runs.append((text[start:end], True))
        runs += [] if closed else [("\u201d", False)]
        at = end
    runs.append((text[at:], False))
    return [(words, quoted) for words, quoted in runs if words]


def shown_text(quote: QuoteView) -> str:
    """A statement's words as shown, as plain text."""
    return "".join(words for words, _ in segments(quote))


def more_line(answer: Answer, how: str) -> str | None:
    """ "and 37 more quotes: ask with --limit 0" when the answer was cut (`how` says how to
    see them), else None."""
    if not answer.more:
        return None
    noun = "quote" if answer.more == 1 else "quotes"
    return f"and {answer.more} more {noun}: {how}"
