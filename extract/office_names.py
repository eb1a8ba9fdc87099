"""Offices named by place that the recogniser takes for a person: "the Dean of Wexbury",
"the Provost of Oriel". "Dean" is a given name too, but a name takes no article."""

from __future__ import annotations

from spacy.tokens import Doc


def office_of_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the one word doc[start:end] stands between "the" and "of" and a proper noun:
    an office ("the Dean of Wexbury"), never a person's name."""
    if end - start != 1 or start == 0 or end + 1 >= len(doc):
        return False
    return (
        doc[start - 1].lower_ == "the"
        and doc[end].lower_ == "of"
        and doc[end + 1].text[:1].isupper()
    )
