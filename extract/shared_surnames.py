"""Two people who share a surname named once: "Ahmet and Leyla Demir", "Bill and Hillary
Clinton". The recogniser reads the first given name alone; it is that person's given name,
and the surname after the second is theirs too, so "Mr Demir said" is Ahmet Demir, not a
second Demir of no given name.

Rule: a one-word name that is a known given name (extract/names.py `gender_of`), followed by
"and" and a personal name of two or more words the recogniser reads as one person's, takes
that name's last word as its surname.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.names import gender_of


def shared_surname(doc: Doc, start: int, end: int) -> str | None:
    """The surname a one-word given name (tokens start..end) shares with the name after
    "and" ("Ahmet and Leyla Demir": Demir), or None."""
    if end - start != 1 or end + 2 >= len(doc) or doc[end].lower_ != "and":
        return None
    if gender_of(f"{doc[start].text} X") is None:
        return None
    second = next((e for e in doc.ents if e.start == end + 1), None)
    if second is None or second.label_ != "PERSON" or len(second) < 2:
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in second):
        return None
    return second[-1].text
