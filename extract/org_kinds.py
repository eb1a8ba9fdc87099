"""The kind of organisation a name gives ("Elm Police Federation" is a civic body)."""

from __future__ import annotations

from extract.names import fold
from extract.people_words import GENERIC_ORG_FAMILIES, ORG_FAMILY, ORG_KIND_PHRASES


def org_kinds(name: str) -> set[str]:
    """The kind an organisation's name gives it: its head's, the last kind word before any
    "of" ("Elm Police Federation" is a civic body, not a police force; "Bank of Elm" a
    bank), or a two-word kind ("Tidewell Food Bank" is a charity); empty without one."""
    words = fold(name).replace("-", " ").split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    for pair in reversed(pairs):
        if pair in ORG_KIND_PHRASES:
            return {ORG_KIND_PHRASES[pair]}
    heads = [ORG_FAMILY[w] for w in words if w in ORG_FAMILY]
    return {heads[-1]} if heads else set()


def kind_fits(name: str, noun: str) -> bool:
    """Whether a generic noun can refer back to an organisation of this name: a name holding
    a kind word ("Association", "Times", "Corp") must be of a kind the noun allows; a name
    without one (an acronym, a brand) may be any kind."""
    allowed = GENERIC_ORG_FAMILIES.get(noun)
    kinds = org_kinds(name)
    return not allowed or not kinds or bool(kinds & allowed)
