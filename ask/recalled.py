"""Recalled speech: words an article reports as said at another time. "In 2019, when the pool
was last threatened, she had told a packed public meeting that the lido would stay open ..."
and "Pike had said in 2022 that ..." were said in those years, not on the article's date, so a
question's time window ("since 20 November", "last week") does not count them as said in it.

A statement is recalled when the sentence that reports it puts its cue in the past perfect
("had said", "had told", "had warned") and names an earlier year ("in 2019", "back in 2022").

The other way round, a window that holds the whole of that year ("in 2019", "before 2020",
"before the vote") holds the recalled statement, though its article came later: `later`
gives the bounds of the articles to read for them, `recalled_into` keeps those said in it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from ask.said_days import outside, reported, said_days, statement_sentence
from ask.views import QuoteView
from ask.when import Period
from records.quotes import QuoteRow
from storage.db import Store
from storage.quote_lookup import passages

_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+|already\s+|once\s+|also\s+)?(?:said|told|written|spoken|sworn|\w+ed)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:in|back in|during|by)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# How far before and after a statement its sentence is looked for.
_REACH = 400


def said_year(before: str, after: str, published: str | None) -> int | None:
    """The earlier year a statement was said in, when its sentence recalls it: `before` is
    the body before the statement, `after` the body after it; None when it is the article's
    own news (or the article has no date to compare with)."""
    article_year = _year_of(published)
    if article_year is None:
        return None
    sentence = statement_sentence(before, after)
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
        if year is not None and not _overlaps(year, period):
            continue
        zone = _zone(period)
        days = said_days(statement_sentence(before, after), view.article.published, zone)
        if days is None or not outside(reported(days, view.article.published, zone), period):
            # "said last week": not this week; "said on Thursday" in Friday's paper: both
            kept.append(view)
    return kept


def _zone(period: Period) -> tzinfo:
    return (period.since.tzinfo if period.since else None) or period.zone or UTC


def _overlaps(year: int, period: Period) -> bool:
    """Whether the year overlaps the window."""
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    return (period.since is None or end > period.since) and (
        period.until is None or start < period.until
    )


def later(period: Period | None) -> tuple[str, None] | None:
    """The bounds of the articles after a window that holds a whole calendar year (articles
    that may recall a statement said in it), as SQL text; None for any other window."""
    if period is None or period.until is None:
        return None
    until = period.until.astimezone(UTC)
    if period.since is not None:
        since = period.since.astimezone(UTC)
        first = since.year if since == datetime(since.year, 1, 1, tzinfo=UTC) else since.year + 1
        if datetime(first + 1, 1, 1, tzinfo=UTC) > until:
            return None
    bound = period.sql_bounds()[1]
    return (bound, None) if bound is not None else None


def recalled_into(store: Store, rows: list[QuoteRow], period: Period) -> set[int]:
    """The ids of the quotes (from articles after the window) that their articles recall
    from a year the window holds whole."""
    if not rows:
        return set()
    spans = []
    for row in rows:
        spans.append((row.article_id, max(0, row.start - _REACH), row.start))
        spans.append((row.article_id, row.end, row.end + _REACH))
    text = passages(store, spans)
    kept = set()
    for row in rows:
        before = text.get((row.article_id, max(0, row.start - _REACH), row.start), "")
        after = text.get((row.article_id, row.end, row.end + _REACH), "")
        year = said_year(before, after, row.published)
        if year is not None and _holds(year, period):
            kept.add(row.id)
    return kept


def _holds(year: int, period: Period) -> bool:
    """Whether the window holds the whole year."""
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    return (period.since is None or period.since <= start) and (
        period.until is not None and end <= period.until
    )
