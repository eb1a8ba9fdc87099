"""Whose words an answer holds: an organisation's people are not its columnists, hosts or
supporters; a name nobody in the stories holds brings no organisation sharing a word of
it; and what another speaker tells of a person is not that person's own statement.

Over a fictional story about a broadcaster and a rowing club: "what did Kestrel Radio
say?" holds the station's statement and its spokeswoman, not its breakfast host nor a
listener; "what did Dorian Brackwell say?" (nobody of that name speaks) is not answered
with the Brackwell Rowing Club's people; "what did Mara Quillon say?" leaves out "Fenner
said Quillon believes ..." and keeps her own words. Each family of ask/data/own_voices.json
keeps a case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask.organisations import speaks_for_self
from tests.conftest import ROOT, said_by, story_db

STORY = (
    "Kestrel Radio drops the harbour phone-in\n\n"
    "Kestrel Radio said in a statement that the harbour phone-in would end in March.\n\n"
    "Ottilie Marsh, a spokeswoman for Kestrel Radio, said the slot would go to local news.\n\n"
    "Kestrel Radio host Barnaby Quist said the phone-in had been the best hour of his week.\n\n"
    "Kestrel Radio listener Wendell Oakes said the decision was a mistake.\n\n"
    "Mara Quillon, the captain of the Brackwell Rowing Club, said the club would miss the "
    "Sunday slot.\n\n"
    "Club treasurer Hollis Fenner said Quillon believes the regatta should move to May.\n\n"
    '"We will row whatever the weather," Quillon told members on Saturday.\n\n'
    "Brackwell Rowing Club said in a statement that it had not been consulted.\n"
)

# family -> a title whose holder speaks for themselves
OWN_VOICE = {
    "journalism": "Daily Lantern columnist",
    "outside_ties": "Harbour Athletic supporter",
    "those_served": "Some Fernley Juniors parents",
    "workforce": "Cleaners",  # "Cleaners at Dunmere University said": not the university
    "rivals": "Leader of opposition on Elm County Council",  # a rival there, not its voice
}
FOR_THE_ORG = [
    "spokeswoman",
    "chief executive",
    "Kestrel Radio managing director",
    "Manager of patients",  # the head is before "of": a manager, whatever the parse kept
    "Head teacher",  # one of a workforce may speak for the body; the group for itself
    "Chief nurse",
]


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "ask" / "data" / "own_voices.json").read_text("utf-8"))
    assert set(raw) - {"about"} == set(OWN_VOICE)


@pytest.mark.parametrize("family", OWN_VOICE)
def test_a_title_of_the_family_speaks_for_its_holder(family: str) -> None:
    assert speaks_for_self(OWN_VOICE[family])


@pytest.mark.parametrize("title", FOR_THE_ORG)
def test_a_title_that_speaks_for_the_organisation(title: str) -> None:
    assert not speaks_for_self(title)


@pytest.fixture(scope="module")
def radio_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("radio"), "radio", STORY)


def test_an_organisation_is_not_its_host_nor_its_listener(radio_db: Path) -> None:
    said, speakers = said_by(radio_db, "Kestrel Radio")
    assert "go to local news" in said
    assert "Barnaby Quist" not in speakers and "best hour of his week" not in said
    assert "Wendell Oakes" not in speakers and "a mistake" not in said


def test_a_name_nobody_holds_brings_no_organisation_sharing_a_word(radio_db: Path) -> None:
    said, speakers = said_by(radio_db, "Dorian Brackwell")
    assert not speakers, said


def test_what_another_tells_of_a_person_is_not_their_statement(radio_db: Path) -> None:
    said, _ = said_by(radio_db, "Mara Quillon")
    assert "miss the Sunday slot" in said
    assert "whatever the weather" in said
    assert "regatta should move to May" not in said
    fenner, _ = said_by(radio_db, "Hollis Fenner")
    assert "regatta should move to May" in fenner
