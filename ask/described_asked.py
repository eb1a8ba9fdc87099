"""The words of a description asked for, and which of them the story may say instead.

"the cafe owner" asks for a person described as a cafe's owner: both words must describe
them. Some words say whose or which the person is rather than what ("the pupils' parents",
"the Saltley Green allotment holders", "the swimmer's mum", "the boy who found the coins"):
the story may say those anywhere (a mother in a story about the pupils, a plot-holder in the
story of the Saltley Green allotments, a boy in the story of the coins). Those are
- the owner of a possessive, all its words ("the repair cafe's customers": repair, cafe),
- the words before the noun's own modifier ("the Saltley Green allotment holders": saltley,
  green; "allotment" must describe the person),
- the content words of a relative clause after the noun ("who found the coins").
A place after "of" must describe the person ("the resident of Dunmere" is no resident of
Arlow in a story from Dunmere), or head the story of a person described by no other
("Landlord Desmond Quaye" in the story headed "The Wheatsheaf to call last orders" is the
landlord of the Wheatsheaf). A question about someone who would not be named ("the
cleaner who did not want to be named") asks for an unnamed source: no named description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ask.data_files import ask_data
from common.names import fold

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_AGE = re.compile(r"^(\d+)-years?-old$")
LEADING = frozenset({"the", "a", "an", "one", "some", "all", "local", "many", "other"})
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "people"}
_CLAUSE = re.compile(r"\s+(?:who|whose|that|which)\s+", re.I)
_MIN_STEM = 3
_MAX_ASKED = 3


@dataclass(frozen=True)
class AskedDescription:
    """A description asked for: its words (the noun last) and those the story may say."""

    words: list[str]
    story: frozenset[str]
    place: frozenset[str] = frozenset()  # after "of": "the landlord of the Wheatsheaf"


def tokens(text: str) -> list[str]:
    """The folded words of a text, an age as its number ("94-year-old" -> "94", as in
    "Edna Pike, 94, said")."""
    words = [fold(t) for t in _TOKEN.findall(text)]
    return [m.group(1) if (m := _AGE.match(w)) else w for w in words]


def _owner_words(head: str) -> set[str]:
    """The words of a possessive's owner ("the repair cafe's customers": repair, cafe)."""
    raw = head.replace("\u2019", "'").split()
    for k, word in enumerate(raw):
        if word.endswith(("'s", "s'")):
            owner = [fold(w.rstrip("'").removesuffix("'s")) for w in raw[: k + 1]]
            return {w for w in owner if w not in LEADING}
    return set()


def asked_description(phrase: str, short_nouns: frozenset[str]) -> AskedDescription | None:
    """The description a phrase asks for (the module's rules); None when it is no short
    description. A noun of three letters or fewer must be one of `short_nouns` ("mum")."""
    text = phrase.replace("\u2019", "'")
    head_text, *clause = _CLAUSE.split(text, maxsplit=1)
    data = ask_data("role_words.json")
    filler = frozenset(data["clause_filler"])
    clause_words = [w for w in tokens(clause[0]) if w not in filler] if clause else []
    if set(data["unnamed_asked"]) & set(clause_words):
        return None
    words = [w.removesuffix("'s").removesuffix("'") for w in tokens(head_text)]
    while words and words[0] in LEADING:
        words = words[1:]
    head, _of, place_text = " ".join(words).partition(" of ")
    before = head.split()
    place = [w for w in place_text.split() if w not in LEADING]
    if not before or any(w in _PRONOUNS for w in [*before, *place, *clause_words]):
        return None
    noun = before[-1]
    owners = _owner_words(head_text) - {noun}
    story = owners | set(before[:-2]) | set(clause_words)
    described = [w for w in before[:-1] if w not in story]
    asked = [*before[:-1], *place, *[w for w in clause_words if w not in before], noun]
    if len(described) + len(place) + 1 > _MAX_ASKED:
        return None
    if len(noun) <= _MIN_STEM and noun not in short_nouns:
        return None
    return AskedDescription(asked, frozenset(story) - {noun}, frozenset(place))


@lru_cache(maxsize=1)
def after_head() -> frozenset[str]:
    """Words that open a phrase or clause after a description's head ("of", "whose"):
    ask/data/descriptions.json "after_head"."""
    raw = ask_data("descriptions.json")
    return frozenset(fold(w) for w in raw["after_head"])
