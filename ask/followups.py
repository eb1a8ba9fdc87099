"""The follow-up stories of a topic: a storyline goes on in articles that no longer say it.

"Ravensholm lifeboat station to close" is followed by "Volunteers hand back pagers as
hundreds march along Ravensholm harbour": the march is the closure's story although its
words are the march's. Once the stories about a topic are found (ask/search.py), the later
articles of their storyline (ask/story_ties.py: the same distinctive people, organisations
and places, within days) lend their remarks too, ranked after every story that says the
topic. A story where only a remark or two says the topic, while the story is about something else
(the swimmers' illness, in the storyline of the sewage warnings), is a follow-up too. A
follow-up must still say one concept of the topic somewhere (the town, the
mistake, the theft), so a story that only shares the cast is no answer to a general "who
said what about X"; a person asked for (`speaker_followups`) is answered from the
storyline of the stories about the topic even when nothing they said there names it.
"""

from __future__ import annotations

from datetime import date, timedelta

from ask.asking import Ask
from ask.lexicon import fts_query
from ask.search import Found, FoundList, quotes_on_topic, topic_in_articles
from ask.story_ties import continuations, name_of
from ask.storyline import STORYLINE_RANK, WINDOW_DAYS
from ask.unsaid_words import paraphrase_word
from common.names import fold
from storage.db import Store
from storage.quote_lookup import quotes_by_speakers
from storage.quote_search import articles_naming
from storage.quotes import quote_places, quotes_by_id
from storage.story_names import article_days, articles_between

# The most articles of the storyline's days read as candidates.
MAX_CANDIDATES = 500
# The fewest concepts of a topic whose storyline's earlier stories may say all but one.
LEAD_IN_CONCEPTS = 4
# The fewest concepts of a topic whose earlier stories may leave out its action or quality.
LEAD_IN_SHORT = 2
_STORY_TIERS = ("quote", "context", "article")


def story_seeds(found: FoundList) -> list[int]:
    """The articles of the stories found on the topic, most relevant first."""
    return list(dict.fromkeys(f.row.article_id for f in found if f.how in _STORY_TIERS))


def with_followups(
    store: Store,
    groups: list[tuple[str, ...]],
    found: FoundList,
    *,
    since: str | None = None,
    until: str | None = None,
) -> FoundList:
    """The quotes found, then the remarks in the later articles of the found stories'
    storyline that say at least one concept of the topic (tier "article", after the
    stories about it)."""
    seeds = story_seeds(found)
    if not seeds:
        return found
    # A story holding one remark on the topic, but not about it, may still go on with the
    # storyline of those about it: its other remarks are the follow-up's.
    seeds = stories_about(store, groups, seeds) or seeds
    days = sorted(d for d in article_days(store, seeds).values() if d)
    if not days:
        return found
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    start = max(since or "", first.isoformat())
    end = (last + timedelta(days=WINDOW_DAYS + 1)).isoformat()
    end = min(until, end) if until else end
    candidates = articles_between(store, start, end, MAX_CANDIDATES)
    kept = continuations(store, seeds, candidates)
    kept &= saying_one(store, groups, kept)
    kept |= _lead_ins(store, groups, seeds, first, since)
    if not kept:
        return found
    seen = {f.row.id for f in found}
    places = quote_places(store, None, sorted(kept))
    rows = [r for r in quotes_by_id(store, [p.id for p in places]) if r.id not in seen]
    result = FoundList([*found, *(Found(r, "article", STORYLINE_RANK) for r in rows)])
    result.unread = found.unread
    return result


def _lead_ins(
    store: Store, groups: list[tuple[str, ...]], seeds: list[int], first: date, since: str | None
) -> set[int]:
    """The earlier articles of the storyline (up to WINDOW_DAYS before its first story about
    the topic) that say every concept of a topic of LEAD_IN_CONCEPTS or more but one: the
    story of the plans lodged ("student block") before the stories of the march against the
    "student flats"; of a topic of two or three, every concept but the asker's word for an
    action or a quality (ask/unsaid_words.py `paraphrase_word`): "the canal bank collapsing"
    was first the story of the canal's breached bank, "the marina expansion" the story of
    plans to double the marina; and the lead-ins of those. A topic of
    fewer concepts, or one that leaves out a thing, is no storyline's: the landslide's
    story is no story of the temporary road, nor the council's budget the story of its
    "council tax"."""
    if len(groups) < LEAD_IN_SHORT:
        return set()
    start = max(since or "", (first - timedelta(days=WINDOW_DAYS)).isoformat())
    candidates = articles_between(store, start, first.isoformat(), MAX_CANDIDATES)
    said: dict[int, set[int]] = {a: set() for a in candidates}
    for index, group in enumerate(groups):
        for article in articles_naming(store, fts_query([group]) or "", sorted(said)):
            said[article].add(index)

    def leaves_out_one(have: set[int]) -> bool:
        missing = [g for i, g in enumerate(groups) if i not in have]
        return len(missing) <= 1 and (
            len(groups) >= LEAD_IN_CONCEPTS or all(paraphrase_word(g, []) for g in missing)
        )

    fitting = [a for a in candidates if leaves_out_one(said[a])]
    found: set[int] = set()
    frontier = list(seeds)  # the storyline back from lead-in to lead-in
    while frontier and len(found) < len(fitting):
        new = continuations(store, frontier, [a for a in fitting if a not in found], earlier=True)
        found |= new
        frontier = sorted(new)
    return found


def stories_about(store: Store, groups: list[tuple[str, ...]], seeds: list[int]) -> list[int]:
    """The seed articles that are about the topic (headline, lead or said again and again:
    ask/search.py `about`), in their order."""
    if not seeds:
        return []
    about = topic_in_articles(store, groups, fts_query(groups) or "", seeds).stories
    return [s for s in seeds if s in about]


def saying_one(store: Store, groups: list[tuple[str, ...]], articles: set[int]) -> set[int]:
    """The articles that say at least one concept of the topic somewhere."""
    said: set[int] = set()
    for group in groups:
        said |= articles_naming(store, fts_query([group]) or "", sorted(articles - said))
    return said


def speaker_followups(ask: Ask, ids: list[int], groups: list[tuple[str, ...]]) -> FoundList:
    """The asked speakers' remarks in the later articles of the storyline of the stories
    about the topic (when none of their words is found on it): "Fenwick-Rowe on the
    lifeboat station" in the story of the march against its closure. Only stories about
    the topic (headline, lead or said again and again) seed it: the power-cut story whose
    one line says customers will get compensation tells no storyline of compensation."""
    since, until = ask.bounds
    stories = quotes_on_topic(ask.store, groups, since=since, until=until, stories=True)
    # a story that names the topic in passing tells no storyline of it
    seeds = stories_about(ask.store, groups, story_seeds(stories))
    rows = quotes_by_speakers(ask.store, ids, since=since, until=until, limit=ask.reach)
    if not seeds or not rows:
        return FoundList()
    own = frozenset(name_of(fold(r.speaker), "PERSON") for r in rows if r.speaker)
    kept = continuations(ask.store, seeds, [r.article_id for r in rows], ignore=own)
    return FoundList(Found(r, "article", STORYLINE_RANK) for r in rows if r.article_id in kept)
