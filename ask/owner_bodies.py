"""A post asked for with its body's possessive ("the trust's chief executive") is that
body's: where the store knows bodies whose names hold the noun (a "... NHS Trust"), a post
holder of another body (a charity whose story speaks of talks with the trust) is not the
owner's."""

from __future__ import annotations

import re

from common.names import fold
from extract.people_words import ORG_NOUNS
from storage.db import Store
from storage.org_names import known_org_names


def body_owner(phrase: str) -> str | None:
    """The body noun a phrase's possessive names ("trust" of "the trust's chief
    executive"), or None."""
    found = re.match(r"^(?:the\s+)?([a-z]+)['\u2019]s?\s", phrase.strip())
    owner = found.group(1) if found else None
    return owner if owner in ORG_NOUNS else None


def of_owner(store: Store, org: str | None, owner: str | None) -> bool:
    """Whether a person with that organisation may be the owner body's: yes, unless the
    store knows bodies whose names hold the owner's noun ("Rye Vale Hospitals NHS Trust"
    for "the trust's") and theirs is none of them (a charity speaking of talks with the
    trust)."""
    if not owner or not org or owner in _name_words(org):
        return True
    return not any(owner in _name_words(o) for o in known_org_names(store.db))


def _name_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", fold(name))
