"""Campaigns that say their side in their name: "Save Brackley Library campaign" is for the
library, so against the library closure plans; "Thornby Against the Incinerator" is
against the incinerator; "Friends of Millbrook Meadow" and "Libraries Matter" are for
theirs. The words are data (ask/data/stance.json "campaign_names"): openers before the
thing, closers after it, the kinds of body that end its name, and the families of words
that turn a side over ("closure", "cuts", "pause": for the library is against its
closure, and for the pause on the cuts).

A speaker whose organisation (or who, as a body, is) such a campaign takes its side on a
topic when the thing's head noun is one of the topic's words and not one that turns it
over; once over for each family of those the topic names.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ask.data_files import ask_data
from ask.lexicon import singular
from ask.stance_lexicon import NEGATIVE, POSITIVE
from storage.quotes import QuoteRow

_WORD = re.compile(r"[a-z][a-z'\u2019-]*")
FLIP = {POSITIVE: NEGATIVE, NEGATIVE: POSITIVE}  # a side turned over


@dataclass(frozen=True)
class CampaignWords:
    """stance.json "campaign_names", read: (words, side) openers and closers, longest
    first; the kinds of body; each reversal word's family (an index)."""

    openers: tuple[tuple[tuple[str, ...], str], ...]
    closers: tuple[tuple[tuple[str, ...], str], ...]
    kinds: frozenset[str]
    reversals: dict[str, int]


@lru_cache(maxsize=1)
def campaign_words() -> CampaignWords:
    """The campaign-name words (module docstring), read once."""
    raw = ask_data("stance.json")["campaign_names"]

    def sided(part: dict[str, list[str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
        pairs = [(tuple(p.split()), side) for side, ps in part.items() for p in ps]
        return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))

    reversals = {w: i for i, family in enumerate(raw["reversals"]) for w in family}
    return CampaignWords(
        sided(raw["openers"]), sided(raw["closers"]), frozenset(raw["kinds"]), reversals
    )


def reversal_families(words: Iterable[str]) -> set[int]:
    """The reversal families (closures, cuts, pauses ...) the lower-case words name."""
    reversals = campaign_words().reversals
    return {reversals[w] for w in words if w in reversals}


@lru_cache(maxsize=1024)
def campaign_of(name: str) -> tuple[str, str] | None:
    """A campaign name's side and the head noun of the thing it is for or against
    ("Save Brackley Library campaign": positive, "library"), or None."""
    words = _WORD.findall(name.lower().replace("\u2019", "'"))
    lexicon = campaign_words()
    for k in range(len(words)):
        for opener, side in lexicon.openers:
            if tuple(words[k : k + len(opener)]) == opener:
                thing = [w for w in words[k + len(opener) :] if w not in ("the", "our", "a")]
                while thing and thing[-1] in lexicon.kinds:
                    thing.pop()
                if thing:
                    return side, singular(thing[-1])
    for closer, side in lexicon.closers:
        if len(words) > len(closer) and tuple(words[-len(closer) :]) == closer:
            return side, singular(words[-len(closer) - 1])
    return None


def campaign_side(row: QuoteRow, topic_words: Collection[str]) -> str | None:
    """The side a speaker for a campaign takes on the topic (module docstring), or None."""
    lexicon = campaign_words()
    for name in (row.speaker_org, row.speaker if row.speaker_kind == "org" else None):
        found = campaign_of(name or "")
        if found is None or found[1] in lexicon.reversals:
            continue
        if found[1] not in {singular(w) for f in topic_words for w in _WORD.findall(f.lower())}:
            continue
        singles = {w.lower() for w in topic_words if " " not in w}
        families = reversal_families(singles)
        return FLIP[found[0]] if len(families) % 2 else found[0]
    return None
