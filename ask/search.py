"""Quotes about a topic: what counts as speaking about it, and in what order (tiers).

1. quote: its own words, its sentence or their lemmas match every concept of the topic (each
   concept by any of its synonyms, stems matching: "leaks" ~ "leaking"). When none does for a
   topic of several concepts, a quote matching one of them in an article matching all of
   them will do ("water recycling": "wastewater recycling" in an article about water).
2. context: a quote in a paragraph that discusses the topic (every concept in it: "Demir
   denied targeting civilians. 'Our forces fired only at positions...' Demir said."), and,
   for a speaker who spoke about the topic, their remarks one paragraph either side.
3. article: a speaker's remark in a story about the topic, although the words do not repeat
   it (the pilots' leader on the pay offer, in a story about the strike at the port). A story
   is about the topic when every concept is prominent in it: in its headline, standfirst or
   first paragraphs, or said again and again in its body (see `about`).
A quote that only shares a word with the topic in an unrelated article is none of these. A
topic nobody spoke about gets nothing: never loosely related quotes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ask.lexicon import fts_query
from storage.db import Store
from storage.quote_search import TopicPlaces, articles_quoting, quotes_about, topic_places
from storage.quotes import QuoteRow, quote_places, quotes_by_id

MAX_CONTEXT_SPEAKERS = 40
MAX_CONTEXT_ARTICLES = 50  # the most relevant: enough for an answer of 60 quotes
CONTEXT_PARAGRAPHS = 1
# A story is about a concept when its headline, standfirst or first LEAD_PARAGRAPHS name it,
# or its body does at least FREQUENT times and once every DENSITY characters.
LEAD_PARAGRAPHS = 2
FREQUENT = 3
DENSITY = 2_000
# Synthetic ranks (bm25 ranks are negative: lower is better; tiers come first anyway).
CONTEXT_RANK = 0.0


@dataclass(frozen=True)
class Found:
    """A quote found for a topic, and how: "quote", "context" or "article" (or "speaker"
    for a speaker's quotes)."""

    row: QuoteRow
    how: str


def quotes_on_topic(
    store: Store,
    groups: list[tuple[str, ...]],
    *,
    speaker_ids: list[int] | None = None,
    since: str | None = None,
    until: str | None = None,
    stories: bool = False,
    limit: int = 200,
    articles: tuple[int, int] | None = None,
) -> list[Found]:
    """Quotes about the topic (see the module docstring), best first; `stories` adds the
    remarks in stories about it (tier 3). `articles` keeps to articles with ids in (after,
    through] (what a digest has not shown yet)."""
    match = fts_query(groups)
    if match is None:
        return []
    window = {"speaker_ids": speaker_ids, "since": since, "until": until, "articles": articles}
    core = quotes_about(store, match, in_quote=True, limit=limit, **window)  # type: ignore[arg-type]
    candidates = articles_quoting(
        store,
        speaker_ids,
        match,
        since=since,
        until=until,
        limit=MAX_CONTEXT_ARTICLES,
        articles=articles,
    )
    topic = _in_articles(store, groups, match, candidates)
    if not core and len(groups) > 1:  # one concept of several, in a story about them all
        anyof = " OR ".join(f"({fts_query([g])})" for g in groups)
        loose = quotes_about(
            store,
            anyof,
            in_quote=True,
            article_query=match,
            limit=limit,
            **window,  # type: ignore[arg-type]
        )
        core = [r for r in loose if r.article_id in topic.stories]
    found = [Found(r, "quote") for r in core]
    seen = {r.id for r in core}
    context, story = _around(store, topic, core, speaker_ids)
    for row in context:
        if row.id not in seen:
            seen.add(row.id)
            found.append(Found(replace(row, rank=CONTEXT_RANK), "context"))
    if stories:
        for row in story:
            if row.id not in seen:
                seen.add(row.id)
                found.append(Found(row, "article"))
    return found


def about(places: list[TopicPlaces | None]) -> float:
    """How much a story is about a topic, from where each of its concepts is in it (0: not
    about it). Every concept must be prominent: in the headline, the standfirst or the
    first LEAD_PARAGRAPHS paragraphs, or said again and again (at least FREQUENT times, and
    once every DENSITY characters of the body). The score adds up how prominent."""
    score = 0.0
    for place in places:
        if place is None:
            return 0.0
        starts = place.paragraphs
        lead_end = starts[LEAD_PARAGRAPHS] if len(starts) > LEAD_PARAGRAPHS else place.length
        in_lead = sum(1 for p in place.body if p < lead_end)
        count = len(place.body)
        frequent = count >= max(FREQUENT, place.length / DENSITY)
        if not (place.headline or place.standfirst or in_lead or frequent):
            return 0.0
        score += 3 * min(place.headline, 1) + 2 * min(place.standfirst + in_lead, 1)
        score += min(count, FREQUENT) / FREQUENT
    return score


@dataclass
class _Topic:
    """Where a topic is in candidate articles: each article's paragraph starts, the
    paragraphs where every concept is, and how much each story is about it (`about`)."""

    paragraphs: dict[int, list[int]] = field(default_factory=dict)
    near: dict[int, set[int]] = field(default_factory=dict)
    stories: dict[int, float] = field(default_factory=dict)


def _in_articles(
    store: Store, groups: list[tuple[str, ...]], match: str, articles: list[int]
) -> _Topic:
    topic = _Topic()
    if not articles:
        return topic
    per_concept = [topic_places(store, fts_query([g]) or match, articles) for g in groups]
    for article in articles:
        places = [concept.get(article) for concept in per_concept]
        present = [p for p in places if p is not None]
        if len(present) < len(places) or not present:
            continue
        starts = present[0].paragraphs
        topic.paragraphs[article] = starts
        sets = [{bisect_right(starts, h) - 1 for h in p.body} for p in present]
        topic.near[article] = set.intersection(*sets)
        score = about(places)
        if score:
            topic.stories[article] = score
    return topic


def _around(
    store: Store, topic: _Topic, core: list[QuoteRow], speaker_ids: list[int] | None
) -> tuple[list[QuoteRow], list[QuoteRow]]:
    """Quotes in the paragraphs that discuss the topic, with the core's speakers' remarks
    within CONTEXT_PARAGRAPHS of them (tier 2); and the remarks in stories about the topic,
    the stories most about it first (tier 3, ranked by `about`)."""
    speakers = list(dict.fromkeys(r.speaker_id for r in core if r.speaker_id is not None))
    spoke = set(speakers[:MAX_CONTEXT_SPEAKERS])
    context: list[int] = []
    story: dict[int, float] = {}
    for place in quote_places(store, speaker_ids, list(topic.paragraphs)):
        where = topic.near.get(place.article_id, set())
        here = bisect_right(topic.paragraphs[place.article_id], place.start) - 1
        reach = CONTEXT_PARAGRAPHS if place.speaker_id in spoke else 0
        if any(abs(here - p) <= reach for p in where):
            context.append(place.id)
        elif place.article_id in topic.stories:
            story[place.id] = -topic.stories[place.article_id]
    rows = quotes_by_id(store, context + list(story))
    in_context = set(context)
    return (
        [r for r in rows if r.id in in_context],
        [replace(r, rank=story[r.id]) for r in rows if r.id in story],
    )
