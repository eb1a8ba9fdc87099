"""Who said what about a topic when few stories say it in the question's words: the stories
about the names the topic holds.

"The Dunmarra maternity unit closure" is told as "births to stop" and "the suspension": no
story is about every concept of the topic (ask/search.py), yet the stories about Dunmarra's
maternity unit are its story. A topic's names (the people, organisations and places the
store knows: "Dunmarra", "Kestrel Court", "Harwick Town") are what makes it distinctive;
its common words ("closure", "claims", "takeover") only rank (the quotes and stories
that say them come first). When the direct tiers come
from fewer than ENOUGH_STORIES articles, the search backs off to the topic's names alone:
the remarks in stories about them count too, in a last tier ("part") after every direct
match. When some stories were found, only the articles of their storyline (sharing their
distinctive people, organisations and places, as ask/storyline.py ties one) join them: the
deal to buy the club is the takeover's story, the match report is not. When none were
found, a story about the names must say at least half of the topic's other concepts
somewhere ("maternity", "unit": the story of the town's football club does not). A story is about
the names when they are prominent in it (`ask.search.about`) and its headline or
standfirst names them: a story that names a village in its first lines on
the way to another subject is not the village's story. A name is distinctive: named in at
most DISTINCT_SHARE of the store's articles (or DISTINCT_FLOOR, in a small store), so the
country every story names anchors nothing. A topic with no name, or nothing but names,
does not back off, nor a question of who said a claim (`asks_about`). "Who said what in
the Saltmere ferry trial" ("at the inquest", "during the strike", "after the final") asks
about the named event as "about" does: its storyline's verdict story holds its words too.
A question of who
took a side on the topic ("who condemned ...") backs off only when no story says it: a
side taken in a story of its names need not be one on the topic (the minister's own words
in the story of the riot do not condemn her response).
"""

from __future__ import annotations

import re

from ask.intents import ABOUT, AT
from ask.lexicon import fts_query, singular
from ask.loose_questions import tail_subject
from ask.search import PARTIAL_RANK, Found, FoundList, quotes_on_topic
from ask.storyline import DISTINCT_FLOOR, DISTINCT_SHARE, MIN_SHARED
from ask.subtopics import on_the_subtopic
from common.names import fold
from storage.db import Store
from storage.quote_search import articles_naming
from storage.quotes import QuoteRow
from storage.storyline import (
    article_entities,
    article_total,
    entity_article_counts,
    named_keys,
)

# Fewer stories than this among the direct matches: back off to the topic's names.
ENOUGH_STORIES = 3
# The longest name looked for among the topic's words.
LONGEST_NAME = 4
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_ASKED_ABOUT = re.compile(rf"(?:\b{ABOUT}|^/whosaid)\s+$")
# "who said what in/at/during <event>": the topic is where the words were said
_ASKED_WHAT = re.compile(r"(?:\bwhat|^/whosaid)\s+$")
_AT_EVENT = re.compile(rf"{AT}\s+\S")


def _kept(found: list[Found], kept: list[tuple[QuoteRow, float]]) -> list[bool]:
    ids = {row.id for row, _ in kept}
    return [f.row.id in ids for f in found]


def asks_about(question: str, topic: str) -> bool:
    """Whether the question asks about its topic as a subject ("who said what about X",
    "/whosaid X", "who said what at/in/during the X", "X - who's said what?"), not who said
    a claim ("who said the school is not for sale": its words must be said, and no story of
    the school says them)."""
    text, topic = question.lower(), topic.lower()
    at = text.rfind(topic) if topic else -1
    if at == 0:  # "student flats on the park - who's said what?": its subject
        return tail_subject(text.rstrip(" ?!.")) is not None
    if at < 0:
        return False
    before = text[:at]
    event = _ASKED_WHAT.search(before) and _AT_EVENT.match(topic)
    return bool(_ASKED_ABOUT.search(before) or event)


def topic_names(
    store: Store, topic: str, groups: list[tuple[str, ...]]
) -> tuple[list[int], set[str]]:
    """The indices of the concepts that are words of a distinctive name the store knows,
    in topic order, and those names' keys (none when there are none, or when every concept
    is one)."""
    words = [fold(w) for w in _WORD.findall(topic)]
    runs = {
        " ".join(words[i : i + size]): (i, size)
        for size in range(1, LONGEST_NAME + 1)
        for i in range(len(words) - size + 1)
    }
    counts = named_keys(store, list(runs))
    most = max(DISTINCT_FLOOR, DISTINCT_SHARE * article_total(store))
    keys = {key for key, count in counts.items() if count <= most}
    named = {singular(w) for key in keys for w in key.split()}
    anchor = [
        index
        for index, group in enumerate(groups)
        if any(singular(fold(form)) in named for form in group)
    ]
    return (anchor, keys) if 0 < len(anchor) < len(groups) else ([], set())


def with_named_stories(
    store: Store,
    topic: str,
    groups: list[tuple[str, ...]],
    found: FoundList,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    enough: int = ENOUGH_STORIES,
) -> tuple[FoundList, list[tuple[str, ...]]]:
    """The quotes found for the topic, then (when they come from fewer than `enough`
    articles) the remarks in the stories about its names, tier "part"; and the names'
    concepts backed off to (empty when it did not back off)."""
    # (a story lending only a paragraph on part of the topic is no story about it)
    seeds = {f.row.article_id for f in found if f.rank != PARTIAL_RANK}
    if len(seeds) >= enough:
        return found, []
    anchor, keys = topic_names(store, topic, groups)
    if not anchor:
        return found, []
    names = [groups[i] for i in anchor]
    wider = quotes_on_topic(store, names, since=since, until=until, stories=True, limit=limit)
    seen = {f.row.id for f in found}
    more = [f for f in wider if f.row.id not in seen]
    # a story about a name heads with it: one that names it in passing is about else
    ids = list({f.row.article_id for f in more})
    headed = articles_naming(store, fts_query(names) or "", ids, headed=True)
    if seeds:  # and continues the story found: not every story of the place
        headed = same_story(store, seeds, headed, keys)
    else:  # and says at least half of the rest of the topic
        rest = [g for i, g in enumerate(groups) if i not in anchor]
        headed = saying(store, rest, headed)
    more = [f for f in more if f.row.article_id in headed]
    on_it = on_the_subtopic(store, groups, [(f.row, 0.0) for f in more])  # of two things, ours
    more = [f for f, kept in zip(more, _kept(more, on_it), strict=True) if kept]
    if not more:
        return found, []
    result = FoundList(found)
    result.unread = found.unread
    result.extend(Found(f.row, "part", float(n)) for n, f in enumerate(more))
    return result, names


def same_story(store: Store, seeds: set[int], candidates: set[int], names: set[str]) -> set[int]:
    """The candidate articles of the same story as the seed articles (those too): naming at least
    MIN_SHARED of their distinctive people, organisations and places besides the topic's
    names (as ask/storyline.py ties a storyline's articles), whichever came first."""
    if not candidates:
        return set()
    named = article_entities(store, sorted(seeds | candidates))
    shared = {e for a in seeds for e, key in named.get(a, {}).items() if key not in names}
    counts = entity_article_counts(store, sorted(shared))
    most = max(DISTINCT_FLOOR, DISTINCT_SHARE * article_total(store))
    distinctive = {e for e in shared if counts.get(e, 0) <= most}
    kept = {a for a in candidates if len(distinctive & set(named.get(a, {}))) >= MIN_SHARED}
    return kept | (candidates & seeds)


def saying(store: Store, groups: list[tuple[str, ...]], articles: set[int]) -> set[int]:
    """The articles that say (anywhere) at least half of these concepts."""
    said: dict[int, int] = {}
    for group in groups:
        for article in articles_naming(store, fts_query([group]) or "", sorted(articles)):
            said[article] = said.get(article, 0) + 1
    return {a for a, n in said.items() if 2 * n >= len(groups)}
