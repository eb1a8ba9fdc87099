"""An unnamed source a story names again by the head of its description alone.

"One harbour pilot, who asked not to be named, said the buoys had drifted." then "'We
warned them twice,' the pilot said.": the second quote is the same pilot's, though its
description ("the pilot") lacks the words the first one had ("harbour"). A question for
"the harbour pilot" asks for both (ask/described.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ask.lexicon import singular
from common.names import fold
from storage.quotes import QuoteRow

_WORD = re.compile(r"[^\W_]+")
_DEFINITE = "the"


def named_again(
    rows: Iterable[QuoteRow], kept: Mapping[int, QuoteRow], heads: frozenset[str]
) -> dict[int, QuoteRow]:
    """The rows, not kept, credited to "the <head>" (a head asked) after a kept row of the
    same article: the source a kept description introduced, named again."""
    first: dict[int, int] = {}
    for row in kept.values():
        first[row.article_id] = min(row.start, first.get(row.article_id, row.start))
    again: dict[int, QuoteRow] = {}
    for row in rows:
        if row.id in kept or row.article_id not in first or row.start <= first[row.article_id]:
            continue
        words = _WORD.findall(fold(row.speaker_title or ""))
        if len(words) == 2 and words[0] == _DEFINITE and singular(words[1]) in heads:
            again[row.id] = row
    return again
