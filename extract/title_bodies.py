"""An unnamed source whose title names the body they speak for by its kind.

- "A commission spokesman said", "a council official said", "a union spokeswoman told
  reporters": the words before a generic title (spokesman, official: data/people_words.json
  "generic_titles") name a body by its head noun; the source speaks for the one
  organisation of the article whose name has that noun as its head ("the Care Standards
  Commission", "the University of Elm"), not for whichever organisation spoke just before.
- "... the spokesman said", or the same title again, right after such a source (the same
  or the next paragraph) is that source again, with its organisation.
"""

from __future__ import annotations

from extract.names import fold
from extract.org_kinds import org_kinds
from extract.people import Cast
from extract.people_words import GENERIC_ORG_FAMILIES, GENERIC_TITLES, ORG_NOUNS, ORG_WORDS
from extract.speaker_record import Speaker


def body_in_title(
    speaker: Speaker, previous: tuple[Speaker, int] | None, paragraph: int, cast: Cast
) -> Speaker:
    """The unnamed source with the organisation its title names by kind, or that the same
    source had just before (see the module docstring); the source itself otherwise."""
    if speaker.name is not None or not speaker.title:
        return speaker
    words = [fold(w) for w in speaker.title.split()]
    if words[-1] not in GENERIC_TITLES:
        return speaker
    kinds = [w for w in words[:-1] if w in ORG_NOUNS or w in ORG_WORDS]
    if kinds:
        orgs = {e.name for e in cast.entries if e.kind == "org" and _headed(e.name, kinds[-1])}
        if len(orgs) == 1:
            return Speaker(None, None, speaker.title, orgs.pop(), speaker.mention)
        if speaker.org and _other_kind(speaker.org, kinds[-1]):
            return Speaker(None, None, speaker.title, None, speaker.mention)  # another body's
    if previous is None or speaker.org:
        return speaker
    before, where = previous
    said = [fold(w) for w in (before.title or "").split()]
    again = said == words or (words[:1] == ["the"] and len(words) == 2 and said[-1:] == words[-1:])
    if before.name is None and before.org and again and paragraph - where <= 1:
        return Speaker(None, None, speaker.title, before.org, speaker.mention)
    return speaker


def _other_kind(org: str, kind: str) -> bool:
    """Whether an organisation cannot be of the kind a title names: its name lacks the kind,
    and its name's kind words (extract/org_kinds.py) are known and none the kind allows ("a
    union spokeswoman" is no voice of Kelp Marine Ltd; "a company spokeswoman" may be
    Corvell & Pryce's)."""
    if kind in fold(org).split():
        return False
    known = org_kinds(org)
    return bool(known) and not known & GENERIC_ORG_FAMILIES.get(kind, frozenset())


def _headed(name: str, kind: str) -> bool:
    """Whether an organisation's name has the kind as its head: its last word ("Elm District
    Council"), or the word before "of" ("University of Elm")."""
    words = fold(name).split()
    return words[-1:] == [kind] or any(
        w == kind and words[i + 1 : i + 2] == ["of"] for i, w in enumerate(words)
    )
