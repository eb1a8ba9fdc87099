"""Post-nominal letters: what a paper writes after a name and never as part of it.

- "Giulia Marchetti KC", "Ms Marchetti" and "Marchetti" are one person: the letters go, the
  name stays ("Sir Anand Rao FRS" -> "Anand Rao", "Rhys Owen MS" -> "Rhys Owen").
- Letters are matched only as written, dots ignored ("Q.C." is "QC"), so "MS" is not "Ms".
- Some letters give their holder a role, kept beside the name: "KC", "QC" and "SC" a
  barrister, "MP" and "MSP" the seat itself (common/data/post_nominals.json).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def _families() -> dict[str, dict[str, object]]:
    """The families of post-nominal letters (common/data/post_nominals.json)."""
    path = resources.files("common").joinpath("data/post_nominals.json")
    families: dict[str, dict[str, object]] = json.loads(path.read_text("utf-8"))["families"]
    return families


def _roles() -> dict[str, str | None]:
    roles: dict[str, str | None] = {}
    for family in _families().values():
        role = family.get("role")
        for word in family["words"]:  # type: ignore[attr-defined]
            roles[str(word)] = str(word) if role == "as_role" else (str(role) if role else None)
    return roles


ROLES: dict[str, str | None] = _roles()


def _written(word: str) -> str:
    return word.replace(".", "").rstrip(",")


@lru_cache(maxsize=65536)
def is_post_nominal(word: str) -> bool:
    """Whether a word after a name is post-nominal letters ("KC", "Q.C.", "OBE", "PhD")."""
    return _written(word) in ROLES


@lru_cache(maxsize=65536)
def post_nominal_role(name: str) -> str | None:
    """The role the letters after a name give ("Giulia Marchetti KC" -> "Barrister",
    "Rhys Owen MP" -> "MP"), or None."""
    parts = name.split()
    for part in reversed(parts[1:]):
        if not is_post_nominal(part):
            break
        role = ROLES[_written(part)]
        if role:
            return role
    return None


def without_post_nominals(words: list[str]) -> list[str]:
    """A name's words without the letters after it (at least one word stays)."""
    while len(words) > 1 and is_post_nominal(words[-1]):
        words = words[:-1]
    return words
