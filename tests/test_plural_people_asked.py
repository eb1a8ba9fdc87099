"""A plural noun for people asked ("the farmers") when a body is named for them (the
National Farmers' Alliance): the body and the people the stories describe so both answer
(ask/speaker_answer.py `_people_asked`). Fictional stories, asked through `newsbrief ask`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "pylons": (
        "Farmers fight pylon route across Hollins valley\n\n"
        "Families in the Hollins valley have vowed to fight a power company's plan to run "
        "a line of pylons across their fields.\n\n"
        '"Every one of those towers is a hole in a field my grandfather drained by hand," '
        "said Gareth Penrose, who farms at Hollins Farm.\n\n"
        "Priya Sandhu, who runs a 300-acre arable farm at Westerleigh, said: "
        '"Nobody from the company has walked my land."\n\n'
        'A spokesman for Eastmarch Power said: "We will keep talking to landowners."\n'
    ),
    "alliance": (
        "Alliance backs valley families over pylon letters\n\n"
        "The National Farmers' Alliance has backed families in the Hollins valley.\n\n"
        "In a statement, the National Farmers' Alliance urged Eastmarch Power to "
        '"stop the letters and start a proper conversation".\n\n'
        "Its regional adviser, Tomasz Lewicki, said the route had been drawn without a "
        "single site visit.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("plural_people"), STORIES)


def test_the_farmers_are_the_body_and_the_farmers_described(db: Path) -> None:
    answer = ask_json(db, "what did the farmers say about the pylons?")
    assert {"Gareth Penrose", "Priya Sandhu", "National Farmers' Alliance"} <= speakers_in(answer)


def test_one_farmer_asked_is_the_person(db: Path) -> None:
    assert speakers_in(ask_json(db, "what did the farmer say?")) == {
        "Gareth Penrose",
        "Priya Sandhu",
    }
