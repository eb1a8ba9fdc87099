"""Filters on the quotes found for a speaker on a topic: what they said while holding the
office asked for, and not what an organisation's people said for another."""

from __future__ import annotations

from ask.affiliated import while_members
from ask.asking import Ask
from ask.offices import held_then
from ask.search import FoundList


def keeping(hits: FoundList, keep: set[int]) -> FoundList:
    """The hits whose quotes are in `keep` (the same list when that is all of them), with
    the count of those not read."""
    if len(keep) == len(hits):
        return hits
    kept = FoundList(f for f in hits if f.row.id in keep)
    kept.unread = hits.unread
    return kept


def found_held(hits: FoundList, phrase: str) -> FoundList:
    """Topic hits said while holding the office a title names (ask/offices.py held_then)."""
    return keeping(hits, {r.id for r in held_then([f.row for f in hits], phrase)})


def found_members(
    ask: Ask, hits: FoundList, members: set[int], orgs: list[str], kinds: list[str]
) -> FoundList:
    """Topic hits without what the organisations' people said for another
    (ask/affiliated.py while_members); the people of other bodies of the kind asked
    (`kinds`) speak for it where their own words are on the topic, or in stories about it
    when the organisations asked have nothing on it ("the union" on the four-day week: the
    union of the stories about it)."""
    rows = [f.row for f in hits]
    keep = {r.id for r in while_members(ask.store, rows, members, orgs)}
    if kinds:
        direct = [f.row for f in hits if f.how in ("quote", "context")]
        keep |= {r.id for r in while_members(ask.store, direct, members, orgs + kinds)}
    if kinds and not keep:  # the body the kind named first has nothing on it: the one that has
        keep = {r.id for r in while_members(ask.store, rows, members, orgs + kinds)}
    return keeping(hits, keep)
