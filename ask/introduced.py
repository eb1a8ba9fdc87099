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
    on_topic: Mapping[int, set[int]],
    placed: set[int],
) -> set[int]:
    """The ids of the quotes (not `placed` already) whose speaker the paragraph just before
    theirs names, that paragraph one of `on_topic` (by article, paragraph indices)."""
    wanted: dict[int, tuple[int, int, int]] = {}
    for place in places:
        if place.id in placed or place.speaker_id is None:
            continue
        starts = paragraphs.get(place.article_id, [])
        here = bisect_right(starts, place.start) - 1
        if here < 1 or here - 1 not in on_topic.get(place.article_id, set()):
            continue
        wanted[place.id] = (place.article_id, starts[here - 1], starts[here])
    if not wanted:
        return set()
    text = passages(store, list(wanted.values()))
    names: dict[int, str] = {}
    found: set[int] = set()
    for place in places:
        span = wanted.get(place.id)
        if span is None or place.speaker_id is None:
            continue
        if place.speaker_id not in names:
            names[place.speaker_id] = speaker_name(store.db, place.speaker_id)
        surname = fold(names[place.speaker_id]).split()[-1:]
        if surname and len(surname[0]) > 2 and surname[0] in fold(text.get(span, "")).split():
            found.add(place.id)
    return found
