"""Which articles continue the storyline of some others, by the names they share.

A follow-up names the people, organisations and places of the story it follows, in its own
forms: "the Rev Judith Okonkwo-Hale" becomes "Ms Okonkwo-Hale", "Det Sgt Mairead Quigley"
"Det Sgt Quigley", "the Coastal Rescue Institution" "the Coastal Rescue Institution's plans".
So names are compared as a reporter reads them: without "the" and a possessive, and a person
by surname. An article continues some stories when it appeared on the day of one or up to
WINDOW_DAYS after it and names at least MIN_SHARED of their distinctive names (named in at most
DISTINCT_SHARE of the store's articles, or DISTINCT_FLOOR in a small store: the country or
the government every story names ties nothing together). An article that gives no date (its
day is the day it was read in) is placed by its names alone.
"""

from __future__ import annotations

from datetime import date

from storage.db import Store
from storage.story_names import (
    article_days,
    article_names,
    keys_article_count,
    surname_article_count,
)
from storage.storyline import article_total

WINDOW_DAYS = 14
MIN_SHARED = 3
DISTINCT_SHARE = 0.2
DISTINCT_FLOOR = 4
# At most this many of the stories are followed (the most relevant first).
MAX_SEEDS = 12


def name_of(key: str, label: str) -> str:
    """A name as a storyline's articles are compared by: its folded key without "the" and a
    possessive ("the coastal rescue institution's" -> "coastal rescue institution"), a
    person by surname ("det sgt mairead quigley" -> "quigley")."""
    words = key.replace("\u2019", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    if words:
        last = words[-1]
        last = last[:-2] if last.endswith("'s") else last.rstrip("'")
        words = [*words[:-1], last] if last else words[:-1]
    if not words:
        return ""
    return words[-1] if label == "PERSON" else " ".join(words)


def continuations(
    store: Store,
    seeds: list[int],
    candidates: list[int],
    *,
    ignore: frozenset[str] = frozenset(),
    earlier: bool = False,
) -> set[int]:
    """The candidate articles that continue the storyline of the seed articles (the seeds
    most relevant first): on the day of one or up to WINDOW_DAYS after (`earlier`: before),
    naming MIN_SHARED of their distinctive names (names in `ignore`, such as the asked
    person's surname, do not count)."""
    seeds = seeds[:MAX_SEEDS]
    others = [a for a in dict.fromkeys(candidates) if a not in set(seeds)]
    if not seeds or not others:
        return set()
    every = seeds + others
    named = {
        article: {name_of(key, label): label for key, label in pairs}
        for article, pairs in article_names(store, every).items()
    }
    days = {a: _day(d) for a, d in article_days(store, every, dated_only=True).items()}
    most = max(DISTINCT_FLOOR, DISTINCT_SHARE * article_total(store))
    own: dict[str, str] = {}
    for seed in seeds:
        own.update((n, label) for n, label in named.get(seed, {}).items() if n and n not in ignore)
    distinctive = {n for n, label in own.items() if _article_count(store, n, label) <= most}
    starts = [d for d in (days.get(seed) for seed in seeds) if d is not None]
    return {
        other
        for other in others
        if (days.get(other) is None or not starts or _within(days.get(other), starts, earlier))
        and len(distinctive & set(named.get(other, {}))) >= MIN_SHARED
    }


def _within(when: date | None, starts: list[date], earlier: bool = False) -> bool:
    """Whether a day is one of the starts' or up to WINDOW_DAYS after one (before it)."""
    sign = -1 if earlier else 1
    return when is not None and any(0 <= sign * (when - s).days <= WINDOW_DAYS for s in starts)


def _article_count(store: Store, name: str, label: str) -> int:
    if label == "PERSON":
        return surname_article_count(store, name)
    forms = [name, f"the {name}", f"{name}'s", f"the {name}'s"]
    return keys_article_count(store, forms)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
