"""Compound nouns for a person by what they do to something, matched in a description that
says it with a verb: "the winemaker" is "X, who has made the estate's wine since 2014"; "the
code-breaker" is "X, 100, who broke codes at ..."; "the beekeepers" is "X, who has kept bees".

A noun with an agent ending (ask/data/role_words.json "agent_endings") whose stem is an
object and a verb ("wine" + "mak(e)", "code-" + "break") fits a description holding the
object (singular or plural) and a form of the verb: the verb with a regular ending
("stem_endings", "makes", "making") or an irregular past form ("irregular_past": made, broke,
kept).
"""

from __future__ import annotations

from functools import lru_cache

from ask.data_files import ask_data
from ask.lexicon import singular

_MIN_PART = 3


@lru_cache(maxsize=1)
def _irregular() -> dict[str, frozenset[str]]:
    """Each verb's irregular past forms: ask/data/role_words.json "irregular_past"."""
    raw = ask_data("role_words.json")
    return {verb: frozenset(forms) for verb, forms in raw["irregular_past"].items()}


def _verb_forms(verb: str, endings: tuple[str, ...]) -> set[str]:
    """The forms a story may give a verb ("mak" -> make, makes, making, made)."""
    bases = {verb, verb + "e"}
    forms = {base + end for base in bases for end in endings} | bases
    for base in bases:
        forms |= _irregular().get(base, frozenset())
    return forms


def splits(stem: str) -> list[tuple[str, str]]:
    """The ways a compound agent noun's stem may split into an object and a verb, each of
    three letters or more ("winemak": wine + mak; "code-break": code + break)."""
    if "-" in stem:
        thing, verb = stem.split("-", 1)
        return [(thing, verb)] if len(thing) >= _MIN_PART and len(verb) >= _MIN_PART else []
    return [(stem[:k], stem[k:]) for k in range(_MIN_PART, len(stem) - _MIN_PART + 1)]


def compound_fits(stem: str, words: list[str], endings: tuple[str, ...]) -> bool:
    """Whether a description's words hold an object and a verb a compound agent noun's
    stem splits into ("winemak": wine + made; "code-break": codes + broke)."""
    have = set(words) | {singular(w) for w in words}
    return any(
        thing in have and bool(_verb_forms(verb, endings) & have) for thing, verb in splits(stem)
    )
