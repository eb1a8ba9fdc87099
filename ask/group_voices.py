"""The unnamed members of a group a question asks for, beside the members a story names.

"Two seasonal pickers, who asked not to be named, said they had been told ... 'We come every
year,' one of them said." then "Picker Dorota Wieczorek said ...": a question for "the
pickers" asks for all three: the group's own words (its description's head is the noun
asked, ask/described.py) and what "one of them" said next, an unnamed source the story
describes only by its place in the group (ask/data/descriptions.json "one_of_group").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ask.described import described_sources
from ask.described_beside import person_singular
from common.names import fold
from storage.db import Store
from storage.quote_lookup import quotes_in_article_range
from storage.quotes import QuoteRow

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _one_of_group() -> frozenset[str]:
    """The words of an unnamed source's description that say only that it is one of a group
    ("one", "one of them", "another"): ask/data/descriptions.json "one_of_group"."""
    raw = json.loads(resources.files("ask").joinpath("data/descriptions.json").read_text("utf-8"))
    return frozenset(fold(w) for w in raw["one_of_group"])


def is_one_of_group(title: str | None) -> bool:
    """Whether an unnamed source is described only as one of a group ("one of them")."""
    words = _WORD.findall(fold(title or ""))
    return bool(words) and all(w in _one_of_group() for w in words)


def group_voices(
    store: Store,
    phrase: str,
    since: str | None,
    until: str | None,
    limit: int,
    have: Sequence[QuoteRow] = (),
) -> list[QuoteRow]:
    """For a group asked by a plural noun ("the pickers"), the quotes not in `have` of the
    unnamed sources described so ("Two seasonal pickers") and of "one of them" speaking
    next in the same story; none for a singular noun."""
    words = _WORD.findall(fold(phrase))
    if not words or person_singular(words[-1]) == words[-1]:
        return []
    groups = described_sources(store, phrase, since, until, limit)
    seen = {r.id for r in have}
    return [r for r in groups + one_of_them(store, groups) if r.id not in seen]


def one_of_them(store: Store, groups: list[QuoteRow]) -> list[QuoteRow]:
    """The quotes of a source described only as one of a group, next after the group's own
    words in a story (no other source quoted between)."""
    ids = {r.id for r in groups}
    found: list[QuoteRow] = []
    for article_id in sorted({r.article_id for r in groups}):
        first = min(r.start for r in groups if r.article_id == article_id)
        for row in quotes_in_article_range(store, article_id - 1, article_id):
            if row.start <= first or row.id in ids:
                continue
            if row.speaker_id is not None or not is_one_of_group(row.speaker_title):
                break
            found.append(row)
    return found
