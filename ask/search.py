"""Quotes about a topic: what counts as speaking about it, and in what order.

A quote is about a topic when its own words, its sentence or their lemmas match every concept
of the topic (each concept by any of its synonyms, stems matching: "leaks" ~ "leaking").
Around that core, ranked after it:
- context: a quote in the paragraph where the article discusses the topic ("Demir denied
  targeting civilians. 'Our forces fired only at positions...' Demir said."), and, for a
  speaker who spoke about the topic, their remarks one paragraph either side (de Jong's
  "exactly the fight we have been predicting", next to the paragraph on the drought);
- headline: quotes in articles whose headline names the topic come last;
- when no quote matches a topic of several concepts, a quote matching one of them in an
  article matching all of them will do ("water recycling": "wastewater recycling" in an
  article about water).
A topic nobody spoke about gets nothing: never loosely related quotes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from ask.lexicon import fts_query
from storage.db import Store
from storage.quote_search import (
    articles_quoting,
    quotes_about,
    quotes_and_headlines,
    topic_positions,
)
from storage.quotes import QuoteRow, quote_places, quotes_by_id

MAX_CONTEXT_SPEAKERS = 40
MAX_CONTEXT_ARTICLES = 50  # the most relevant: enough for an answer of 60 quotes
CONTEXT_PARAGRAPHS = 1
# Synthetic ranks (bm25 ranks are negative: lower is better).
CONTEXT_RANK = 0.0
HEADLINE_RANK = 1.0


@dataclass(frozen=True)
class Found:
    """A quote found for a topic, and how: "quote", "context" or "headline"."""

    row: QuoteRow
    how: str


def quotes_on_topic(
    store: Store,
    groups: list[tuple[str, ...]],
    *,
    speaker_ids: list[int] | None = None,
    since: str | None = None,
    until: str | None = None,
    headlines: bool = False,
    limit: int = 200,
    articles: tuple[int, int] | None = None,
) -> list[Found]:
    """Quotes about the topic (see the module docstring), best first. `articles` keeps to
    articles with ids in (after, through] (what a digest has not shown yet)."""
    match = fts_query(groups)
    if match is None:
        return []
    window = {"speaker_ids": speaker_ids, "since": since, "until": until, "articles": articles}
    anywhere: list[QuoteRow] | None = None
    if len(groups) == 1 and headlines:  # one pass over the index serves both
        core, anywhere = quotes_and_headlines(store, match, limit=limit, **window)  # type: ignore[arg-type]
    else:
        core = quotes_about(store, match, in_quote=True, limit=limit, **window)  # type: ignore[arg-type]
    if not core and len(groups) > 1:
        anyof = " OR ".join(f"({fts_query([g])})" for g in groups)
        core = quotes_about(
            store,
            anyof,
            in_quote=True,
            article_query=match,
            limit=limit,
            **window,  # type: ignore[arg-type]
        )
    found = [Found(r, "quote") for r in core]
    seen = {r.id for r in core}
    for row in _context(store, match, core, speaker_ids, since, until, articles):
        if row.id not in seen:
            seen.add(row.id)
            found.append(Found(replace(row, rank=CONTEXT_RANK), "context"))
    if headlines:
        if anywhere is None:
            anywhere = quotes_about(store, match, limit=limit, **window)  # type: ignore[arg-type]
        for row in anywhere:
            if row.id not in seen:
                seen.add(row.id)
                found.append(Found(replace(row, rank=HEADLINE_RANK + row.rank), "headline"))
    return found


def _context(
    store: Store,
    match: str,
    core: list[QuoteRow],
    speaker_ids: list[int] | None,
    since: str | None,
    until: str | None,
    window: tuple[int, int] | None = None,
) -> list[QuoteRow]:
    """Quotes in the paragraph where an article discusses the topic, and the core's
    speakers' remarks within CONTEXT_PARAGRAPHS of it."""
    speakers = list(dict.fromkeys(r.speaker_id for r in core if r.speaker_id is not None))
    spoke = set(speakers[:MAX_CONTEXT_SPEAKERS])
    articles = articles_quoting(
        store,
        speaker_ids,
        match,
        since=since,
        until=until,
        limit=MAX_CONTEXT_ARTICLES,
        articles=window,
    )
    if not articles:
        return []
    positions = topic_positions(store, match, articles)
    kept = []
    near: dict[int, set[int]] = {}  # article -> paragraphs where the topic is
    for place in quote_places(store, speaker_ids, articles):
        hits, paragraphs = positions.get(place.article_id, ([], [0]))
        if not hits:
            continue
        if place.article_id not in near:
            near[place.article_id] = {bisect_right(paragraphs, h) - 1 for h in hits}
        here = bisect_right(paragraphs, place.start) - 1
        reach = CONTEXT_PARAGRAPHS if place.speaker_id in spoke else 0
        if any(abs(here - p) <= reach for p in near[place.article_id]):
            kept.append(place.id)
    return quotes_by_id(store, kept)
