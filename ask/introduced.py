"""A speaker introduced in a paragraph on the topic, quoted in the paragraph after it: "Dr
Sunita Varghese will open Riverside Paws, an independent practice ..." then "'There is room
in this town for a vet ...,' Varghese said." The introduction tells what the words that follow
are about, though they do not repeat it: the quote is found as the introducing paragraph is
(tier 2 of ask/search.py, or its partial tier), when that paragraph names the speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from common.names import fold
from storage.db import Store
from storage.quote_lookup import passages
from storage.quotes import QuotePlace
from storage.speakers import speaker_name


def introduced_before(
    store: Store,
    places: list[QuotePlace],
    paragraphs: Mapping[int, list[int]],
    tiers: list[tuple[Mapping[int, set[int]], set[int]]],
) -> list[set[int]]:
    """For each tier (paragraphs on the topic by article, and the ids of quotes placed
    already), the ids of the quotes not placed whose speaker the paragraph just before
    theirs names, that paragraph one of the tier's; the texts and names are read once."""
    wanted: dict[int, tuple[int, int, int]] = {}
    chosen: list[set[int]] = [set() for _ in tiers]
    for place in places:
        if place.speaker_id is None:
            continue
        starts = paragraphs.get(place.article_id, [])
        here = bisect_right(starts, place.start) - 1
        for k, (on_topic, placed) in enumerate(tiers):
            if (
                here >= 1
                and place.id not in placed
                and here - 1 in on_topic.get(place.article_id, set())
            ):
                chosen[k].add(place.id)
                wanted[place.id] = (place.article_id, starts[here - 1], starts[here])
    if not wanted:
        return chosen
    text = passages(store, list(wanted.values()))
    names: dict[int, str] = {}
    named: set[int] = set()
    for place in places:
        span = wanted.get(place.id)
        if span is None or place.speaker_id is None:
            continue
        if place.speaker_id not in names:
            names[place.speaker_id] = speaker_name(store.db, place.speaker_id)
        surname = fold(names[place.speaker_id]).split()[-1:]
        if surname and len(surname[0]) > 2 and surname[0] in fold(text.get(span, "")).split():
            named.add(place.id)
    return [ids & named for ids in chosen]
