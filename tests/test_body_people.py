"""A body's own people answer for it: news ties a person to a body by a possessive of its
kind ("the garden's head gardener", "X, who runs the mill's dye house"), by "a spokesman for
the chain", or by a headline's kind ("Leisure centre shuts its pool"), and a reporter
asking for the body, or for every body of a kind ("the ferry companies"), gets its people;
a client who says what they do with the body ("who uses the laundry") is none of them.

Fictional stories and sentences throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.outside_ties import outside_tie
from extract.people_words import OUTSIDE_VERBS
from extract.pipeline import extract_doc
from tests.conftest import said_by, stories_db

OWNED = [
    (
        "The Orrin Star Theatre will close for three months from January. Dagny Holm, the "
        "theatre's general manager, said water had come through the roof.",
        "Dagny Holm",
        "Orrin Star Theatre",
    ),
    (
        "The Ashby Corn Exchange will close its hall for the winter. Teodor Vrabie, who runs "
        "the exchange's events programme, said the heating had failed.",
        "Teodor Vrabie",
        "Ashby Corn Exchange",
    ),
    (
        'Brenmoor Laundry Services has closed 12 of its shops. "Trade has not come back," a '
        "spokesman for the chain, Anwar Siddiqui, said.",
        "Anwar Siddiqui",
        "Brenmoor Laundry Services",
    ),
]


@pytest.mark.parametrize(("text", "person", "body"), OWNED)
def test_a_possessive_or_kind_noun_names_the_storys_body(
    nlp: Language, text: str, person: str, body: str
) -> None:
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people[person].org == body


def test_a_possessive_no_body_is_called_by_names_none(nlp: Language) -> None:
    text = (
        "Harrow Vale Council has closed the Mill Street car park. Gwilym Tate, who runs the "
        "village's bakery, said trade had fallen."
    )
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people["Gwilym Tate"].org != "Harrow Vale Council"


def test_a_body_owned_by_the_storys_body_is_not_it(nlp: Language) -> None:
    text = (
        "The Ashby Corn Exchange will close its hall for the winter. Ravi Doshi, who chairs "
        "the exchange's forum, said stallholders were angry."
    )
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people["Ravi Doshi"].org != "Ashby Corn Exchange"


@pytest.mark.parametrize("verb", sorted(OUTSIDE_VERBS))
def test_each_outside_verb_is_read_from_a_relative_clause(nlp: Language, verb: str) -> None:
    doc = nlp(f"Ada Morrow, who will {verb} the centre, said it was fine.")
    assert outside_tie(doc[1])


def test_a_client_with_an_officers_title_is_not_the_storys_officer(nlp: Language) -> None:
    text = (
        "Brenmoor Laundry Services said its prices would rise in March. The rise was steep, "
        "said hotel director Ilse Marchetti, who uses the laundry every day. Managing "
        "director Colm Fairley said costs had doubled."
    )
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people["Ilse Marchetti"].org is None
    assert people["Colm Fairley"].org == "Brenmoor Laundry Services"


STORIES = {
    "pool": (
        "Leisure centre shuts its pool for repairs\n"
        "The Tolland Aquatics Centre will close its pool for three months from January.\n"
        "Dagny Holm, the centre's general manager, said water had come through the roof. "
        '"We will not swim under a leaking roof," she said.\n'
        'Swimmer Owen Pryce said: "My children will miss it."\n'
    ),
    "ferries": (
        "Two ferry firms raise winter fares\n"
        "Brack Isle Ferries and Tolsey Ferries will both raise fares in January.\n"
        'Brack Isle Ferries\' finance director, Rua Kinnear, said: "Fuel costs have doubled."\n'
        '"We held fares for two years," said Tolsey Ferries\' chief executive, Ines Albarran.\n'
        'Islander Morag Dunn said: "We cannot pay more."\n'
    ),
    "farm": (
        "Farmers' union backs flood payments\n"
        "The Hesketh farmers' union said growers should be paid for storing floodwater.\n"
        "Keir Lomond, the farm's owner, said he would not sell. "
        '"This field fed my grandfather," the farmer said.\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("bodypeople"), STORIES)


def test_a_headlines_kind_names_the_body_and_brings_its_manager(db: Path) -> None:
    said, speakers = said_by(db, "the leisure centre")
    assert "Dagny Holm" in speakers
    assert "leaking roof" in said
    assert "Owen Pryce" not in speakers


def test_a_plural_kind_asks_for_every_body_of_it(db: Path) -> None:
    said, speakers = said_by(db, "the ferry companies")
    assert {"Rua Kinnear", "Ines Albarran"} <= speakers
    assert "Morag Dunn" not in speakers


def test_asked_by_their_own_title_a_farmer_keeps_his_words(db: Path) -> None:
    said, speakers = said_by(db, "the farmer")
    assert "Keir Lomond" in speakers
    assert "fed my grandfather" in said
