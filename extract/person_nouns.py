"""Nouns for a person described, not named ("a retired fisherman", "the mother"), by gender:
extract/data/described_people.json with people_words.json's gendered titles and person nouns.
Read by extract/described_antecedents.py and extract/description_refs.py."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from extract.names import fold
from extract.people_words import FEMALE_TITLES, MALE_TITLES, PERSON_NOUNS


@lru_cache(maxsize=1)
def described_people() -> dict[str, frozenset[str]]:
    """The person nouns of extract/data/described_people.json by gender: "m", "f" and ""
    (either; with people_words.json's gendered titles and person nouns)."""
    text = resources.files("extract").joinpath("data/described_people.json").read_text("utf-8")
    raw = json.loads(text)
    male = frozenset(fold(w) for family in raw["male"].values() for w in family)
    male |= frozenset(fold(w) for w in MALE_TITLES)  # "a spokesman" is no "she"
    female = frozenset(fold(w) for family in raw["female"].values() for w in family)
    female |= frozenset(fold(w) for w in FEMALE_TITLES)
    either = frozenset(fold(w) for w in raw["people"]) | (PERSON_NOUNS - male - female)
    return {"m": male, "f": female, "": either}
