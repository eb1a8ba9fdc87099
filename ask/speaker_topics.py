"""A speaker's words on a topic when none of them says it whole: their organisation's
unnamed voices on it too, their words on one of its concepts, their remarks in a story whose
address names it."""

from __future__ import annotations

import re

from ask.asking import Ask
from ask.search import Found, FoundList, quotes_on_topic, slug_names
from storage.quote_lookup import quotes_by_speakers

_WORD = re.compile(r"[^\W\d_][\w-]*")
_PREPOSITIONS = frozenset({"in", "of", "on", "for", "about", "over", "at", "to", "with", "from"})


def with_unnamed(
    ask: Ask, hits: FoundList, groups: list[tuple[str, ...]], unnamed: set[int]
) -> FoundList:
    """Topic hits plus those of the given unnamed quotes, best first."""
    since, until = ask.bounds
    extra = quotes_on_topic(
        ask.store, groups, since=since, until=until, stories=True, limit=ask.reach
    )
    have = {f.row.id for f in hits}
    merged = FoundList([*hits, *(f for f in extra if f.row.id in unnamed and f.row.id not in have)])
    merged.unread = hits.unread
    return merged


def one_concept(
    ask: Ask,
    groups: list[tuple[str, ...]],
    ids: list[int],
    unnamed: set[int],
) -> FoundList:
    """The speakers' words on any one concept of a topic when none are on them all ("what
    has the bus company said about the route cuts?" in a story that says the routes will be
    withdrawn; "what did Adeyemi say about trust in the police?" in the story on the
    police): their own words and statements only, so one concept is enough."""
    found = FoundList()
    for group in groups:
        hits = quotes_on_topic(
            ask.store,
            [group],
            speaker_ids=ids,
            since=ask.bounds[0],
            until=ask.bounds[1],
            stories=True,
            limit=ask.reach,
        )
        if unnamed:
            hits = with_unnamed(ask, hits, [group], unnamed)
        have = {f.row.id for f in found}
        found.extend(f for f in hits if f.row.id not in have)
    return found


def topic_things(topic: str, groups: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The concepts of a topic but its head noun (the last word before its first
    preposition, a possessive's noun: "trust" in "trust in the police", "win" in "the band's
    win", "money" in "the crane money"): the things a story about one of them is about."""
    words = [w.lower() for w in _WORD.findall(topic)]
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    head = words[cut - 1] if cut else ""
    return [g for g in groups if head not in g and head.removesuffix("s") not in g]


def in_named_stories(ask: Ask, ids: list[int], groups: list[tuple[str, ...]]) -> FoundList:
    """The speakers' remarks in stories whose address names the topic, when their text
    never does (ask/search.py `slug_names`): the story's speakers spoke in a story about it."""
    since, until = ask.bounds
    rows = quotes_by_speakers(ask.store, ids, since=since, until=until, limit=ask.reach)
    return FoundList(Found(r, "article") for r in rows if slug_names(r.url, groups))
