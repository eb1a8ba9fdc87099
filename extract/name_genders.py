"""A given name's gender is a likelihood; the reporter's "he" or "she" is evidence.

Rule: a given name borne by men in one language and by women in another ("Andrea" and
"Daniele" are men's names in Italy and women's in Germany, "Jan" a man in the Netherlands and
a woman in Britain, "Nicola", "Simone", "Gabriele") tells only a likely gender. A pronoun may
still mean a person so named when the article's order makes them its antecedent ("Daniele Russo
was sceptical. '...,' he said."); once it does, the pronoun's gender is theirs for the rest of
the article. A name borne by one sex only ("Gareth", "Priya"), a name the project's own
given-name list settles (extract/data/given_names.json), or a gender the article gave by a
courtesy title or an earlier pronoun that differs from the name's still rules a person out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.names import borne_by_both, gender_of, given_names, person_gender

if TYPE_CHECKING:
    from extract.model import Person


def _name_only(person: Person) -> bool:
    """True when the person's gender is just the likely one of a given name borne by both."""
    name = person.name if " " in person.name else f"{person.name} X"
    names = given_names(name)
    return (
        bool(names)
        and person_gender(person) == gender_of(name)
        and borne_by_both(names[0].strip("."))
    )


def disagrees(person: Person, gender: str | None, titled: str | None = None) -> bool:
    """True when a "he" (`gender` "m") or "she" ("f") cannot mean `person`: their gender is
    known and the other one, and not merely the likely gender of a name borne by both; a
    courtesy title's gender (`titled`: "f" for "Ms Harte") is never merely likely."""
    if gender and titled and titled != gender:
        return True
    known = person_gender(person)
    if not gender or not known or known == gender:
        return False
    return not _name_only(person)


def learn_gender(person: Person, gender: str | None) -> None:
    """The pronoun that was resolved to `person` settles their gender when none was known or
    when it was only the likely gender of a name borne by both (module rule)."""
    if gender and (person.gender is None or (person.gender != gender and _name_only(person))):
        person.gender = gender  # type: ignore[assignment]
