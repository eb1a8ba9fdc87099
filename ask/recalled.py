"""Recalled speech: words an article reports as said at another time. "In 2019, when the pool
was last threatened, she had told a packed public meeting that the lido would stay open ..."
and "Pike had said in 2022 that ..." were said in those years, not on the article's date, so a
question's time window ("since 20 November", "last week") does not count them as said in it.

A statement is recalled when the sentence that reports it puts its cue in the past perfect
("had said", "had told", "had warned") and names an earlier year ("in 2019", "back in 2022").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ask.views import QuoteView
from ask.when import Period
from storage.db import Store
from storage.quote_lookup import passages

_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+|already\s+|once\s+|also\s+)?(?:said|told|written|spoken|sworn|\w+ed)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:in|back in|during|by)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")
# How far before and after a statement its sentence is looked for.
_REACH = 400


def said_year(before: str, after: str, published: str | None) -> int | None:
    """The earlier year a statement was said in, when its sentence recalls it: `before` is
    the body before the statement, `after` the body after it; None when it is the article's
    own news (or the article has no date to compare with)."""
    article_year = _year_of(published)
    if article_year is None:
        return None
    ends = list(_SENTENCE_END.finditer(before))
    lead = before[ends[-1].end() :] if ends else before
    tail_end = _SENTENCE_END.search(after)
    tail = after[: tail_end.start() + 1] if tail_end else after
    sentence = f"{lead} {tail}"
    if not _PAST_PERFECT.search(sentence):
        return None
    years = [int(m["year"]) for m in _YEAR.finditer(sentence) if int(m["year"]) < article_year]
    return years[0] if years else None


def _year_of(published: str | None) -> int | None:
    found = re.match(r"(\d{4})-", published or "")
    return int(found.group(1)) if found else None


def said_in_window(store: Store, views: list[QuoteView], period: Period | None) -> list[QuoteView]:
    """The views without the statements their articles recall from a time outside the
    question's window (all of them when the question names no time)."""
    if period is None or not views:
        return views
    spans = []
    for view in views:
        spans.append((view.article.id, max(0, view.start - _REACH), view.start))
        spans.append((view.article.id, view.end, view.end + _REACH))
    text = passages(store, spans)
    kept = []
    for view in views:
        before = text.get((view.article.id, max(0, view.start - _REACH), view.start), "")
        after = text.get((view.article.id, view.end, view.end + _REACH), "")
        year = said_year(before, after, view.article.published)
        if year is None or _overlaps(year, period):
            kept.append(view)
    return kept


def _overlaps(year: int, period: Period) -> bool:
    """Whether the year overlaps the window."""
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    return (period.since is None or end > period.since) and (
        period.until is None or start < period.until
    )
