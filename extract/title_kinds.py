"""What a person's title says about them: their gender ("Mrs", "chairwoman"), whether it is an
office inside an organisation ("Chief executive", "Managing director") or a generic one that
speaks for someone ("spokesman"), and the kinds of organisation an office belongs to: a
managing director runs a business, not a union or a council (people_words.json
"officer_kinds"; organisations' kinds: extract/org_kinds.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from extract.names import fold
from extract.org_kinds import org_kinds
from extract.people_words import (
    FEMALE_TITLES,
    GENERIC_ORG_FAMILIES,
    GENERIC_TITLES,
    MALE_TITLES,
    OFFICER_KINDS,
    OFFICER_TITLES,
    ORG_FAMILY,
    ORG_KIND_PHRASES,
)


def gender_from_title(title: str | None) -> Literal["m", "f"] | None:
    """The gender a gendered title gives ("Mrs", "chairwoman"), if any."""
    if not title:
        return None
    words = {w.lower().strip(".") for w in title.split()}
    if words & {w.strip(".") for w in MALE_TITLES}:
        return "m"
    if words & {w.strip(".") for w in FEMALE_TITLES}:
        return "f"
    return None


def _words(title: str | None) -> list[str]:
    """A title's folded words, a hyphenated one's parts apart ("Vice-chancellor": vice,
    chancellor), as the office lists write them, without a remit ("Cabinet member for rural
    affairs": cabinet member)."""
    words = fold(title or "").replace("-", " ").split()
    return words[: words.index("for", 1)] if "for" in words[1:] else words


def is_officer(title: str | None) -> bool:
    """ "Chief executive", "Human resources director", "Head teacher": an office inside an
    organisation (its last word an officer's, or its last words an office of a kind)."""
    words = _words(title)
    return bool(words) and (
        words[-1] in OFFICER_TITLES or any(" ".join(words[-n:]) in OFFICER_KINDS for n in (1, 2, 3))
    )


def is_generic(title: str | None) -> bool:
    """ "Spokesman", "official": a title that speaks for an organisation."""
    if not title:
        return False
    return fold(title.split()[-1]) in GENERIC_TITLES


def officer_fits(title: str | None) -> Callable[[str], bool]:
    """Whether an organisation (by its name) can be the one an officer of this title serves:
    one of the kinds the title belongs to ("Managing director": a business), or any kind when
    the title names none or the name gives no kind ("Skelby Buses")."""
    words = _words(title)
    allowed: set[str] = set()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            allowed |= OFFICER_KINDS.get(" ".join(words[start : start + size]), frozenset())
        if allowed:
            break

    def fits(name: str) -> bool:
        kinds = org_kinds(name)
        return not allowed or not kinds or bool(kinds & allowed)

    return fits


def owner_fits(noun: str) -> Callable[[str], bool]:
    """Whether an organisation (by its name) can be the one a possessive noun names an
    officer's ("the company's chief executive": a business, not the review office quoted
    before; "the trust's": a trust, not the council): a name of a kind the noun allows
    (data/people_words.json "org_kind_phrases" first: "the food bank's" is a charity's), or
    one holding the noun ("Kelsbridge Foodbank"); a name of no kind may be a place
    ("Elmridge")."""
    key = fold(noun)
    head = key.split()[-1] if key.split() else key
    allowed = (
        frozenset({ORG_KIND_PHRASES[key]})
        if key in ORG_KIND_PHRASES
        else GENERIC_ORG_FAMILIES.get(head)
        or (frozenset({ORG_FAMILY[head]}) if head in ORG_FAMILY else frozenset())
    )
    glued = key.replace(" ", "")

    def fits(name: str) -> bool:
        if not allowed or glued in fold(name).replace(" ", ""):
            return True
        return bool(org_kinds(name) & allowed)

    return fits
