"""A describing noun set before a name without "the" ("said neighbour X", "Ferryman X, 67,
said", "Widow X said") is the person's description, never part of the name: the person is
found by full name, by surname and by the describing noun, and two people after a plural
description ("stallholders X and Y") are both found by it (fictional story)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import ask_json, said_by, said_in, story_db

FLOOD = (
    "Street evacuated after water main bursts\n"
    "Twelve homes on Quarrendon Road were emptied overnight.\n"
    "QUARRENDON, 3 December 2026 — Twelve homes on Quarrendon Road were evacuated overnight "
    "after a water main burst under the street.\n"
    '"It sounded like a train coming through the wall," said neighbour Agnieszka Wójtowicz.\n'
    "Widow Mary Kentworth said she had lost photographs of her late husband. "
    '"They cannot be replaced," she said.\n'
    'Lighterman Osric Pellow, 58, said: "We took eleven people out by boat before dawn."\n'
    "Market stallholders Femi Ashdown and Greta Lund said the Saturday market would move to the "
    'car park. "We will be there whatever the water does," said Ashdown. '
    '"People still need bread," said stallholder Greta Lund.\n'
    "Father of three Dev Ramakrishnan, whose cellar filled to the ceiling, said: "
    '"The boys slept at their gran\'s and I slept in the car."\n'
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("name_prefixes"), "flood", FLOOD)


@pytest.mark.parametrize("who", ["Agnieszka Wójtowicz", "Wójtowicz"])
def test_a_lower_case_description_is_not_part_of_the_name(store: Path, who: str) -> None:
    texts, speakers = said_by(store, who)
    assert "train coming through the wall" in texts
    assert speakers == {"Agnieszka Wójtowicz"}


@pytest.mark.parametrize("who", ["Mary Kentworth", "Kentworth", "the widow"])
def test_a_capitalised_description_opening_the_sentence_is_kept_beside_the_name(
    store: Path, who: str
) -> None:
    texts, speakers = said_by(store, who)
    assert "They cannot be replaced" in texts
    assert speakers == {"Mary Kentworth"}


@pytest.mark.parametrize("who", ["Osric Pellow", "Pellow", "the lighterman"])
def test_an_agent_noun_before_an_unfamiliar_given_name_is_a_description(
    store: Path, who: str
) -> None:
    texts, speakers = said_by(store, who)
    assert "eleven people out by boat" in texts
    assert speakers == {"Osric Pellow"}


def test_a_plural_description_before_two_names_describes_both(store: Path) -> None:
    found = said_in(ask_json(store, "what did the market stallholders say?"))
    speakers = {s for s, _ in found}
    assert {"Femi Ashdown", "Greta Lund"} <= speakers
    assert "Mary Kentworth" not in speakers


@pytest.mark.parametrize("who", ["Dev Ramakrishnan", "Ramakrishnan"])
def test_a_counted_description_before_a_name_is_the_named_person(store: Path, who: str) -> None:
    texts, speakers = said_by(store, who)
    assert "slept in the car" in texts
    assert speakers == {"Dev Ramakrishnan"}


def test_describing_endings_are_data() -> None:
    raw = json.loads(resources.files("extract").joinpath("data/name_forms.json").read_text("utf-8"))
    endings = raw["describing_endings"]["words"]
    assert {"man", "er", "ist"} <= set(endings)
    assert all(e == e.lower() and e.isalpha() for e in endings)


MARKET = (
    "Traders count the cost of the car park closure\n"
    "Stallholders say trade has halved.\n"
    "DENHOLM, 1 December 2026 — Stallholders say trade has halved since the car park shut.\n"
    'Park Ji-won said the council had not consulted anyone. "We read about it in the paper," '
    "she said.\n"
    'Nguyen Van Hai said the bakery had lost its lunchtime trade. "The office workers used to '
    'park here," he said.\n'
    "Nguyen Thi Hoa said the market had been there since her grandmother's day. "
    '"We will not be the ones who let it go," she said.\n'
)


@pytest.mark.parametrize("who", ["Park Ji-won", "Nguyen Van Hai", "Nguyen Thi Hoa"])
def test_a_family_name_first_opening_a_sentence_stays_in_the_name(tmp_path: Path, who: str) -> None:
    # "Park" is also a word the story writes in lower case, and "Van" a given name elsewhere:
    # neither makes the family name a description when the rest would be no full name.
    db = story_db(tmp_path, "market", MARKET)
    _texts, speakers = said_by(db, who)
    assert speakers == {who}
