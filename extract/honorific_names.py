"""Honorifics before a given name: British usage writes "Sir Kevin" and "Dame Joanne" for
Sir Kevin Marsh and Dame Joanne Okafor once the story has named them in full (the honorific
takes the given name, not the surname, unlike "Mr Marsh").

- A name of one word after such an honorific (people_words.json "given_name_honorifics") is
  the person of the cast whose first given name it is, when exactly one person has it; with
  none or several, the name is read as any other.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from spacy.tokens import Doc

from extract.cast_state import NameSpan
from extract.model import Person
from extract.names import fold, given_names

_RAW = json.loads(resources.files("extract").joinpath("data/people_words.json").read_text("utf-8"))
GIVEN_NAME_HONORIFICS: frozenset[str] = frozenset(_RAW["given_name_honorifics"]["words"])


def _takes_given_name(word: str) -> bool:
    return fold(word).strip(".") in GIVEN_NAME_HONORIFICS


def given_name_holder(doc: Doc, span: NameSpan, entries: list[Person]) -> int | None:
    """The cast entry a name span written "Sir/Dame <given name>" denotes (see the module's
    rule): the one person whose first given name that word is; None otherwise."""
    start, end = span.start, span.end
    if end - start == 2 and _takes_given_name(doc[start].text):
        given = doc[start + 1]
    elif end - start == 1 and start > 0 and _takes_given_name(doc[start - 1].text):
        given = doc[start]
    else:
        return None
    if not given.is_alpha or not given.text[:1].isupper():
        return None
    key = fold(given.text)
    found = [
        i
        for i, entry in enumerate(entries)
        if entry.kind == "person"
        and len(entry.name.split()) >= 2
        and any(fold(g) == key for g in given_names(entry.name)[:1])
    ]
    return found[0] if len(found) == 1 else None


def title_surname_holder(doc: Doc, span: NameSpan, entries: list[Person], text: str) -> int | None:
    """The cast entry a name span written "<Title> <Surname>" denotes when the story uses the
    first word as a common noun and names one other person of that surname: "The dean, the
    Very Rev Mariusz Kowalczyk, said ... Dean Kowalczyk said" is the dean, not a man named
    Dean (a story of Dean Martin never writes "the dean"). None unless exactly one person.
    `text`: the doc's text, read once (extract/docindex.py)."""
    if span.end - span.start != 2:
        return None
    first, last = doc[span.start], doc[span.start + 1]
    if not (first.is_alpha and first.text[:1].isupper() and last.text[:1].isupper()):
        return None
    word, surname = fold(first.text), fold(last.text)
    found = [
        i
        for i, entry in enumerate(entries)
        if entry.kind == "person"
        and len(entry.name.split()) >= 2
        and fold(entry.name.split()[-1]) == surname
        and fold(entry.name.split()[0]) != word
    ]
    if len(found) != 1:
        return None
    common = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+{re.escape(first.text.lower())}\b"
    )
    return found[0] if common.search(text) else None
