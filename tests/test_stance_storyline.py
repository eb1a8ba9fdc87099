"""Sides across a storyline (ask/stance.py): a speaker whose side on the topic one story tells
keeps it in the next story on that topic, and when nobody in the stories took the side asked,
the topic's owner's own people are no stand-in critics of their plan (fictional stories)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "offer": (
        "Developer offers new plots to allotment holders\n"
        "Larchmont Homes has offered to build a new allotment site if the Mill Lane plots are "
        "sold to it.\n"
        "The society's chairman, Dennis Hollis, rejected the offer within hours. \"Mill Lane is "
        'not for sale, and neither are we," he said.\n'
        'Cllr Ruth Begg urged the society to reconsider. "This is a serious offer and it would '
        'give the town the best allotments in the county," she said.\n'
    ),
    "call-in": (
        "Allotment sale called in by opposition councillors\n"
        "The sale of the Mill Lane allotments to Larchmont Homes will be looked at again.\n"
        'Dennis Hollis said matching the developer\'s offer would be "a very long shot" for '
        "the society.\n"
    ),
    "dentists": (
        "Care board plans new dental contract for Brackley\n"
        "Wyvern Care Board will offer a new NHS dental contract for Brackley after the town's "
        "last NHS practice left.\n"
        "Fiona Reid, the board's director of primary care, said: \"I will not pretend this is "
        'easy. We are asking dentists to take on a contract many have walked away from."\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("storyline"), STORIES)


def test_a_side_told_in_one_story_holds_in_the_next_on_the_topic(db: Path) -> None:
    found = speakers_in(ask_json(db, "who backed the developer's offer?", "--limit", "0"))
    assert "Ruth Begg" in found
    assert "Dennis Hollis" not in found  # he rejected it, and says so again later


def test_an_owners_own_people_are_no_critics_of_their_plan(db: Path) -> None:
    question = "who criticised the care board's plan for a new dental contract?"
    assert "Fiona Reid" not in speakers_in(ask_json(db, question, "--limit", "0"))


MATERNITY = {
    "plan": (
        "Kelby maternity unit faces downgrade\n"
        "Consultant-led births at Kelby General Hospital would end under plans by Strathmere "
        "Health Board.\n"
        "KELBY, 20 November - Consultant-led births at Kelby General Hospital would end under "
        "plans published by Strathmere Health Board on Friday.\n"
        "The board's chief executive, Prof Anton Wiik, said: \"We cannot staff a consultant "
        'rota safely with three doctors."\n'
        "Parents in Kelby have started a petition against the change.\n"
    ),
    "college": (
        "Royal College warns Kelby downgrade could put mothers at risk\n"
        "A royal college has criticised plans to end consultant-led births in Kelby, saying "
        "the board has underestimated the risks.\n"
        "KELBY, 27 November - A royal college has criticised plans to end consultant-led "
        "births in Kelby, saying the board has underestimated the risks.\n"
        "The Royal College of Birth Practice said in a submission to Strathmere Health Board "
        "that the proposal relied on optimistic assumptions.\n"
        "Dr Ama Mensah, the college's vice-president, said the evidence was clear.\n"
        '"It is cheaper on paper to close a rota than to fund one," she said.\n'
        "Strathmere Health Board said it would consider the submission. Prof Anton Wiik said "
        'the board had "listened to every clinician".\n'
    ),
}


def test_a_side_taken_in_a_later_story_of_the_storyline_answers(tmp_path: Path) -> None:
    """ "who criticised the Kelby maternity plan?": the royal college's story never says
    "maternity", but it goes on with the maternity unit's storyline (Kelby, the health board)
    and its lead criticises the plans in Kelby; "a royal college" is the college named next,
    so its vice-president is the critic. The board's chief executive is not."""
    db = stories_db(tmp_path, MATERNITY)
    found = speakers_in(ask_json(db, "who criticised the Kelby maternity plan?", "--limit", "0"))
    assert "Ama Mensah" in found
    assert "Anton Wiik" not in found
