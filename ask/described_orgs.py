"""A body an article calls only by a description ("The housing association's chief
executive, X") is the named organisation the speaker's other articles state, as a pronoun
resolves to a name: in a storyline that names Elm Homes, X spoke for Elm Homes, not for
another body.

The description resolves to one of the speaker's named organisations (one with a capital
letter) that it can describe: one whose name ends with it ("the tenants' association" for
the Elm Court tenants' association), or, for a description of a kind of body with no
members' possessive ("housing association", "health trust"; not "the tenants'
association", a body of its own), one whose name allows that kind (extract/org_kinds.py: a
"club" is no police force). Of those, the latest named before the article, else the first
after it.
"""

from __future__ import annotations

import re

from common.names import fold
from extract.org_kinds import kind_fits

_WORD = re.compile(r"[^\W_]+(?:['\u2019]s?)?")


def is_description(org: str) -> bool:
    """Whether an organisation as written is a lower-case description ("housing
    association"), not a name."""
    return bool(org.strip()) and not any(c.isupper() for c in org)


def describes(description: str, name: str) -> bool:
    """Whether a description can be the named organisation: its fuller name ends with it,
    or it names a kind of body, with no members' possessive, that the name allows."""
    words = _WORD.findall(fold(description).replace("\u2019", "'"))
    if not words:
        return False
    if fold(name).replace("\u2019", "'").endswith(" " + " ".join(words)):
        return True
    if any(w.endswith("'") or w.endswith("'s") for w in words):
        return False  # "the tenants' association": the tenants' own body
    return kind_fits(name, words[-1])


def named_for(description: str, when: str, dated: list[tuple[str, str, int]]) -> str | None:
    """The named organisation of the speaker's dated ones (date, organisation, article id;
    oldest first) a description resolves to, for an article of that date; None when none."""
    named = [(d, o) for d, o, _ in dated if not is_description(o) and describes(description, o)]
    if not named:
        return None
    before = [o for d, o in named if d <= when]
    return before[-1] if before else named[0][1]
