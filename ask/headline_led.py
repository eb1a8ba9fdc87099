"""A story whose headline names every concept of a topic but one, and whose body says that
one again: it is about the topic (ask/search.py tier 3) although the last concept is no
word of its headline or lead. "Harbour board waited a month before warning fishermen" is
the story of the delay in warning fishermen when its body says "the delay" twice: the
headline tells the delay without its word, and the body names it.
"""

from __future__ import annotations

from storage.quote_search import TopicPlaces

# How often the body must say the concept the headline does not name.
REPEATED = 2
# Such a story ranks after one where every concept is prominent: its score is scaled so.
SHARE = 0.5


def headline_led(places: list[TopicPlaces | None]) -> bool:
    """Whether a topic of several concepts (their places in one story) has all but one in the
    story's headline and the last said at least REPEATED times in its body."""
    if len(places) < 2 or any(p is None for p in places):
        return False
    unheaded = [p for p in places if p is not None and not p.headline]
    return len(unheaded) == 1 and len(unheaded[0].body) >= REPEATED
