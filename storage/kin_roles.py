"""The titles a speaker held at an organisation, as the articles stated them ("Sister" at
"Emeka Nwosu" for "Mr Nwosu's sister, Chiamaka Nwosu")."""

from __future__ import annotations

import sqlite_utils

from common.names import fold


def titles_at(
    db: sqlite_utils.Database, speaker_ids: list[int], org_names: list[str]
) -> dict[int, list[str]]:
    """Each speaker's titles at one of the organisations (or people) named, by speaker id;
    speakers with no such role are left out."""
    if not speaker_ids or not org_names:
        return {}
    ids = ", ".join("?" for _ in speaker_ids)
    orgs = ", ".join("?" for _ in org_names)
    found: dict[int, list[str]] = {}
    for speaker_id, title in db.execute(
        f"SELECT speaker_id, title FROM speaker_roles WHERE speaker_id IN ({ids}) "
        f"AND org != '' AND org_key IN ({orgs}) ORDER BY id",
        [*speaker_ids, *(fold(o) for o in org_names)],
    ).fetchall():
        found.setdefault(speaker_id, []).append(title)
    return found
