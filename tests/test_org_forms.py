"""Organisations asked for by another form of their name, and names the stories cut.

Over a fictional story about a rail dispute, a hospital trust and two football clubs:
"what did the NUMTW say?" (an acronym the story gives in brackets) brings the union's
general secretary and its own statement; the full name brings them too, though the
recogniser cuts it at "and"; "Brindle council" is Brindle District Council and "Marsh
Vale" Marsh Vale RFC; "the Harlow trust" is the Harlow and Fenby NHS Trust, whose name the
recogniser also cuts; a short form the story uses ("Quarry Homes said") is the company
named in full before, so its director speaks for it and not for the tenants' group
named after it. A kind of organisation is never dropped ("Tarn Police" is not the Tarn
Police Federation). Each family of ask/data/org_forms.json keeps a case, and so does each
family of the organisation suffixes the cast and the questions share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask.org_forms import initials, is_form_of, same_kind
from extract.org_joins import leading_short_form
from tests.conftest import ROOT, said_by, story_db

STORY = (
    "Rail signallers to strike as trust warns of winter pressure\n\n"
    "Signallers will strike next week, the National Union of Mail and Track Workers "
    "(NUMTW) said on Monday.\n\n"
    "The union's general secretary, Odile Fenstanton, said: \"Our members have waited two "
    'years for a fair offer."\n\n'
    'NUMTW said in a statement that the company had "walked away from the table".\n\n'
    "Brindle District Council said it would run extra buses. Cllr Waldo Pengelly, the "
    "council's cabinet member for transport, said: \"Nobody in Brindle will be left "
    'stranded."\n\n'
    "Harlow and Fenby NHS Trust said its wards were full. Its chief executive, Dr Sunniva "
    'Marle, told the board: "We have never had so many patients waiting for a bed."\n\n'
    "Quarry Homes Group owns most of the flats near the station. Quarry Homes said it would "
    "pay for taxis for night-shift staff. Its operations director, Fulke Amberley, said: "
    '"We will cover every fare."\n\n'
    "Quarry Tenants' Forum, which speaks for residents, said it had not been asked. Its "
    'chair, Lavinia Okoro, said: "We read about it in the paper."\n\n'
    "Marsh Vale RFC's chief executive, Crispin Tolley, said the club would move its Saturday "
    'game. "Our supporters cannot get here without trains," he said.\n'
)

# family of extract/data/people_words.json org_suffixes -> (short form, full name)
DROPPED = {
    "sport": ("Marsh Vale", "Marsh Vale RFC"),
    "company": ("Quarry Homes", "Quarry Homes Group"),
}


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "people_words.json").read_text("utf-8"))
    assert set(raw["org_suffixes"]) == set(DROPPED)


@pytest.mark.parametrize("family", DROPPED)
def test_a_suffix_of_the_family_may_be_left_off(family: str) -> None:
    # One list for both: a question's short form (ask) and a story's short form (the cast).
    short, full = DROPPED[family]
    assert is_form_of(short, full) and leading_short_form(short, full)
    assert not is_form_of(full, short)
    assert not leading_short_form("Marsh Vale", "Marsh Vale Times")  # "Times" is no suffix


def test_acronyms_skip_linking_words() -> None:
    assert initials("National Union of Mail and Track Workers") == "NUMTW"
    assert is_form_of("the NUMTW", "National Union of Mail and Track Workers")
    assert is_form_of("National Union of Mail and Track Workers", "NUMTW")
    assert not is_form_of("NUMT", "National Union of Mail and Track Workers")


def test_a_kind_of_organisation_is_never_left_off() -> None:
    assert not is_form_of("Tarn Police", "Tarn Police Federation")
    assert not is_form_of("Quarry Homes", "Quarry Tenants' Forum")
    assert is_form_of("Brindle council", "Brindle District Council")


@pytest.fixture(scope="module")
def strike_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("strike"), "strike", STORY)


@pytest.mark.parametrize("who", ["the NUMTW", "the National Union of Mail and Track Workers"])
def test_a_union_by_acronym_or_full_name(strike_db: Path, who: str) -> None:
    said, speakers = said_by(strike_db, who)
    assert "Odile Fenstanton" in speakers
    assert "walked away from the table" in said and "waited two years" in said
    assert "Waldo Pengelly" not in speakers and "Crispin Tolley" not in speakers


def test_a_council_by_its_short_form(strike_db: Path) -> None:
    said, speakers = said_by(strike_db, "Brindle council")
    assert "Waldo Pengelly" in speakers and "left stranded" in said
    assert "Odile Fenstanton" not in speakers


def test_a_trust_whose_name_holds_and(strike_db: Path) -> None:
    said, speakers = said_by(strike_db, "the Harlow and Fenby NHS Trust")
    assert "Sunniva Marle" in speakers and "waiting for a bed" in said
    short, short_speakers = said_by(strike_db, "the Harlow trust")
    assert "Sunniva Marle" in short_speakers and "waiting for a bed" in short


def test_a_club_without_its_suffix(strike_db: Path) -> None:
    said, speakers = said_by(strike_db, "Marsh Vale")
    assert "Crispin Tolley" in speakers and "without trains" in said


def test_a_company_by_the_short_form_the_story_uses(strike_db: Path) -> None:
    said, speakers = said_by(strike_db, "Quarry Homes")
    assert "Fulke Amberley" in speakers and "cover every fare" in said
    assert "Lavinia Okoro" not in speakers and "read about it in the paper" not in said
    tenants, tenant_speakers = said_by(strike_db, "Quarry Tenants' Forum")
    assert "Lavinia Okoro" in tenant_speakers and "cover every fare" not in tenants


# family of ask/data/org_forms.json same_kinds -> (kind asked for, a name of another kind)
SAME_KIND = {"health": ("the hospital trust", "Harlow and Fenby NHS Trust")}


def test_every_kind_family_has_a_case() -> None:
    raw = json.loads((ROOT / "ask" / "data" / "org_forms.json").read_text("utf-8"))
    assert set(raw["same_kinds"]) == set(SAME_KIND)


@pytest.mark.parametrize("family", SAME_KIND)
def test_a_kind_by_another_of_its_names(family: str) -> None:
    asked, name = SAME_KIND[family]
    assert same_kind(asked, name)
    assert not same_kind(asked, "Quarry Tenants' Forum")


def test_the_hospital_trust_is_the_nhs_trust(strike_db: Path) -> None:
    said, speakers = said_by(strike_db, "the hospital trust")
    assert "Sunniva Marle" in speakers and "waiting for a bed" in said
    assert "Fulke Amberley" not in speakers


@pytest.mark.parametrize(
    "phrase, name, found",
    [
        # an area word or the place before the acronym of the rest of the name
        ("the county FA", "Ravenshire Football Association", True),
        ("Ravenshire FA", "Ravenshire Football Association", True),
        ("the district FA", "Ravenshire Football Association", True),
        # another place's is not it; nor a name the acronym does not stand for
        ("Westshire FA", "Ravenshire Football Association", False),
        ("the county FA", "Ravenshire Cricket Board", False),
        # a body the stories name in lower case is no proper name to shorten
        ("the county FA", "fire authority", False),
        # a person's post is no body's acronym, whatever a name's initials
        ("the local MP", "Kelby Marine Partners", False),
    ],
)
def test_an_acronym_after_a_place_or_an_area_word(phrase: str, name: str, found: bool) -> None:
    assert is_form_of(phrase, name) is found
