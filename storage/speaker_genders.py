"""Which gender the stories tell a stored person is, by the pronouns and honorifics they
use for them ("she said", "Mrs Sandhu")."""

from __future__ import annotations

from common.names import fold
from extract.people_words import FEMALE, MALE
from storage.db import Store

# The pronouns of the cast's gender agreement and the honorifics before a name.
_MALE = MALE | {"mr", "mr."}
_FEMALE = FEMALE | {"mrs", "mrs.", "ms", "ms.", "miss"}


def pronoun_genders(store: Store, speaker_ids: list[int]) -> dict[int, str]:
    """Each person's gender ("m" or "f") where the stories' pronouns and honorifics for
    them agree on one; a person they give none or both for is left out."""
    ids = sorted(set(speaker_ids))
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    seen: dict[int, set[str]] = {}
    for speaker_id, mention in store.db.execute(
        f"SELECT speaker_id, mention FROM speaker_roles WHERE speaker_id IN ({marks})", ids
    ).fetchall():
        first = (fold(mention or "").split() or [""])[0]
        gender = "m" if first in _MALE else "f" if first in _FEMALE else ""
        if gender:
            seen.setdefault(int(speaker_id), set()).add(gender)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
