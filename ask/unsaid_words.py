"""A topic asked in words no story uses: search on the words the stories do use.

A reporter paraphrases: "the quarry expansion" for a story of the quarry's extension, "the
bike lane" for the cycle lane. A concept of the topic that no stored article says, in any
of its forms (ask/lexicon.py), cannot tell one story from another: every story lacks it. So
the topic is searched on its other concepts, and the answer says which words no story
holds. Only when that leaves a topic: no more concepts unsaid than said, and the said ones
together specific, matched by at most a SPECIFIC_SHARE of the store's articles (or
SPECIFIC_FLOOR in a small store): "plans" alone, left of "the skateboarding plans", would
be any story's. Otherwise the topic stays whole, and a topic nobody spoke of gets nothing.
"""

from __future__ import annotations

from ask.lexicon import fts_query
from storage.db import Store
from storage.quote_search import articles_matching
from storage.storyline import article_total

SPECIFIC_SHARE = 0.2
SPECIFIC_FLOOR = 4


def said_concepts(
    store: Store, groups: list[tuple[str, ...]]
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The concepts to search on, and those left out because no article says them (module
    rule; none left out when the rest would be no topic)."""
    if len(groups) < 2:
        return groups, []
    unsaid = [g for g in groups if _matches(store, [g], 0) == 0]
    said = [g for g in groups if g not in unsaid]
    if not unsaid or not said or len(unsaid) > len(said):
        return groups, []
    most = max(SPECIFIC_FLOOR, int(SPECIFIC_SHARE * article_total(store)))
    if _matches(store, said, most) > most:
        return groups, []
    return said, unsaid


def _matches(store: Store, groups: list[tuple[str, ...]], most: int) -> int:
    query = fts_query(groups)
    return articles_matching(store, query, most) if query is not None else most + 1
