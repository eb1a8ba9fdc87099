"""Sides named by nouns. A source whose description is a side ("one objector", "a critic of
the scheme", "supporters of the plan": ask/data/stance.json "side_people"): in a story about
the topic, their remarks take that side as a frame's would ("X opposed the plan"), the story
telling which side they are on by what it calls them. And a side's noun after its holder's
possessive ("has made no secret of his support for the ban": "nominal"), read by
ask/stance.py as a frame of the sentence's subject.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ask.data_files import ask_data
from ask.stance_campaigns import campaign_side
from storage.quotes import QuoteRow

_WORD = re.compile(r"[a-z][a-z'\u2019-]*")
_HEAD_ENDS = {"of", "who", "whose", "which", "from", "in", "at", "on", "for", "against"}


@lru_cache(maxsize=1)
def side_people() -> dict[str, str]:
    """Nouns for a person by the side they take, and that side: stance.json "side_people"."""
    raw = ask_data("stance.json")["side_people"]
    return {w.lower(): side for side, words in raw.items() if side != "about" for w in words}


@lru_cache(maxsize=1)
def nominal_sides() -> dict[str, str]:
    """A side's noun with its preposition ("support for", "opposition to") and that side:
    stance.json "nominal", read after a possessive ("his support for the ban")."""
    raw = ask_data("stance.json")["nominal"]
    return {p.lower(): side for side, phrases in raw.items() if side != "about" for p in phrases}


def described_side(
    row: QuoteRow, topic_words: Collection[str] = (), about: bool = True
) -> str | None:
    """The side a quote's speaker takes by their campaign's name (ask/stance_campaigns), or
    in a story `about` the topic by their description's head noun; None."""
    campaign = campaign_side(row, topic_words)
    if campaign is not None or not about:
        return campaign
    sides = side_people()
    for text in (row.speaker_title, row.mention):
        first = (text or "").lower().split(",", 1)[0]
        words = _WORD.findall(first)
        cut = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
        if cut and words[cut - 1] in sides:
            return sides[words[cut - 1]]
    return None
