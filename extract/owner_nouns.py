"""A title owned by a common noun names the body of the story headed by that noun.

News writing introduces a body's people by a possessive of its kind once the body is
named: "the park's director", "the theatre's artistic director", "the museum's curator",
"the orchestra's principal conductor", "the festival's organiser". The owner is the one
organisation of the article whose name has that noun as its head ("Ashcombe Wildlife
Park", "the Museum of Elm"), whether or not the noun is one organisations' names usually
hold (extract/people_words.py ORG_NOUNS handles those: "the union's secretary").
"""

from __future__ import annotations

from collections.abc import Iterable

from common.names import fold


def headed_body(names: Iterable[str], noun: str) -> str | None:
    """The one name headed by the noun (its last word, or the word before "of": "Elm Folk
    Festival", "Museum of Elm"); None when no name or several are."""
    key = fold(noun)
    found = {name for name in names if _headed(name, key)}
    return found.pop() if len(found) == 1 else None


def _headed(name: str, noun: str) -> bool:
    words = fold(name).split()
    if not words:
        return False
    before_of = words[: words.index("of")] if "of" in words[1:] else words
    return before_of[-1:] == [noun] or words[-1] == noun
