"""People introduced by a family relation ("Mrs Abernathy's husband, Marcus", "the family of
Elif Demir"): the relation is their attribute (title the relation noun, organisation the
related person), and a relative named by a given name alone takes the related person's
surname, as a reporter would write it ("Marcus Abernathy"). The relations and their
converses are data (extract/data/descriptions.json)."""

from __future__ import annotations

from functools import lru_cache

from extract.descriptions import descriptions_data
from extract.entities import name_length
from extract.names import fold, given_name_gender
from records.extraction import Person


@lru_cache(maxsize=1)
def family_relations() -> dict[str, frozenset[str]]:
    """Each family relation noun and its converses (a husband's related person is his
    "wife", "spouse" or "partner")."""
    raw = descriptions_data()["family"]
    return {fold(k): frozenset(fold(v) for v in vs) for k, vs in raw.items()}


def relation_noun(title: str | None) -> str | None:
    """The family relation a title is ("Husband", "husband", "Widow"), or None. A plural
    counts as its singular ("sons")."""
    words = fold(title or "").split()
    if len(words) != 1:
        return None
    word = words[0]
    relations = family_relations()
    if word in relations:
        return word
    if word.endswith("s") and word[:-1] in relations:
        return word[:-1]
    return None


def converse_relations(title: str | None) -> frozenset[str]:
    """What the person a relative is related to is to them ("Husband" -> wife, spouse,
    partner); empty for a title that is no family relation."""
    noun = relation_noun(title)
    return family_relations()[noun] if noun else frozenset()


def with_family_surnames(entries: list[Person]) -> None:
    """Give a relative named by a given name alone the surname of the person the relation
    is to: "Mrs Abernathy's husband, Marcus" is Marcus Abernathy. Only when the related
    person is one of the article's people whose name ends in a surname (two words or more,
    or one word that is no known given name: "Mrs Abernathy"); the given name stays an
    alias."""
    people = {fold(e.name): e for e in entries if e.kind == "person"}
    taken = set(people)
    for entry in entries:
        if entry.kind != "person" or name_length(entry.name) != 1 or not entry.org:
            continue
        if relation_noun(entry.title) is None or given_name_gender(entry.name) is None:
            continue  # "Marcus" is a given name; "Jones" may be a surname already
        related = people.get(fold(entry.org))
        if related is None or related is entry:
            continue
        words = related.name.split()
        if len(words) == 1 and given_name_gender(words[0]) is not None:
            continue  # "Jo's husband, Marcus": Jo has no surname here
        full = f"{entry.name} {words[-1]}"
        if fold(full) in taken:
            continue
        entry.aliases.add(entry.name)
        entry.name = full
        taken.add(fold(full))
