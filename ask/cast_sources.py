"""The description of an unnamed source a story brings in by a quantifier.

News writing brings in a source it does not name by a quantifier and a description: "One
regular, who has held a season ticket since 1979, said", "Another parent, a nurse, said",
"One of the survivors said", "A third resident, who has lived on the estate since 1990,
said". The store keeps the quantifier ("One") as the source's only title; what the source
is stands in the words after it in the sentence that brings it in. The quantifiers are data
(ask/data/cast.json "quantifiers").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ask.data_files import ask_data
from common.names import fold

_WORD = re.compile(r"[^\W_]+")
_AFTER = 12  # words after the quantifier read as the source's description
_OPENING = " \t\"'\u201c\u2018"


@lru_cache(maxsize=1)
def quantifiers() -> frozenset[str]:
    """The quantifiers of ask/data/cast.json, folded."""
    raw = ask_data("cast.json")
    return frozenset(fold(w) for w in raw["quantifiers"])


def source_descriptions(title: str | None, sentences: list[str]) -> list[list[str]]:
    """The descriptions (folded words) of an unnamed source whose title opens with a
    quantifier ("One", "Another gardener"): the words after the title in each sentence it
    opens ("One of the stranded passengers, who had waited ..., said" -> of the stranded
    passengers who had waited ...); none for any other title."""
    have = _WORD.findall(fold(title or ""))
    if not any(" ".join(have[:k]) in quantifiers() for k in (1, 2)):
        return []  # "Another gardener", "One", "A third": a quantifier opens the title
    pattern = re.compile(rf"(?<![^\W_]){re.escape((title or '').strip())}(?![^\W_])", re.I)
    found: list[list[str]] = []
    for sentence in sentences:
        for hit in pattern.finditer(sentence):
            if sentence[: hit.start()].strip(_OPENING):
                continue  # not the sentence that brings the source in
            have = [fold(w) for w in _WORD.findall(sentence[hit.end() :])][:_AFTER]
            if have:
                found.append(have)
    return found
