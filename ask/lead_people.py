"""The person a story's headline or lead describes and names only after it.

"Postwoman needs 20 stitches after dog attack in Kilbride" ... "Lindiwe Mokoena, 38, has
delivered on the same round for nine years"; "A ten-year-old boy using a metal detector ...
has found a hoard of Roman coins ... Theo Lindqvist-Mbeki was given the detector": a story
opens on its subject by what they are, and the first person it names is that subject. The
description is the headline's first words and the first words of the lead's first sentence
(a headline such as "Council warns headteacher" sets the headteacher later, not first);
the first person named must be named in the story's opening paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ask.described_asked import tokens

_HEADLINE_WORDS = 3  # "Retired postman's 61kg marrow ...": its subject's words
_LEAD_WORDS = 6  # "A ten-year-old boy using a metal ...": the lead sentence's subject
_OPENING_PARAGRAPHS = 3  # the subject is named in these
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+|\n+")  # ask/described_people


def lead_words(title: str, body: str) -> list[str]:
    """The words a story opens on its subject with: the headline's first words and those
    of the lead's first sentence."""
    first = next((s for s in SENTENCE_BREAK.split(body.strip()) if s.strip()), "")
    words = tokens(title.replace("\u2019", "'"))[:_HEADLINE_WORDS]
    words += tokens(first.replace("\u2019", "'"))[:_LEAD_WORDS]
    return [w.removesuffix("'s") for w in words]  # "Retired postman's marrow": a postman


def first_named(body: str, names: Sequence[str]) -> str | None:
    """Of the names, the one the story mentions first (in full or by surname), when it is
    mentioned in the opening paragraphs; None otherwise."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    opening = "\n".join(paragraphs[:_OPENING_PARAGRAPHS])
    best: tuple[int, str] | None = None
    for name in names:
        for form in {name, name.split()[-1]}:
            hit = re.search(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", body)
            if hit is not None and (best is None or hit.start() < best[0]):
                best = (hit.start(), name)
    if best is None or best[0] >= len(opening):
        return None
    return best[1]
