"""The cast's word lists (data/people_words.json) as frozensets, loaded once at import."""

from __future__ import annotations

import json
from importlib import resources

_RAW = json.loads(resources.files("extract").joinpath("data/people_words.json").read_text("utf-8"))

ORG_WORDS: frozenset[str] = frozenset(_RAW["org_words"])  # words inside organisations' names
ORG_NOUNS: frozenset[str] = frozenset(_RAW["org_nouns"])  # "the group", "the council"
PERSON_NOUNS: frozenset[str] = frozenset(_RAW["person_nouns"])  # "a delivery driver"
GENERIC_TITLES: frozenset[str] = frozenset(_RAW["generic_titles"])  # speak for an organisation
GENERIC_ORG_NOUNS: frozenset[str] = frozenset(_RAW["generic_org_nouns"])  # any organisation
MALE_TITLES: frozenset[str] = frozenset(_RAW["male_titles"])
FEMALE_TITLES: frozenset[str] = frozenset(_RAW["female_titles"])
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
ROLE_WORDS: frozenset[str] = frozenset(_RAW["role_words"])  # what a title must hold
COURTESY_TITLES: frozenset[str] = frozenset(_RAW["courtesy_titles"])  # "Mr.": no role
RANK_WORDS: frozenset[str] = frozenset(_RAW["rank_words"])  # "vice", "former": another office
# "Ann Roe, prosecuting, said": the title a court role in apposition gives
ROLE_PARTICIPLES: dict[str, str] = {
    k: v for k, v in _RAW.get("role_participles", {}).items() if k != "about"
}
