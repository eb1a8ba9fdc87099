"""A title owned by a common noun ("the gallery's director") names the body of the story
headed by that noun, and a reporter asking for that body by its kind gets that person.

Fictional stories; the nouns are ones organisations' names do not usually hold (park,
theatre, orchestra, festival, gallery, library).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.owner_nouns import headed_body
from extract.pipeline import extract_doc
from tests.conftest import said_by, stories_db

FORMS = [
    (
        "The Brannock Folk Festival will move to a new field next summer. "
        "The festival's organiser, Maelle Trevithick, said the old site had flooded twice.",
        "Maelle Trevithick",
        "Brannock Folk Festival",
    ),
    (
        "The Selwyn Philharmonic Orchestra has cancelled its spring tour. "
        "Ilse Vandermeer, the orchestra's principal conductor, said the decision was painful.",
        "Ilse Vandermeer",
        "Selwyn Philharmonic Orchestra",
    ),
    (
        "The Castlegate Gallery will close for repairs in March. Tomasz Wierzbicki, the gallery's "
        "director, said the roof had been leaking for a year.",
        "Tomasz Wierzbicki",
        "Castlegate Gallery",
    ),
    (
        "The Quayside Theatre has lost its council grant. The theatre's artistic director, "
        "Oona Fairweather, said the cut would end its youth programme.",
        "Oona Fairweather",
        "Quayside Theatre",
    ),
    (
        "Linfield Central Library will open on Sundays from April. The library's chief "
        "librarian, Bronwen Ashby, said volunteers would staff the desk.",
        "Bronwen Ashby",
        "Linfield Central Library",
    ),
]


@pytest.mark.parametrize(("text", "person", "body"), FORMS)
def test_possessive_kind_names_the_body(nlp: Language, text: str, person: str, body: str) -> None:
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people[person].org == body


def test_two_bodies_of_the_kind_name_neither() -> None:
    names = ["Elm Jazz Festival", "Elm Beer Festival", "Museum of Elm"]
    assert headed_body(names, "festival") is None
    assert headed_body(names, "museum") == "Museum of Elm"
    assert headed_body(names, "park") is None


PARK = (
    "Otter escapes from Kelderby Wildlife Park\n\n"
    "An otter got out of Kelderby Wildlife Park on Tuesday and was found in a fishmonger's "
    "yard on Hythe Road.\n\n"
    "Sigrun Halvorsen, who runs the fishmonger's, said it had eaten two crabs.\n\n"
    "Dr Emil Rautio, the park's director, said the otter had squeezed under a gate. "
    '"We are checking every gate in the park tonight," Rautio said.\n'
)


def test_asked_by_its_kind_the_body_answers_through_its_director(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"otter": PARK})
    said, speakers = said_by(db, "the wildlife park")
    assert "Emil Rautio" in speakers
    assert "checking every gate" in said
    assert "Sigrun Halvorsen" not in speakers
