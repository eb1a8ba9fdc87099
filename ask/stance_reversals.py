"""Stories headed on a reversal of the topic: "Pellow Green mast refused", "Airshow
cancelled after safety review". In such a story, a speaker's delight or dismay is about the
reversal, so a side read from their words alone (ask/stance_lexicon.py `polarity`) is
turned over toward the topic: "she was delighted" is against the mast. The reversal words
are ask/data/stance.json "campaign_names" "reversals" (refusals, closures, cuts, pauses);
the side turns once for each family the headline names and the topic does not ("who
criticised the closure?" in the story headed "Library to close": no turn). The reversal
must act on the topic: the topic's word within three words after it, before any
preposition ("reject 5G mast"; not "lose priority under catchment plan"), or right before it
when it is a participle ("mast refused"; "marina decision delayed" delays a decision); a
reversal of a charge is a denial and turns nothing ("Vet chain rejects claims").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from ask.data_files import ask_data
from ask.stance_campaigns import campaign_words, reversal_families

_WORD = re.compile(r"[a-z][a-z'\u2019-]*")


def reversed_stories(titles: Mapping[int, str], topic_words: Collection[str]) -> set[int]:
    """The stories (by id) whose headline reverses the topic once over, an odd number of
    reversal families the topic does not name (module docstring)."""
    reversals = campaign_words().reversals
    asked = {w.lower() for w in topic_words}
    topic_families = reversal_families(asked)
    own = asked - set(reversals)
    found: set[int] = set()
    for article, title in titles.items():
        words = _WORD.findall(title.lower().replace("\u2019", "'"))
        families = {
            reversals[w]
            for k, w in enumerate(words)
            if w in reversals and reversals[w] not in topic_families and _of_topic(words, k, own)
        }
        if len(families) % 2:
            found.add(article)
    return found


def _of_topic(words: list[str], k: int, own: set[str]) -> bool:
    """Whether the reversal word words[k] acts on the topic: its object names it ("reject
    5G mast"; not "reject claims", a denial, nor "lose priority under catchment plan"),
    or it is a participle right after the topic's word ("mast refused"; "nursery closes"
    is no participle, and "marina decision delayed" delays a decision)."""
    after = words[k + 1 : k + 2]
    if after and after[0] in _charges():
        return False
    for word in words[k + 1 : k + 4]:
        if word in _LINKS:
            break
        if word in own:
            return True
    return k > 0 and words[k - 1] in own and words[k].endswith(("ed", "wn"))


_LINKS = frozenset({"of", "at", "in", "on", "under", "for", "to", "by", "with", "as", "after"})


@lru_cache(maxsize=1)
def _charges() -> frozenset[str]:
    """Nouns for a charge or a side ("claims", "criticism"): a reversal of one is a denial."""
    nouns = ask_data("stance.json")["stance_nouns"]["negative"]
    return frozenset(nouns) | {"claim", "claims", "suggestion", "suggestions", "fears", "reports"}
