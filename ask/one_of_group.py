"""Unnamed sources a story describes only by their place in a group quoted just before.

"Two seasonal pickers, who asked not to be named, said they had been told ... 'We come every
year,' one of them said.": "one of them" is one of the pickers, and what they said is the
group's (ask/data/descriptions.json "one_of_group": the words of such a description).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ask.data_files import ask_data
from common.names import fold
from storage.db import Store
from storage.quote_lookup import quotes_in_article_range
from storage.quotes import QuoteRow

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _one_of_group() -> frozenset[str]:
    """The words of an unnamed source's description that say only that it is one of a group
    ("one", "one of them", "another"): ask/data/descriptions.json "one_of_group"."""
    raw = ask_data("descriptions.json")
    return frozenset(fold(w) for w in raw["one_of_group"])


def is_one_of_group(title: str | None) -> bool:
    """Whether an unnamed source is described only as one of a group ("one of them")."""
    words = _WORD.findall(fold(title or ""))
    return bool(words) and all(w in _one_of_group() for w in words)


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
