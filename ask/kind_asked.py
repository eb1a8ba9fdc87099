"""A body asked by its kind about a topic ("what did the bus company say about the
diversion?"): when the body the description finds first said nothing on the topic, each
other body of that kind the stories know (ask/near_kinds.py `bodies_of_kind`: Coastlink
Buses as well as Heathline Buses) is asked in turn, and the first that spoke on the topic
answers. A name asked ("Coastlink Buses") is never widened so. (ask/found_filters.py
`found_members` already lets another body of the kind speak when it is among the people the
description found; this reaches the bodies of the kind it did not find at all.)
"""

from __future__ import annotations

from collections.abc import Callable

from ask.described_orgs import is_description
from ask.near_kinds import bodies_of_kind
from ask.speaker_answer import strip_the
from ask.views import Answer
from storage.db import Store


def of_kind(
    store: Store, phrase: str, topic: str, question: Callable[[str], Answer]
) -> Answer | None:
    """The answer of the first body of the phrase's kind that spoke on the topic, or None
    (also when the phrase is a name, not a lower-case description)."""
    bare = strip_the(phrase.strip())
    if not is_description(bare):
        return None
    for body in bodies_of_kind(store, bare, topic):
        answer = question(body)
        if answer.quotes:
            return answer
    return None
