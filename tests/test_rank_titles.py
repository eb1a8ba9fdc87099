"""A rank or civic title written before a name is the person's title (common/ranks.py,
common/data/ranks.json), never a name part nor an organisation; the organisation is the one
written with it, and the holder answers to the rank's words ("the detective", "the
sergeant") and its family's role nouns ("the officer", "the fire chief"). Closed-class words
("Another", "Several") and a lone name after "the" ("the Exchequer") are no people."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from common.names import clean_name, is_honorific
from common.ranks import all_ranks, families, is_rank, rank_names
from extract.model import Extraction
from extract.people_words import ADDRESS_RANKS
from extract.pipeline import extract_doc
from tests.conftest import ROOT


def people(found: Extraction) -> dict[str, tuple[str | None, str | None]]:
    """Each person's title and organisation."""
    return {p.name: (p.title, p.org) for p in found.people if p.kind == "person"}


@pytest.mark.parametrize(
    "text, name, title, org",
    [
        (
            "Watch Manager Idris Penhale, of Calder Moor Fire and Rescue Service, said the "
            "barn roof had collapsed.",
            "Idris Penhale",
            "Watch Manager",
            "Calder Moor Fire and Rescue Service",
        ),
        (
            "Wing Commander Ffion Treharne said the aircraft had landed safely.",
            "Ffion Treharne",
            "Wing Commander",
            None,
        ),
        (
            "Lord Provost Ailsa Brodie said the festival would return next summer.",
            "Ailsa Brodie",
            "Lord Provost",
            None,
        ),
        (
            "Ch Insp Marek Hollis, from Easterbrook Police, said the car had been found.",
            "Marek Hollis",
            "Ch Insp",
            "Easterbrook Police",
        ),
        (
            "Alderman Rosalind Tapp said the hall would be sold.",
            "Rosalind Tapp",
            "Alderman",
            None,
        ),
    ],
)
def test_a_rank_before_a_name_is_a_title_not_an_organisation(
    nlp: Language, text: str, name: str, title: str, org: str | None
) -> None:
    assert people(extract_doc(nlp(text)))[name] == (title, org)


def test_a_force_written_before_the_rank_is_the_organisation(nlp: Language) -> None:
    found = extract_doc(nlp("Harwick Police Det Sgt Oren Castell said the van had been found."))
    assert people(found)["Oren Castell"] == ("Det Sgt", "Harwick Police")
    assert "Det Sgt Oren Castell" not in {p.name for p in found.people}


def test_a_title_is_never_its_own_organisation(nlp: Language) -> None:
    text = "A spokesman for the Mayor of Dunmore, Keziah Oyelaran, said talks would resume."
    orgs = {p.org for p in extract_doc(nlp(text)).people}
    assert "Mayor" not in orgs


@pytest.mark.parametrize(
    "rank, called",
    [
        ("Detective Inspector", "the detective"),
        ("DCI", "the inspector"),
        ("Area Manager", "the fire chief"),
        ("Cllr", "the councillor"),
        ("Station Commander", "the officer"),
    ],
)
def test_the_holder_of_a_rank_answers_to_its_words(nlp: Language, rank: str, called: str) -> None:
    text = (
        f"{rank} Tamsin Wyer, the duty lead for the night, said the road would reopen.\n\n"
        f'"Please stay away from the area," {called} said.'
    )
    quotes = extract_doc(nlp(text)).quotes
    assert [q.speaker for q in quotes] == ["Tamsin Wyer", "Tamsin Wyer"]


def test_closed_class_words_and_a_name_after_the_are_no_people(nlp: Language) -> None:
    text = (
        "One nurse said the ward was full. Several, who asked not to be named, said the "
        "shifts were too long.\n\n"
        "Prosecuting, Hal Bruning said the Exchequer would seek costs. He told the court "
        "the money had been traced."
    )
    names = {p.name for p in extract_doc(nlp(text)).people if p.kind == "person"}
    assert "Several" not in names and "Exchequer" not in names


def test_every_rank_is_a_title_in_one_list() -> None:
    raw = json.loads((ROOT / "common" / "data" / "ranks.json").read_text("utf-8"))
    assert set(raw["families"]) >= {"police", "fire", "military", "civic", "coastguard"}
    capitals = {w for family in raw["families"].values() for w in family["as_written"]}
    for rank, family in all_ranks().items():
        written = rank.upper() if rank.upper() in capitals else rank.title()  # "DI", "Det Sgt"
        assert is_rank(written), rank
        assert rank_names(written) >= set(families()[family]["answers_to"])
    assert not is_rank("di") and not is_rank("Ds")  # read in capitals only: "di Santo"
    for family in raw["families"].values():
        for word in family["words"]:
            assert is_honorific(word.title()) and clean_name(f"{word.title()} Keelan") == "Keelan"
        for word in family["as_written"]:
            assert is_honorific(word)
    assert {"cmdr", "ch", "sgt", "cllr", "captain"} <= {w for w in ADDRESS_RANKS} | {"ch"}
    assert is_honorific("Ch") and is_honorific("Cmdr")
    assert not is_rank("Westmarch Fire and Rescue Service")


def test_a_capitals_only_abbreviation_is_no_rank_in_lower_case(nlp: Language) -> None:
    text = (
        "Its chief executive, Renata di Corvo, said the yard would stay open. "
        "DI Tomasz Wren, of Elm Police, said no one had been arrested."
    )
    found = people(extract_doc(nlp(text)))
    assert "Renata di Corvo" in found  # "di" is a name's particle, not Detective Inspector
    assert found["Tomasz Wren"][0] == "DI"
