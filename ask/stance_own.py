"""A side the speaker takes in their own words: "We will fight this decision", "I fully
support the ban", or reported, "she said they would oppose the plan".

When no frame of the story gives a speaker's side (ask/stance.py), the quote itself may hold
one: a verb of a stance family (ask/data/stance.json "families", any form, the base form
too: "we oppose") right after the speaker speaking (a first-person pronoun; in reported
words, where "we" becomes "they", any personal pronoun) and words that only carry it
("will", "would", "fully", "strongly"), whose object is the topic as a story frame's must be
(ask/stance_toward.py `toward`: its words, or a short definite phrase or "it" referring back
to the story's subject when the story is about the topic). A negated verb is no side ("we do
not oppose" has "not" between), and a denial takes no side on the topic; a quote whose own
words take both sides takes none.
"""

from __future__ import annotations

import re

from ask.stance_lexicon import NEGATIVE, POSITIVE, StanceLexicon
from ask.stance_toward import Frame, frame_tail, toward

_FIRST_PERSON = r"(?:i|we)"
_REPORTED = r"(?:i|we|he|she|they)"  # "she said they would oppose it"
_CARRIERS = r"(?:\s+(?:will|would|shall|must|also|still|all|[a-z]+ly)|['\u2019](?:ll|d))*"
# the speaker speaking, the words that only carry it, then the verb
_OWN_VERB = re.compile(rf"\b{_FIRST_PERSON}{_CARRIERS}\s+([a-z]+)\b")
_REPORTED_VERB = re.compile(rf"\b{_REPORTED}{_CARRIERS}\s+([a-z]+)\b")
# Where the verb's object ends: a mark, a clause, a preposition, or words of how long
# ("every step of the way", "all the way", "to the end")
_OBJECT_END = re.compile(
    r"[,;:.!?\"\u201c\u201d(]|\b(?:but|and|because|which|who|for|while|since|unless|if|"
    r"of|on|in|at|with|to|from|by|over|about|every|each|all|until|again|now|today)\b"
)


def own_side(
    text: str,
    reported: bool,
    topic_words: list[str],
    lexicon: StanceLexicon,
    *,
    anaphoric: bool,
) -> str | None:
    """The side a quote's own words take on the topic (module docstring), or None: its
    text, whether it is reported (indirect) speech, the topic's words (ask/stance.py
    `topic_words`), and whether the story is about the topic."""
    pattern = _REPORTED_VERB if reported else _OWN_VERB
    lower = text.lower()
    sides = set()
    for match in pattern.finditer(lower):
        verb = match.group(1)
        stance = lexicon.forms.get(verb) or lexicon.bases.get(verb)
        if stance not in (NEGATIVE, POSITIVE):
            continue
        rest = text[match.end() :]
        cut = _OBJECT_END.search(rest)
        tail = frame_tail(rest)
        frame = Frame(
            (0, len(text)), match.group(0), stance, rest[: cut.start() if cut else None], tail
        )
        if toward(frame, topic_words, lexicon, anaphoric=anaphoric):
            sides.add(stance)
    return next(iter(sides)) if len(sides) == 1 else None
