"""Which concept of a topic each of its matches in a story stands for (ask/search.py): the
index matched the story by any form of any concept, each hit is told to the concept whose
form it is, by the longest stems they share."""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from storage.quote_search import TopicPlaces

_TOKEN = re.compile(r"[^\W_]+")


def by_concept(whole: TopicPlaces, groups: list[tuple[str, ...]]) -> list[TopicPlaces | None]:
    """The places of each concept (None where it is not in the article), from the places of
    them all: each matched phrase goes to the concept whose form it is."""
    if len(groups) == 1:
        return [whole]

    def split(words: list[str]) -> list[list[str]]:
        parts: list[list[str]] = [[] for _ in groups]
        for word in words:
            for index in _concepts_of(word, groups):
                parts[index].append(word)
        return parts

    headline, standfirst = split(whole.headline), split(whole.standfirst)
    body: list[list[tuple[int, str]]] = [[] for _ in groups]
    for at, word in whole.body:
        for index in _concepts_of(word, groups):
            body[index].append((at, word))
    return [
        TopicPlaces(
            headline[i],
            standfirst[i],
            body[i],
            whole.paragraphs,
            whole.length,
            whole.turns,
            whole.story_from,
        )
        if headline[i] or standfirst[i] or body[i]
        else None
        for i in range(len(groups))
    ]


def _concepts_of(words: str, groups: list[tuple[str, ...]]) -> list[int]:
    """Which concepts a matched phrase stands for: those with a form of as many words that
    shares the longest stems with it (the index matched it by its Porter stem); a word
    alone may be one word of a form matched as words near one another ("jobs" of "cut 140
    jobs", matched by "job cuts")."""
    tokens = _tokens(words)
    best, which = 0, []
    for index, group in enumerate(groups):
        parts = [_tokens(form) for form in group]
        if len(tokens) == 1:
            parts += [(word,) for form in parts if len(form) > 1 for word in form]
        score = max((_likeness(tokens, part) for part in parts), default=0)
        if score > best:
            best, which = score, [index]
        elif score == best and score:
            which.append(index)
    return which


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _TOKEN.findall(text))


def _likeness(have: tuple[str, ...], form: tuple[str, ...]) -> int:
    if len(have) != len(form):
        return 0
    total = 0
    for a, b in zip(have, form, strict=True):
        common = len(commonprefix([a, b]))
        if common < min(3, len(a), len(b)):
            return 0
        total += common
    return total
