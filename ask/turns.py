"""A speaker's turn goes on past the paragraph that discusses the topic.

A story introduces a speaker in the paragraph about the topic and gives their words in the
next one ("Volunteers handed out 900 bottles of water. The Rev Ann Hale said people had
come to help." then "'The street has never been kinder,' she said."): the quotes that go
on with the same speaker's remarks, in the same paragraph or the next one, with nobody
else quoted in between, are in context too (ask/search.py tier 2). Another speaker's quote
(or one credited to nobody) ends the turn; so does the paragraph after the next one: an
interview that quotes one person throughout is not one turn about the topic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from storage.db import Store
from storage.quotes import quote_places

# How many paragraphs a turn may go on past the seed's (a whole interview is no turn).
TURN_PARAGRAPHS = 1


def turn_continuations(
    store: Store, paragraphs: Mapping[int, list[int]], seeds: Mapping[int, int]
) -> set[int]:
    """The ids of the quotes that go on with a speaker's turn begun by a seed quote (ids to
    article ids of quotes found on the topic): the same speaker's next quotes within
    TURN_PARAGRAPHS of the seed's paragraph, with no other speaker's quote between."""
    articles = sorted({a for a in seeds.values() if a in paragraphs})
    found: set[int] = set()
    turn: tuple[int, int | None, int] | None = None  # article, speaker, last paragraph
    for place in quote_places(store, None, articles):
        here = bisect_right(paragraphs[place.article_id], place.start) - 1
        same = turn is not None and turn[0] == place.article_id and turn[1] == place.speaker_id
        if place.id in seeds and place.speaker_id is not None:
            turn = (place.article_id, place.speaker_id, here)
        elif same and turn is not None and here - turn[2] <= TURN_PARAGRAPHS:
            found.add(place.id)  # the turn is counted from the seed: it never chains on
        else:
            turn = None
    return found
