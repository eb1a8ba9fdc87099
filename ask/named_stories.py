"""Who said what about a topic when few stories say it in the question's words: the stories
about the names the topic holds.

"The Dunmarra maternity unit closure" is told as "births to stop" and "the suspension": no
story is about every concept of the topic (ask/search.py), yet the stories about Dunmarra's
maternity unit are its story. A topic's names (the people, organisations and places the
store knows: "Dunmarra", "Kestrel Court", "Harwick Town") are what makes it distinctive;
its common words ("closure", "claims", "takeover") only rank. When the direct tiers come
from fewer than ENOUGH_STORIES articles, the search backs off to the topic's names alone:
the remarks in stories about them count too, in a last tier ("part") after every direct
match. A story is about the names when they are prominent in it (`ask.search.about`) and
its headline or standfirst names them: a story that names a village in its first lines on
the way to another subject is not the village's story. A name is distinctive: named in at
most DISTINCT_SHARE of the store's articles (or DISTINCT_FLOOR, in a small store), so the
country every story names anchors nothing. A topic with no name, or nothing but names,
does not back off.
"""

from __future__ import annotations

import re

from ask.lexicon import fts_query, singular
from ask.search import Found, FoundList, quotes_on_topic
from ask.storyline import DISTINCT_FLOOR, DISTINCT_SHARE
from common.names import fold
from storage.db import Store
from storage.quote_search import articles_headed
from storage.storyline import article_total, named_keys

# Fewer stories than this among the direct matches: back off to the topic's names.
ENOUGH_STORIES = 3
# The longest name looked for among the topic's words.
LONGEST_NAME = 4
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def topic_names(store: Store, topic: str, groups: list[tuple[str, ...]]) -> list[int]:
    """The indices of the concepts that are words of a distinctive name the store knows,
    in topic order (empty when there are none, or when every concept is one)."""
    words = [fold(w) for w in _WORD.findall(topic)]
    runs = {
        " ".join(words[i : i + size]): (i, size)
        for size in range(1, LONGEST_NAME + 1)
        for i in range(len(words) - size + 1)
    }
    counts = named_keys(store, list(runs))
    most = max(DISTINCT_FLOOR, DISTINCT_SHARE * article_total(store))
    named = set()
    for key, count in counts.items():
        if count <= most:
            start, size = runs[key]
            named.update(words[start : start + size])
    named = {singular(w) for w in named}
    anchor = [
        index
        for index, group in enumerate(groups)
        if any(singular(fold(form)) in named for form in group)
    ]
    return anchor if len(anchor) < len(groups) else []


def with_named_stories(
    store: Store,
    topic: str,
    groups: list[tuple[str, ...]],
    found: FoundList,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> tuple[FoundList, list[tuple[str, ...]]]:
    """The quotes found for the topic, then (when they come from fewer than
    ENOUGH_STORIES articles) the remarks in the stories about its names, tier "part";
    and the names' concepts backed off to (empty when it did not back off)."""
    if len({f.row.article_id for f in found}) >= ENOUGH_STORIES:
        return found, []
    anchor = topic_names(store, topic, groups)
    if not anchor:
        return found, []
    names = [groups[i] for i in anchor]
    wider = quotes_on_topic(store, names, since=since, until=until, stories=True, limit=limit)
    seen = {f.row.id for f in found}
    more = [f for f in wider if f.row.id not in seen]
    # a story about a name heads with it: one that names it in passing is about else
    headed = articles_headed(store, fts_query(names) or "", list({f.row.article_id for f in more}))
    more = [f for f in more if f.row.article_id in headed]
    if not more:
        return found, []
    result = FoundList(found)
    result.unread = found.unread
    result.extend(Found(f.row, "part", float(n)) for n, f in enumerate(more))
    return result, names
