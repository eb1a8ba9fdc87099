"""An exchange between a man and a woman: who "he" or "she" means after the other's turn.

Rule: reporters alternate "he said" and "she said" between two people of different sexes
without naming either again ("'Where did the money go, Mr Hale?' Ms Grant asked. 'Into the
roof,' he replied."). A turn of a named person of the other gender (a name, a pronoun resolved
to them) is no nearer antecedent for the pronoun, so the person of its gender named before the
exchange stays its antecedent across the paragraphs those turns fill, up to
MAX_EXCHANGE_PARAGRAPHS back. A gender is stated by a given name borne by one sex or by a
courtesy title ("Ms Grant"), not learned from an earlier pronoun. An unnamed speaker ("a
spokeswoman said") is never such a turn: they could be the pronoun's person.
"""

from __future__ import annotations

from extract.cast_state import CastState, Mention
from extract.names import fold, gender_of
from extract.people_words import FEMALE_TITLES, MALE_TITLES

MAX_EXCHANGE_PARAGRAPHS = 3  # a question, its answer, a follow-up: then name them again


def titled_gender(cast: CastState, entry: int) -> str | None:
    """ "m" or "f" by a courtesy title before one of the person's name mentions ("Ms
    Grant", "Mr Hale"); None without one."""
    titles = {fold(cast.index.tokens[i].text) for i, e in cast.token_entry.items() if e == entry}
    if titles & MALE_TITLES:
        return "m"
    if titles & FEMALE_TITLES:
        return "f"
    return None


def stated_gender(cast: CastState, entry: int) -> str | None:
    """ "m" or "f" as the article states it: by a given name borne by one sex, else by a
    courtesy title before one of the person's name mentions ("Ms Grant")."""
    return gender_of(cast.entries[entry].name) or titled_gender(cast, entry)


def other_turn(cast: CastState, token: int, gender: str) -> bool:
    """True when the reporting cue's subject at `token` is a named person (by name or a
    resolved pronoun) whose stated gender is not the pronoun's `gender` (module rule)."""
    entry = cast.token_entry.get(token, cast.pronoun_entry.get(token))
    if entry is None or cast.entries[entry].kind != "person":
        return False
    stated = stated_gender(cast, entry)
    return stated is not None and stated != gender


def within_exchange(cast: CastState, last: Mention, paragraph: int, gender: str) -> bool:
    """True when the pronoun's `paragraph` is the paragraph of `last` (its person's latest
    mention), the next one, or one after paragraphs that each hold a turn of a person of the
    other gender (module rule)."""
    gap = paragraph - last.paragraph
    if gap <= 1:
        return True
    if gap > MAX_EXCHANGE_PARAGRAPHS:
        return False
    turns = {
        m.paragraph
        for m in cast.mentions
        if m.speaker
        and last.paragraph < m.paragraph < paragraph
        and cast.entries[m.entry].kind == "person"
        and stated_gender(cast, m.entry) not in (None, gender)
    }
    return len(turns) == gap - 1
