"""A post asked for with its body's possessive ("the trust's chief executive") is that
body's: where the store knows bodies whose names hold the noun (a "... NHS Trust"), a post
holder of another body (a charity whose story speaks of talks with the trust) is not the
owner's."""

from __future__ import annotations

import re
from collections.abc import Callable

from common.names import fold
from extract.people_words import ORG_NOUNS
from storage.db import Store
from storage.org_names import known_org_names


def owner_check(store: Store, phrase: str) -> Callable[[str | None], bool]:
    """Whether a person with an organisation may be the phrase's possessive's body ("trust"
    of "the trust's chief executive"): yes, unless the phrase names a body noun, the store
    knows bodies whose names hold it ("Rye Vale Hospitals NHS Trust") and theirs is none of
    them (a charity speaking of talks with the trust). The store is read once."""
    found = re.match(r"^(?:the\s+)?([a-z]+)['\u2019]s?\s", phrase.strip())
    owner = found.group(1) if found else None
    if owner not in ORG_NOUNS or not any(
        owner in _name_words(o) for o in known_org_names(store.db)
    ):
        return lambda org: True
    return lambda org: not org or owner in _name_words(org)


def _name_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", fold(name))
