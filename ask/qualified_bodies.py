"""A body asked for by a place or a name and its description ("the Carrowmoor families'
group", "the Elm Road tenants' association") that the stories call only by the description
("The families' group said", "Its organiser, X"): the body's statements and its people's in
the stories that name the place, never those of the same description elsewhere (another
town's families' group).

Read only when the whole phrase found nothing: the description is the phrase's last words
(two or more, ending in a body's head noun: extract/data/described_bodies.json `heads`), the
place or name the words before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ask.views import Answer
from common.names import fold
from extract.described_names import body_heads
from storage.db import Store
from storage.quote_lookup import articles_naming

_WORD = re.compile(r"\S+")


def qualified_splits(phrase: str) -> list[tuple[str, str]]:
    """The (place or name, description) a phrase may be read as, longest description
    first: "the carrowmoor families' group" -> [("carrowmoor", "families' group")]."""
    words = _WORD.findall(phrase.strip())
    if words and fold(words[0]) == "the":
        words = words[1:]
    if len(words) < 3 or fold(words[-1]).strip("'") not in body_heads():
        return []
    return [
        (" ".join(words[:i]), " ".join(words[i:]))
        for i in range(1, len(words) - 1)
        if fold(words[i - 1]) not in ("and", "of", "&")
    ]


def qualified_answer(store: Store, phrase: str, ask_body: Callable[[str], Answer]) -> Answer | None:
    """The answer for the description alone (asked with `ask_body`), kept to the stories
    that name the place; None when no split of the phrase finds a quote there."""
    for place, body in qualified_splits(phrase):
        answer = ask_body(f"the {body}")
        there = articles_naming(store, place, sorted({q.article.id for q in answer.quotes}))
        kept = [q for q in answer.quotes if q.article.id in there]
        if kept:
            speakers = dict.fromkeys(q.speaker for q in kept if q.speaker)
            return replace(answer, quotes=kept, total=None, speaker=", ".join(speakers) or body)
    return None
