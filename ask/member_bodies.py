"""Organisations that are a union in kind though their names say otherwise: a body named
for the members of one occupation ("the Tilers' Association", "the Nurses' Guild") is a
trade union, so that "what did the union say?" finds its people; a body of people who are no
trade ("the Elm Road Residents' Association", "the students' union" named so) is not made one.

How a name is read: its last word is one of the body words ("association", "guild"), the
word before it a plural possessive ("Tilers'") whose singular is a role word or
a compound ending in one ("schoolteachers": teacher), and not one of the people nouns that
name no trade. The words are data (data/member_bodies.json).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ask.lexicon import singular
from common.names import fold
from extract.people_words import ROLE_WORDS

# "Tilers'", "Nurses\u2019": a plural possessive before the body word
_MEMBERS = re.compile(r"([^\W\d_]+)s['\u2019]$")


@lru_cache(maxsize=1)
def _unions() -> dict[str, Any]:
    text = resources.files("ask").joinpath("data/member_bodies.json").read_text("utf-8")
    return dict(json.loads(text)["unions"])


def union_heads() -> frozenset[str]:
    """The body words a union named for an occupation may end with ("association")."""
    return frozenset(_unions()["heads"])


def not_occupations() -> frozenset[str]:
    """People nouns that name no trade ("resident", "student")."""
    return frozenset(_unions()["not_occupations"])


def _occupation(word: str) -> bool:
    """Whether a (singular, folded) noun names a trade: a role word, or a compound ending in
    one ("schoolteacher", "firefighter"), that is no people noun of another kind."""
    if word in not_occupations() or len(word) < 3:
        return False
    return word in ROLE_WORDS or any(
        word.endswith(role) and len(word) - len(role) >= 3 for role in ROLE_WORDS if len(role) > 3
    )


def kind_words(name: str | None) -> list[str]:
    """The kind words an organisation's name is of beyond its own words: ["union"] for a
    body named for an occupation's members ("Schoolteachers' Association"), else none."""
    words = fold(name or "").split()
    if len(words) < 2 or re.sub(r"[^\w]", "", words[-1]) not in union_heads():
        return []
    found = _MEMBERS.match(words[-2])
    if found is None:
        return []
    member = singular(found.group(1) + "s")
    return [str(_unions()["kind"])] if _occupation(member) else []


def body_words(word: str) -> list[str]:
    """The body words to look for besides a kind asked for ("union" -> "association",
    "guild", ...: a name ending so may be a union in kind, `kind_words` decides)."""
    return sorted(union_heads()) if fold(word) == _unions()["kind"] else []
