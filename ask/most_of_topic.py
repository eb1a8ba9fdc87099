"""A topic no story holds whole: the stories that lead on most of it.

A reporter tells a story in their own words: "the hospital lifts for patients" for the
story of the hospital's volunteer car scheme, "the brass band's eviction" for the colliery
band told to leave its bandroom. When the topic finds nothing, the stories that lead on
most of it answer: a story leads on a concept when it is prominent in it (headline,
standfirst or lead, or said again and again: ask/search.py `about`), and on most of the
topic when
- what it leads on holds a thing that is no name ("flooding at Greave Farm" is no story
  of the farm; a name of several words, "Gallows Hill", counts as one);
- fewer of the topic's things are left out than it leads on ("lifts" of hospital, lifts
  and patients; never one of two: "the band's tour" is no story of the band), the
  asker's words for a quality or a closing action ("monster", "pulling out") aside; an
  -ing word before a thing tells which one ("parking charges") and is a thing;
- it never says a thing left out (a story that mentions the band's uniforms and does not
  lead on them is their story, merely not news of them: the full topic's search decides);
- no story leads on a word left out, which would make it news of its own ("parking
  charges on the seafront" is no story of beach hut charges when the parking meters are
  another story's);
- and few stories lead on what is kept (at most SPECIFIC_SHARE of the store's, or
  SPECIFIC_FLOOR).
The stories' remarks then answer, and the answer says which words no story holds.
"""

from __future__ import annotations

from ask.concept_places import by_concept
from ask.lexicon import fts_query
from ask.search import FoundList, about, quotes_on_topic
from ask.unsaid_words import SPECIFIC_FLOOR, SPECIFIC_SHARE, from_a_verb, quality_word
from storage.db import Store
from storage.quote_search import articles_quoting, topic_places
from storage.storyline import article_total

Groups = list[tuple[str, ...]]
MOST_ARTICLES = 200


def most_of_topic(
    store: Store,
    groups: Groups,
    names: frozenset[str] = frozenset(),
    *,
    since: str | None = None,
    until: str | None = None,
) -> tuple[Groups, Groups] | None:
    """The concepts to search on and those left out (module rule), or None when no story
    leads on most of the topic."""
    units = _units(groups, names)
    if len(units) < 2:
        return None
    match = " OR ".join(f"({q})" for q in (fts_query(u) for u in units) if q)
    ids = articles_quoting(store, None, match, since=since, until=until, limit=MOST_ARTICLES)
    by_led: dict[tuple[int, ...], list[float]] = {}
    for whole in topic_places(store, match, ids).values():
        places = by_concept(whole, [g for u in units for g in u])
        at, led, said, score = 0, [], [], 0.0
        for index, unit in enumerate(units):
            told = about(places[at : at + len(unit)])
            said += [index] if any(p is not None for p in places[at : at + len(unit)]) else []
            at += len(unit)
            if told:
                led.append(index)
                score += told
        if _most(units, led, said, names):
            by_led.setdefault(tuple(led), []).append(score)
    most = max(SPECIFIC_FLOOR, int(SPECIFIC_SHARE * article_total(store)))
    kept_sets = [(len(k), max(v), k) for k, v in by_led.items() if len(v) <= most]
    if not kept_sets:
        return None
    kept = [g for i in max(kept_sets)[2] for g in units[i]]
    left = [g for g in groups if g not in kept]
    if any(_news(store, g) for g in left):  # a thing some story leads on: a topic of its own
        return None
    return kept, left


def _news(store: Store, group: tuple[str, ...]) -> bool:
    """Whether some stored story leads on the concept (ask/search.py `about`)."""
    match = fts_query([group])
    if match is None:
        return False
    ids = articles_quoting(store, None, match, limit=MOST_ARTICLES)
    return any(about([whole]) for whole in topic_places(store, match, ids).values())


def _most(units: list[Groups], led: list[int], said: list[int], names: frozenset[str]) -> bool:
    """Whether a story leading on these units leads on most of the topic: a thing that is no
    name among them, something left out, and fewer things left out than led on, each of
    them never said in the story (the asker's words for an action or a quality may be left
    out; a thing the story says but does not lead on is its word, merely not its news)."""
    if not any(not _named(units[i], names) for i in led):
        return False
    left = [i for i in range(len(units)) if i not in led]
    things = [i for i in left if not _free(units[i], i, len(units), names)]
    return bool(left) and len(things) < len(led) and not set(things) & set(said)


def _free(unit: Groups, at: int, units: int, names: frozenset[str]) -> bool:
    """Whether a unit is the asker's word for a quality or an action, which a story may put
    in other words: "old", "swamped", "pulling" last ("pulling out"); not one that tells
    which thing ("parking charges"), nor a name's word."""
    if _named(unit, names) or len(unit) != 1 or " " in unit[0][0]:
        return False
    word = unit[0][0]
    return quality_word(unit[0]) or (word.endswith("ing") and from_a_verb(word) and at == units - 1)


def _units(groups: Groups, names: frozenset[str]) -> list[Groups]:
    """The topic's concepts, a name's words together as one ("Gallows Hill")."""
    units: list[Groups] = []
    for group in groups:
        if units and _named([group], names) and _named(units[-1], names):
            units[-1] = [*units[-1], group]
        else:
            units.append([group])
    return units


def _named(unit: Groups, names: frozenset[str]) -> bool:
    return all(g[0] in names for g in unit)


def on_most_of_topic(
    store: Store,
    groups: Groups,
    names: frozenset[str],
    *,
    since: str | None,
    until: str | None,
    limit: int,
) -> tuple[FoundList, Groups]:
    """The quotes about most of a topic no story holds whole (module rule), and the
    concepts left out (none found: nothing left out)."""
    split = most_of_topic(store, groups, names, since=since, until=until)
    if split is None:
        return FoundList(), []
    kept, left = split
    found = quotes_on_topic(
        store, kept, since=since, until=until, stories=True, limit=limit, names=names
    )
    return (found, left) if found else (FoundList(), [])
