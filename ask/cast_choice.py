"""Which answer a described-person question takes: the best-fitting cast of its stories
(ask/cast.py) or the speakers found another way (a title's holders, people described so).

The cast replaces speakers found another way only where it fits the description better; a
title's holders stand unless none of them speaks in the stories asked about, or the post is
dated ("the new chair") and the best fit is none of them; holders that fit best are kept,
never joined by others the title rules turned away (by place, body or rank).
"""

from __future__ import annotations

from ask.cast import HEAD, Cast, asked_description, best_fitting
from ask.owner_bodies import owner_check
from storage.db import Store
from storage.speakers import SpeakerRow


def cast_choice(
    store: Store,
    found: list[SpeakerRow],
    phrase: str,
    topic: str | None,
    window: tuple[str | None, str | None],
    by_title: bool = False,
) -> Cast | None:
    """The best-fitting cast when it fits the description better than some of the speakers
    found another way (`found`: a title's holders, people described so); None to keep
    those (all fit as well as anyone in the stories)."""
    if any(r.kind != "person" for r in found):  # an organisation asked for: its people
        return None
    titled = frozenset(r.id for r in found) if by_title else frozenset()
    cast = best_fitting(store, phrase, topic, window, titled)
    owners = owner_check(store, phrase)  # "the trust's chief executive": not a charity's
    if cast is not None and any(not owners(p.org) for p in cast.people):
        kept = [p for p in cast.people if owners(p.org)]
        cast = Cast(cast.top, kept, [], cast.scores) if kept else None
    if cast is None:
        return None
    best = [r for r in found if cast.scores.get(r.id, -HEAD) >= cast.top]
    if best:  # the way they were found (a place, a body) holds: the best of them, no others
        return None if len(best) == len(found) else Cast(cast.top, best, [], cast.scores)
    return cast


def narrows(cast: Cast, found: list[SpeakerRow]) -> bool:
    """Whether the cast's winners are some of the speakers found (no unnamed source among
    them): the way they were found still applies to those left."""
    ids = {r.id for r in found}
    return not cast.unnamed and all(p.id in ids for p in cast.people)


def overrides(cast: Cast | None, holders: list[SpeakerRow], phrase: str, titled: bool) -> bool:
    """Whether the cast replaces a title's holders: when none of them speaks in the stories
    asked about, or when the post is dated ("the new chair") and the best fit is none of
    them (the story brought in someone the title does not yet name); else the title rules,
    which weigh a place, a body, a rank and a new holder, stand. Speakers a role described
    that is no title (`titled` false: "the patient") give way to the best fit."""
    if cast is None or not titled:
        return cast is not None
    ids = {r.id for r in holders}
    asked = asked_description(phrase)
    dated = asked is not None and (asked.new or asked.former)
    winners = {p.id for p in cast.people}
    alone = len(winners) == 1 and not cast.unnamed  # one clear new holder: it narrows them
    return not ids & set(cast.scores) or (dated and (alone or not winners & ids))
