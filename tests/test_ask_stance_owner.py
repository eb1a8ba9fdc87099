"""The body whose plan a topic is does not criticise it: "who criticised the council's
parking plan?" leaves out the council's leader answering the critics in negative words
("It makes no sense to wait"), keeps a rival on the same council ("the opposition leader")
and the residents against it. Fictional story, asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_owner import topic_owner
from tests.conftest import ask_json, speakers_in, stories_db


@pytest.mark.parametrize(
    "topic, owner",
    [
        ("the council's parking plan", {"council"}),
        ("Harlow's stadium bid", {"harlow"}),
        ("the bus company's new timetable", {"bus", "company"}),
        ("the unions' pay claim", {"unions"}),
        ("the parking plan", set()),
    ],
)
def test_a_possessive_names_whose_the_topic_is(topic: str, owner: set[str]) -> None:
    assert topic_owner(topic) == owner


STORIES = {
    "parking": (
        "Draymouth council approves town centre parking plan\n"
        "Shoppers will pay to park on the high street from March.\n"
        "DRAYMOUTH, 9 February - Draymouth District Council approved a plan on Tuesday to "
        "charge for parking on the high street.\n"
        "Council leader Petra Langholm said the charges would pay for new buses. "
        '"It makes no sense to wait another year while the buses get older," she said.\n'
        'Shopkeeper Ivo Marchetti said: "We cannot support a plan that drives our customers '
        'to the retail park."\n'
        "Brendan Scally, leader of the opposition group on Draymouth District Council, said: "
        '"This plan is a mistake the town will pay for."\n'
        'Traffic warden Kezia Oduya said: "The new signs go up next week."\n'
    ),
}


@pytest.fixture(scope="module")
def parking_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_owner"), STORIES)


def test_the_owners_side_is_no_critic_of_its_own_plan(parking_db: Path) -> None:
    found = speakers_in(ask_json(parking_db, "who criticised the council's parking plan?"))
    assert "Ivo Marchetti" in found
    assert "Brendan Scally" in found  # a rival on the same council
    assert "Petra Langholm" not in found  # "It makes no sense to wait": she answers critics
    assert "Kezia Oduya" not in found


@pytest.mark.parametrize(
    "question, topic, owner",
    [
        ("who opposed the Harbeck phone ban?", "the harbeck phone ban", {"harbeck"}),
        ("who opposed the phone ban?", "the phone ban", set()),
        ("who opposed Harbeck Academy?", "harbeck academy", set()),  # a name, no plan of it
    ],
)
def test_a_name_before_the_topic_names_its_owner(question: str, topic: str, owner: set) -> None:
    assert topic_owner(topic, question) == owner


BAN = {
    "2026-11-26-phones": (
        "Harbeck Academy to ban phones\n"
        "Pupils will hand in their phones at the gate from January.\n"
        "Pupils at Harbeck Academy will hand in their phones at the gate from January, its "
        "headteacher announced on Thursday.\n"
        "Mrs Philippa Ostrowski, the headteacher, said staff had logged 400 incidents of "
        'online bullying. "It is not acceptable that children are filmed in lessons," she '
        "said.\n"
        'Parent Declan Arbuthnot said the ban was overdue. "I wish every school would do '
        'it," he said.\n'
        "Another parent, Hana Sato, said she relied on tracking her daughter's phone on the "
        'bus home. "I would be very nervous without it," she said.\n'
    )
}


@pytest.fixture(scope="module")
def ban_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("ban"), BAN)


def test_the_ban_s_own_side_and_its_backers_are_no_critics(ban_db: Path) -> None:
    """No one says "opposed": the answer falls back to those of unknown side, but not the
    school whose ban it is, nor a parent whose other words backed it ("was overdue")."""
    against = speakers_in(ask_json(ban_db, "who opposed the Harbeck phone ban?"))
    assert "Hana Sato" in against
    assert "Philippa Ostrowski" not in against and "Declan Arbuthnot" not in against
    backed = speakers_in(ask_json(ban_db, "who backed the Harbeck phone ban?"))
    assert "Declan Arbuthnot" in backed and "Hana Sato" not in backed
