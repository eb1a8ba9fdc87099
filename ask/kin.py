"""Relatives are not a person's voice: "Mr Nwosu's sister, Chiamaka Nwosu" is filed with
Emeka Nwosu as her organisation, yet what she says is hers, never his ("what did Emeka Nwosu
say?" is not answered with his sister's words, whatever title she speaks under later)."""

from __future__ import annotations

from extract.relatives import relation_noun
from storage.db import Store
from storage.kin_roles import titles_at
from storage.speakers import SpeakerRow


def kin_of(store: Store, people: list[SpeakerRow], names: list[str]) -> set[int]:
    """The ids of the people tied to one of the names only as family (a sister, a widow,
    sons): every title they hold at it, or their current title, is a family relation."""
    titles = titles_at(store.db, [p.id for p in people], names)
    return {
        p.id
        for p in people
        if relation_noun(p.title) is not None
        or (p.id in titles and all(relation_noun(t) is not None for t in titles[p.id]))
    }


def not_kin(store: Store, people: list[SpeakerRow], names: list[str]) -> list[SpeakerRow]:
    """The people who speak for one of the names: its relatives left out."""
    kin = kin_of(store, people, names)
    return [p for p in people if p.id not in kin]
