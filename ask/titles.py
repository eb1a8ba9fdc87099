"""Titles as articles abbreviate them: "Indiana Gov. Tom Whitfield" is the Indiana governor,
"Sen. Delgado" a senator. The short forms are data (`ask/data/title_abbreviations.json`)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "title_abbreviations.json"


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Each short form (lower-case, no dot) -> the title word it stands for."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {k.lower(): v.lower() for k, v in data["abbreviations"].items()}


def full_title_word(word: str) -> str:
    """The title word a short form stands for ("gov" -> "governor"); any other word as is."""
    return abbreviations().get(word.lower().strip("."), word)


def short_forms(word: str) -> list[str]:
    """The short forms of a title word ("governor" -> ["gov"])."""
    return [short for short, full in abbreviations().items() if full == word.lower()]
