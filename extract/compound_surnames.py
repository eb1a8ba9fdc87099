"""Compound surnames: one person, whether the story writes the whole name or the surname.

Rule: Portuguese, Spanish and other naming customs give a person a surname of two or more
words ("Thiago Bastos Moreira" is Mr Bastos Moreira, "Gabriel García Márquez" is García
Márquez). A name of two or more words that is the last words of a longer name in the cast is
that person's surname when its first word is no known given name (extract/names.py
`is_given_name`): "Bastos Moreira" is Thiago Bastos Moreira. "Ann Smith" stays apart from
"Mary Ann Smith" (Ann is a given name), and two people who share one surname word
("Catriona MacIlleathain", "Ruairidh MacIlleathain") are never joined by this rule: the
shorter name must be all of the longer one's last words.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.model import Person
from extract.names import fold, is_given_name, words


def _folded(name: str) -> list[str]:
    return [fold(w).strip(".") for w in words(name)]


def is_surname_of(short: str, full: str) -> bool:
    """Whether `short` (two words or more) is the compound surname of `full`: its words are
    all of `full`'s last words, `full` has more, and its first word is no given name."""
    part, whole = _folded(short), _folded(full)
    if len(part) < 2 or len(whole) <= len(part) or whole[-len(part) :] != part:
        return False
    return not is_given_name(words(short)[0])


def one_person(a: str, b: str) -> bool:
    """Whether either name is the other's compound surname ("Bastos Moreira", "Thiago
    Bastos Moreira"): the store and questions join them as one person."""
    return is_surname_of(a, b) or is_surname_of(b, a)


def compound_surname_entry(entries: Sequence[Person], name: str) -> int | None:
    """The one person of the cast whose compound surname `name` is, or whose compound
    surname is `name`'s ("Bastos Moreira" before "Thiago Bastos Moreira"); None when no
    person or more than one fits."""
    found = [
        i
        for i, entry in enumerate(entries)
        if entry.kind == "person" and one_person(name, entry.name)
    ]
    return found[0] if len(found) == 1 else None
