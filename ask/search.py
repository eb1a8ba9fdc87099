"""Quotes about a topic: what counts as speaking about it, and in what order (tiers).

1. quote: its own words, its sentence or their lemmas match every concept of the topic (each
   concept by any of its synonyms, stems matching: "leaks" ~ "leaking"). In a story where
   none does for a topic of several concepts, a quote matching some of them will do when the
   story is about the others ("water recycling": "wastewater recycling" in an article about
   water; "ambulance delays": "the delays were ..." in the story headed on ambulances).
2. context: a quote in a paragraph that discusses the topic (every concept in it: "Demir
   denied targeting civilians. 'Our forces fired only at positions...' Demir said."; or
   every concept the story does not make prominent, the rest prominent in it: the nurses'
   uncertainty in the story headed on the hospice; such a quote ranks after tier 3's
   stories about the whole topic), or
   in the turn that answers such a paragraph in a transcript or an interview ("Q: ..."
   then "A: ..."), or given with a cue that answers the paragraph before it ("'...,'
   replied Abbot" after the paragraph on parking charges; ask/data/topics.json
   "replies"), and, for a speaker who spoke about the topic, their remarks one paragraph
   either side of such a paragraph or of their own words on it.
3. article: a speaker's remark in a story about the topic, although the words do not repeat
   it (the pilots' leader on the pay offer, in a story about the strike at the port). A story
   is about the topic when every concept is prominent in it: in its headline, standfirst or
   first paragraphs of the story (after the standfirst, which a stored body repeats), or
   said again and again in its body (see `about`), one of a long topic's anywhere in it
   (ask/unsaid_words.py LONG_TOPIC); a word for a quality ("the old town hall",
   ask/unsaid_words.py `quality_word`) need not be said in it at all, when its things
   are prominent (such a story ranks after one that says every word prominently). For a
   question naming a person, last, their remarks in another story of the storyline: one that
   shares the distinctive names of their stories on the topic (ask/storyline.py).
A quote that only shares a word with the topic in an unrelated article is none of these. A
topic nobody spoke about gets nothing: never loosely related quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from ask.concept_places import by_concept
from ask.headline_led import SHARE, headline_led
from ask.introduced import introduced_before
from ask.lexicon import fts_query, load_topics, quote_query, singular
from ask.storyline import STORYLINE_RANK, storyline_remarks
from ask.subtopics import on_the_subtopic
from ask.turns import turn_continuations
from ask.unsaid_words import LONG_TOPIC, quality_word
from storage.db import Store
from storage.quote_search import TopicPlaces, articles_quoting, quotes_about, topic_places
from storage.quotes import QuotePlace, QuoteRow, quote_places, quotes_by_id

MAX_CONTEXT_SPEAKERS = 40
MAX_CONTEXT_ARTICLES = 50  # the most relevant: enough for an answer of 60 quotes
CONTEXT_PARAGRAPHS = 1
# A story is about a concept when its headline, standfirst or first LEAD_PARAGRAPHS name it
# (paragraphs of the story's own text: a body that opens with the standfirst has one more),
# or its body does at least FREQUENT times and once every DENSITY characters.
LEAD_PARAGRAPHS = 2
FREQUENT = 3
DENSITY = 2_000
# Synthetic ranks (bm25 ranks are negative: lower is better; tiers come first anyway).
CONTEXT_RANK = 0.0
PARTIAL_RANK = 0.5  # after the stories about the topic (minus how much), before a storyline
_TOKEN = re.compile(r"[^\W_]+")
_SLUG = re.compile(
    r"^[a-z]+://[^/]+/(?:[^?#]*/)?(?P<slug>[^/?#]+?)(?:\.[a-z]+)?/?(?:[?#].*)?$", re.I
)


class FoundList(list["Found"]):
    """Quotes found for a topic, best first, and how many statements more were found in
    stories about it but not read (beyond the search's limit)."""

    unread: int = 0


@dataclass(frozen=True)
class Found:
    """A quote found for a topic, and how: "quote", "context" or "article" (or "speaker"
    for a speaker's quotes)."""

    row: QuoteRow
    how: str
    rank: float | None = None  # within its tier (lower is better); None: the row's bm25

    @property
    def score(self) -> float:
        """How relevant within its tier (lower is better)."""
        return self.row.rank if self.rank is None else self.rank


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
    names: frozenset[str] = frozenset(),
    clause: frozenset[str] = frozenset(),
) -> FoundList:
    """Quotes about the topic (see the module docstring), best first; `stories` adds the
    remarks in stories about it (tier 3); `names` are words the question capitalised (a
    name's words are no qualities: "the Royal Oak"); `clause` are its clause's verbs, which a
    story need not say either (ask/clause_verbs.py). `articles` keeps to articles with ids
    in (after, through] (what a digest has not shown yet)."""
    match, in_quotes = fts_query(groups), quote_query(groups)
    if match is None or in_quotes is None:
        return FoundList()
    window = {"speaker_ids": speaker_ids, "since": since, "until": until, "articles": articles}
    core = quotes_about(store, in_quotes, in_quote=True, limit=limit, **window)  # type: ignore[arg-type]
    things = [g for g in groups if not _quality(g, names, clause)]
    candidates = articles_quoting(
        store,
        speaker_ids,
        (fts_query(things) or match) if things else match,  # a story need not say a quality
        since=since,
        until=until,
        limit=MAX_CONTEXT_ARTICLES,
        articles=articles,
    )
    topic = topic_in_articles(store, groups, match, candidates, names, clause)
    if len(groups) > 1:  # in a story with no quote on them all: some concepts, the story the rest
        core += _in_part(store, groups, match, topic, {r.article_id for r in core}, limit, window)
    found = FoundList(Found(r, "quote") for r in core)
    seen = {r.id for r in core}
    context, story, unread = _around(store, topic, core, speaker_ids, limit if stories else 0)
    story = on_the_subtopic(store, groups, story)  # a two-things story: its remarks on ours
    found.unread = len(unread - {(r.article_id, r.attribution) for r in core})
    for row in context:
        if row.id not in seen:
            seen.add(row.id)
            found.append(Found(row, "context", CONTEXT_RANK))
    if stories:
        for row, rank in story:
            if row.id not in seen:
                seen.add(row.id)
                found.append(Found(row, "article", rank))
    if stories and speaker_ids and articles is None:  # and their remarks along its storyline
        rows = [f.row for f in found]
        for row in storyline_remarks(store, rows, speaker_ids, since=since, until=until):
            if row.id not in seen:
                seen.add(row.id)
                found.append(Found(row, "article", STORYLINE_RANK))
    return found


def _in_part(
    store: Store,
    groups: list[tuple[str, ...]],
    match: str,
    topic: _Topic,
    done: set[int],
    limit: int,
    window: Mapping[str, object],
) -> list[QuoteRow]:
    """In a story that has no quote naming every concept of the topic, the quotes naming some
    of them when the story is about the others: prominent in it (`about`), as all are in a
    story about the whole topic ("ambulance delays": a chief executive's words on "the
    delays" in the story whose headline is about ambulances). Best first."""
    named: dict[int, set[int]] = {}
    rows: dict[int, QuoteRow] = {}
    for index, group in enumerate(groups):
        found = quotes_about(
            store,
            quote_query([group]) or "",
            in_quote=True,
            article_query=match,
            limit=limit,
            **window,  # type: ignore[arg-type]
        )
        for row in found:
            if row.article_id not in done:
                named.setdefault(row.id, set()).add(index)
                rows.setdefault(row.id, row)
    kept = [
        row
        for row in rows.values()
        if row.article_id in topic.stories
        or all(
            i in named[row.id] or topic.prominent.get(row.article_id, {}).get(i, False)
            for i in range(len(groups))
        )
    ]
    return sorted(kept, key=lambda r: r.rank)


def about(places: list[TopicPlaces | None], spare: int = 0) -> float:
    """How much a story is about a topic, from where each of its concepts is in it (0: not
    about it). Every concept must be prominent: in the headline, the standfirst or the
    first LEAD_PARAGRAPHS paragraphs of the story's own text (after the standfirst where
    the body opens with it), or said again and again (at least FREQUENT times, and once
    every DENSITY characters of the body); but `spare` of them, said anywhere in it. The
    score adds up how prominent."""
    score = 0.0
    for place in places:
        if place is None:
            return 0.0
        starts = place.paragraphs
        last = LEAD_PARAGRAPHS + place.story_from
        lead_end = starts[last] if len(starts) > last else place.length
        in_lead = sum(1 for p, _ in place.body if p < lead_end)
        count = len(place.body)
        frequent = count >= max(FREQUENT, place.length / DENSITY)
        if not (place.headline or place.standfirst or in_lead or frequent):
            if spare < 1 or not count:
                return 0.0
            spare -= 1
            continue
        score += 3 * min(len(place.headline), 1) + 2 * min(len(place.standfirst) + in_lead, 1)
        score += min(count, FREQUENT) / FREQUENT
    return score


@dataclass
class _Topic:
    """Where a topic is in candidate articles: each article's paragraph starts, the
    paragraphs where every concept is, and how much each story is about it (`about`)."""

    paragraphs: dict[int, list[int]] = field(default_factory=dict)
    near: dict[int, set[int]] = field(default_factory=dict)
    stories: dict[int, float] = field(default_factory=dict)
    prominent: dict[int, dict[int, bool]] = field(default_factory=dict)  # by concept
    partial: dict[int, set[int]] = field(default_factory=dict)  # paragraphs on the rest


def topic_in_articles(
    store: Store,
    groups: list[tuple[str, ...]],
    match: str,
    articles: list[int],
    names: frozenset[str] = frozenset(),
    clause: frozenset[str] = frozenset(),
) -> _Topic:
    """Where the topic is in the articles, and how much each is about it (`stories`)."""
    topic = _Topic()
    if not articles:
        return topic
    things = [i for i, group in enumerate(groups) if not _quality(group, names, clause)]
    if 0 < len(things) < len(groups):  # where the qualities are too, in stories of the things
        match = f"({fts_query([groups[i] for i in things])}) OR ({fts_query(groups)})"
    found = topic_places(store, match, articles)  # one pass: each hit told to its concept
    half: dict[int, float] = {}  # long topics' stories that lead on half their concepts
    for article in articles:
        whole = found.get(article)
        if whole is None:
            continue
        places = by_concept(whole, groups)
        present = [p for p in places if p is not None]
        if any(places[i] is None for i in things) or not present:
            continue
        starts = whole.paragraphs
        topic.paragraphs[article] = starts
        told = [places[i] for i in things] if things else present  # a quality need not be
        sets = [{bisect_right(starts, h) - 1 for h, _ in p.body} for p in told if p is not None]
        near = set.intersection(*sets) if sets else set()
        # "The Royal College of Nursing criticised the uncertainty. Its regional officer said
        # nurses ...": a paragraph on the concepts the story does not lead on, in a story
        # that leads on the rest ("hospice"), discusses the topic too
        unled = [s for p, s in zip(told, sets, strict=True) if p is not None and not about([p])]
        if unled and len(unled) < len(sets):
            topic.partial[article] = set.intersection(*unled) - near
        # In a transcript or an interview, the turn after one on the topic answers it:
        # "PRESENTER: So the fishermen have nothing to worry about?" "TOLLEFSEN: I didn't
        # say that. ..." is her answer about the fishermen.
        near |= {p + 1 for p in near if p in whole.turns and p + 1 in whole.turns}
        topic.near[article] = near
        score = about(places) or SHARE * headline_led(places) * about(
            [p for p in present if p.headline]
        )
        if not score and 0 < len(things) < len(places):  # "the old town hall": its things
            score = SHARE * about([places[i] for i in things])
        if not score and len(places) >= LONG_TOPIC:  # a long topic: one concept said anywhere
            score = SHARE * about(places, spare=1)
            half[article] = SHARE * about(places, spare=len(places) // 2)
        if score:
            topic.stories[article] = score
        topic.prominent[article] = {i: about([p]) > 0 for i, p in enumerate(places)}
    if not topic.stories:  # none leads on it: those that say it all and lead on half of it
        topic.stories = {article: score for article, score in half.items() if score}
    return topic


def _quality(
    group: tuple[str, ...], names: frozenset[str], clause: frozenset[str] = frozenset()
) -> bool:
    """Whether a story need not say the concept: a word for a quality (no name's word) or
    the verb of the topic's clause."""
    return (quality_word(group) and group[0] not in names) or (
        len(group) == 1 and group[0] in clause
    )


def _around(
    store: Store,
    topic: _Topic,
    core: list[QuoteRow],
    speaker_ids: list[int] | None,
    limit: int,
) -> tuple[list[QuoteRow], list[tuple[QuoteRow, float]], set[tuple[int, int]]]:
    """Quotes in the paragraphs that discuss the topic, with the core's speakers' remarks
    within CONTEXT_PARAGRAPHS of them (tier 2); the remarks in stories about the topic, the
    stories most about it first (tier 3, ranked by `about`; at most `limit` read); and the
    statements of tier 3 left unread."""
    speakers = list(dict.fromkeys(r.speaker_id for r in core if r.speaker_id is not None))
    spoke = set(speakers[:MAX_CONTEXT_SPEAKERS])
    # The paragraphs of each speaker's own words on the topic: their remarks either side
    # go on with them ("the delays were ..." then "An ambulance queueing ...," she said).
    own: dict[tuple[int, int | None], set[int]] = {}
    for row in core:
        if row.speaker_id in spoke and row.article_id in topic.paragraphs:
            at = bisect_right(topic.paragraphs[row.article_id], row.start) - 1
            own.setdefault((row.article_id, row.speaker_id), set()).add(at)
    context: list[int] = []
    partial: list[int] = []  # in a paragraph on what the story does not lead on
    in_stories: list[QuotePlace] = []
    places = quote_places(store, speaker_ids, list(topic.paragraphs))
    answers = _answers(store, topic, places)
    for place in places:
        where = topic.near.get(place.article_id, set())
        here = bisect_right(topic.paragraphs[place.article_id], place.start) - 1
        reach = CONTEXT_PARAGRAPHS if place.speaker_id in spoke else 0
        where = where | own.get((place.article_id, place.speaker_id), set())
        if place.id in answers or any(abs(here - p) <= reach for p in where):
            context.append(place.id)
        elif here in topic.partial.get(place.article_id, set()):
            (partial if limit else context).append(place.id)
        elif place.article_id in topic.stories:
            in_stories.append(place)
    # "Dr X will open ..., an independent practice" then "'...,' X said": as its introduction
    near_ids, led = introduced_before(
        store,
        places,
        topic.paragraphs,
        [(topic.near, set(context)), (topic.partial, {*context, *partial} if limit else set())],
    )
    context += [p.id for p in places if p.id in near_ids]
    led -= near_ids
    (partial if limit else context).extend(p.id for p in places if p.id in led)
    in_stories = [p for p in in_stories if p.id not in near_ids | led]
    seeds = {p.id: p.article_id for p in places if p.id in set(context)}
    goes_on = turn_continuations(store, topic.paragraphs, seeds) - set(context)
    context += [p.id for p in places if p.id in goes_on]
    in_stories = [p for p in in_stories if p.id not in goes_on]
    # The stories most about the topic first (places come in article order already).
    in_stories.sort(key=lambda p: -topic.stories[p.article_id])
    story = {p.id: -topic.stories[p.article_id] for p in in_stories[:limit]}
    story |= {i: PARTIAL_RANK for i in partial}  # after the stories about the whole topic
    unread = {(p.article_id, p.attribution) for p in in_stories[limit:]}
    unread -= {(p.article_id, p.attribution) for p in in_stories[:limit]}
    rows = quotes_by_id(store, context + list(story))
    in_context = set(context)
    return (
        [r for r in rows if r.id in in_context],
        [(r, story[r.id]) for r in rows if r.id in story],
        unread,
    )


def _answers(store: Store, topic: _Topic, places: list[QuotePlace]) -> set[int]:
    """The quotes given with a cue that answers what came just before ("replied",
    "responded": ask/data/topics.json "replies") in the paragraph after one that discusses
    the topic: the answer is about it too."""
    after = [
        place.id
        for place in places
        if bisect_right(topic.paragraphs[place.article_id], place.start) - 2
        in topic.near.get(place.article_id, set())
    ]
    if not after:
        return set()
    replies = load_topics().replies
    return {row.id for row in quotes_by_id(store, after) if (row.cue or "").lower() in replies}


def slug_names(url: str | None, groups: list[tuple[str, ...]]) -> bool:
    """Whether an article's address names every concept of the topic in its last part, the
    words an editor chose for the story (".../2026/11/17/exoplanet-water-vapour" is a
    story about the exoplanet, though its text says "a rocky planet")."""
    found = _SLUG.match(url or "")
    if found is None or not groups:
        return False
    words = [singular(w) for w in _TOKEN.findall(found.group("slug").lower())]

    def named(form: str) -> bool:
        want = [singular(w) for w in _TOKEN.findall(form.lower())]
        size = len(want)
        return bool(want) and any(words[k : k + size] == want for k in range(len(words)))

    return all(any(named(form) for form in group) for group in groups)
