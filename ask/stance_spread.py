"""How a speaker's sides on a topic spread (ask/stance.py): a speaker framed both ways is
"mixed"; a named speaker's remarks of unknown stance take the side of their other remarks
on the topic, and their side in the other stories of the storyline."""

from __future__ import annotations

from ask.stance_lexicon import DOUBT, NEGATIVE, POSITIVE
from storage.quotes import QuoteRow


def spread_sides(rows: list[QuoteRow], result: dict[int, str | None]) -> None:
    """A named speaker's remarks of unknown stance take their other remarks' side or sides."""
    sides: dict[int, set[str]] = {}
    for row in rows:
        side = result[row.id]
        if row.speaker_id is not None and side in (NEGATIVE, POSITIVE, DOUBT):
            sides.setdefault(row.speaker_id, set()).add(side)
    for row in rows:
        taken = sides.get(row.speaker_id, set()) if row.speaker_id is not None else set()
        if result[row.id] is None and taken:
            result[row.id] = one_side(taken)


def one_side(sides: set[str]) -> str:
    """A speaker's one side of those taken (some), "mixed" when they took more than one."""
    return "mixed" if len(sides) > 1 else next(iter(sides))


def sides_elsewhere(by_speaker: dict[tuple[int, object], set[str]]) -> dict[object, set[str]]:
    """Each named speaker's sides on the topic across the stories framing them: "Dennis
    Holloway rejected the offer" tells his side in the next story on the offer too."""
    found: dict[object, set[str]] = {}
    for (_, who), held in by_speaker.items():
        if isinstance(who, int) and held:
            found.setdefault(who, set()).update(held)
    return found
