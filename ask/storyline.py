"""A person's remarks in another story of the same storyline count as about its topic.

Newsrooms follow a storyline over several articles, and a later one need not repeat the
topic's word: the union official's guarded words in the story of the deal are about the
dispute the earlier stories named. An article belongs to the storyline of a topic when it
names at least MIN_SHARED of the distinctive people, organisations and places of the
person's articles that are about the topic (those holding their words on it), and
appeared on the day of one of them or up to WINDOW_DAYS after (an article that gives no
date, the day it was read in, is placed by its names alone): a storyline goes on from
where the topic came up, and a story from before it (the landslide's, before anyone spoke
of a temporary road) is not about it. Distinctive: named in at most DISTINCT_SHARE of the store's
articles (or DISTINCT_FLOOR, in a small store), so the country or the government every
story names ties nothing together. The asked person is never one of the shared names.

Only for a question naming a person: a general "who said what about X" never fills with
everybody's words in loosely related stories. The remarks rank after every direct match
(ask/search.py tier 3, after the stories about the topic).
"""

from __future__ import annotations

from datetime import date

from ask.story_ties import (
    DISTINCT_FLOOR,
    DISTINCT_SHARE,
    MIN_SHARED,
    WINDOW_DAYS,
    continuations,
    name_of,
)
from common.names import fold
from records.quotes import QuoteRow
from storage.db import Store
from storage.quote_lookup import quotes_by_speakers

__all__ = ["DISTINCT_FLOOR", "DISTINCT_SHARE", "MIN_SHARED", "STORYLINE_RANK", "WINDOW_DAYS"]
# After the stories about the topic (their ranks are minus how much they are about it).
STORYLINE_RANK = 1.0


def storyline_remarks(
    store: Store,
    found: list[QuoteRow],
    speaker_ids: list[int],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """The speakers' remarks in the later articles of the storyline of the articles holding
    `found` (their words on the topic), in article order, newest article first."""
    seeds = {r.article_id: _day(r) for r in found}
    if not seeds or not speaker_ids:
        return []
    rows = quotes_by_speakers(store, speaker_ids, since=since, until=until, limit=limit)
    dated = [day for day in seeds.values() if day is not None]
    near = {
        r.article_id
        for r in rows
        if r.article_id not in seeds
        and (
            (day := _day(r)) is None  # an article that gives no date: by its names alone
            or not dated
            or any(0 <= (day - seed).days <= WINDOW_DAYS for seed in dated)
        )
    }
    if not near:
        return []
    own = frozenset(name_of(fold(r.speaker), "PERSON") for r in rows if r.speaker)
    keep = continuations(store, list(seeds), sorted(near), ignore=own)
    return [r for r in rows if r.article_id in keep]


def _day(row: QuoteRow) -> date | None:
    """The day the row's article gives, if it gives one."""
    try:
        return date.fromisoformat((row.published or "")[:10])
    except ValueError:
        return None
