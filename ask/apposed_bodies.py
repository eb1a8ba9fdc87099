"""A body asked for by a description of several words that a story gives it in apposition,
its words in another order or with others between them: "the national food bank charity" is
"The Hearth Network, the national charity to which the food bank belongs,". A kind some
story writes whole ("the auction house") is read as ask/org_kinds.py reads it.

Such a description names the body the story says it is, not one whose name shares some of
its words (Carrowby Food Bank is no national charity): when the stories' appositions give
every word of the description (the kind's head among them, in any inflection) to one body,
the answer is that body's, read before a body found by words of its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ask.described_orgs import is_description
from ask.org_forms import same_word
from ask.org_kinds import kind_words
from ask.views import Answer
from common.names import fold
from storage.db import Store
from storage.org_kinds import articles_using
from storage.org_names import known_org_names
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+")
# "X, the national charity to which the food bank belongs," / "X (DIA), a trade body for ..."
# The words a description's noun may be followed by: a phrase or a clause that tells more
# of it ("the national charity to which the food bank belongs"), not a verb.
_AFTER_HEAD = frozenset(
    {"for", "of", "to", "in", "at", "on", "with", "from", "across", "behind", "near"}
    | {"serving", "based", "which", "that", "who", "whose", "and", "or"}
)
_APPOSITION = re.compile(r"(?:\s+\([^()]{1,40}\))?,\s+(?:the|a|an)\s+([^,;.()\n]{3,120})")


def apposed_bodies(store: Store, phrase: str) -> list[str]:
    """The organisations the stories describe in apposition with every word of a
    description of two words or more ("the national food bank charity"), first named
    first; [] for a bare kind ("the charity": ask/org_kinds.py) or a members' body ("the
    drivers' union")."""
    kind, members = kind_words(phrase)
    if len(kind) < 2 or members or not is_description(phrase):
        return []
    if articles_using(store, " ".join(kind)):
        return []  # a story writes the kind whole ("the auction house"): ask/org_kinds.py
    known = {fold(o): o for o in known_org_names(store.db) if len(o) > 2 and o[:1].isupper()}
    found: dict[str, None] = {}
    for _, text in articles_using(store, kind[-1]):
        for hit in _APPOSITION.finditer(text):
            words = _WORD.findall(hit[1])
            if not all(any(same_word(k, w) for w in words) for k in kind):
                continue
            head = next(i for i, w in enumerate(words) if same_word(kind[-1], w))
            if head + 1 < len(words) and words[head + 1] not in _AFTER_HEAD:
                continue  # "Wendleby, the rival brewer said": a clause, no apposition
            if any(w in _AFTER_HEAD for w in words[:head]):
                continue  # "X, the former director of Thornbury Homes": the noun is not its
            before = text[max(0, hit.start() - 80) : hit.start()]
            for key, org in known.items():
                if re.search(rf"(?:^|\W){re.escape(key)}(?:['\u2019]s)?$", before):
                    found.setdefault(org, None)
    return list(found)


def apposed_answer(
    store: Store, phrase: str, rows: Sequence[SpeakerRow], ask_body: Callable[[str], Answer]
) -> Answer | None:
    """The answer for the one body the stories describe as the phrase (asked by its name
    with `ask_body`), unless the speakers found for the phrase are already it or its
    people; None when there is no such body or it has no quote."""
    if any(fold(r.name) == fold(phrase) for r in rows):
        return None  # a body asked for by its name ("thornbury homes")
    apposed = apposed_bodies(store, phrase)
    if len(apposed) != 1 or any(apposed[0] in (r.name, r.org) for r in rows):
        return None
    answer = ask_body(apposed[0])
    return answer if answer.quotes else None
