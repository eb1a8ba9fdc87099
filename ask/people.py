"""Finding the speakers a question names: by name or surname, by title ("the mayor"), by
organisation ("Halden": the company and the people who speak for it), or by role in a
group ("the farmers")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extract.names import fold, name_variants
from storage.db import Store
from storage.speakers import (
    SpeakerRow,
    get_speaker,
    speaker_names,
    speakers_matching_alias,
    speakers_of_org,
    speakers_with_role,
)

_LEADING = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr|prof|professor)\.?\s+", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_FUZZY_MIN = 88


@dataclass
class SpeakerMatch:
    """The speakers a phrase names, and how they were found."""

    rows: list[SpeakerRow] = field(default_factory=list)
    how: str = "none"


def find_speakers(store: Store, phrase: str) -> SpeakerMatch:
    """The speakers a phrase refers to (see the module docstring); empty when none."""
    text = _POSSESSIVE.sub("", phrase.strip())
    while _LEADING.match(text):
        text = _LEADING.sub("", text, count=1)
    if not text:
        return SpeakerMatch()
    db = store.db
    keys = name_variants(text) | {fold(text)}
    rows = speakers_matching_alias(db, keys)
    exact = [r for r in rows if fold(r.name) == fold(text)]
    if exact:
        rows = exact + [r for r in rows if r not in exact]
    if rows:
        orgs = [r.name for r in rows if r.kind == "org"]
        members = [m for m in speakers_of_org(db, orgs) if m not in rows]
        return SpeakerMatch(rows + members, "name")
    words = [_singular(w) for w in re.findall(r"\w+", fold(text))]
    rows = speakers_with_role(db, words)
    if rows:
        return SpeakerMatch(rows, "role")
    if len(text) >= 4:
        choices = {speaker_id: fold(name) for speaker_id, name in speaker_names(db)}
        best = process.extractOne(fold(text), choices, scorer=fuzz.WRatio)
        if best is not None and best[1] >= _FUZZY_MIN:
            row = get_speaker(db, best[2])
            if row is not None:
                return SpeakerMatch([row], "fuzzy")
    return SpeakerMatch()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
