"""The person a stance question names by role is no critic of themselves or of their own
decision, and a stance verb naming them is a frame on the topic: "who criticised the mayor
over the bus lanes?" keeps the councillor who "criticised Mayor Quist for ..." and leaves
out the mayor answering critics in negative words. Fictional stories, asked through
`newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_target import role_phrase
from tests.conftest import ask_json, speakers_in, stories_db


@pytest.mark.parametrize(
    "topic, phrase",
    [
        ("the mayor over the bus lanes", "the mayor"),
        ("the health secretary's hospital reforms", "the health secretary"),
        ("the police chief after the raid", "the police chief"),
        ("the club chairman about the stadium move", "the club chairman"),
        ("the transport minister's veto of the rail link", "the transport minister"),
        ("the chief constable on stop and search", "the chief constable"),
        ("the council's parking plan", None),  # a body's, no person's (ask/stance_owner)
        ("the bus lanes", None),
    ],
)
def test_a_role_phrase_names_the_person_of_a_topic(topic: str, phrase: str | None) -> None:
    assert role_phrase(topic) == phrase


STORIES = {
    "lanes": (
        "Mayor defends Tollbridge bus lanes as traders protest\n"
        "The lanes open on Monday.\n"
        "TOLLBRIDGE, 3 March - Tollbridge's new bus lanes open on Monday after months of "
        "argument over the loss of parking on Mill Road.\n"
        "Mayor Ottilie Quist said the lanes would cut journey times by a third. "
        '"It would be wrong to delay them another year," she said.\n'
        "Cllr Benedikt Haraldsen, leader of the opposition group, criticised Mayor Quist for "
        'what he called "a plan drawn up without asking a single trader".\n'
        'Bus driver Samira Okonjo said: "The timetable is the same as last week."\n'
    ),
    "hospital": (
        "Health secretary confirms closure of Fenmoor maternity unit\n"
        "Births will move to Carrow General.\n"
        "FENMOOR, 12 May - The health secretary, Aurelio Dancey, confirmed on Friday that "
        "the maternity unit at Fenmoor Hospital will close in June.\n"
        "Dancey rejected an appeal by the Fenmoor hospital campaign. "
        '"I do not accept that mothers will be less safe," he said.\n'
        "Campaign chair Wilhelmina Osei condemned the health secretary's decision as "
        '"a betrayal of every family in this valley".\n'
    ),
}


@pytest.fixture(scope="module")
def target_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_target"), STORIES)


def test_the_target_of_criticism_is_no_critic(target_db: Path) -> None:
    found = speakers_in(ask_json(target_db, "who criticised the mayor over the bus lanes?"))
    assert "Benedikt Haraldsen" in found  # "criticised Mayor Quist for ..."
    assert "Ottilie Quist" not in found  # "It would be wrong to delay": she answers critics


def test_the_decision_maker_is_no_critic_of_the_decision(target_db: Path) -> None:
    question = "who condemned the health secretary's decision on the maternity unit?"
    found = speakers_in(ask_json(target_db, question))
    assert "Wilhelmina Osei" in found
    assert "Aurelio Dancey" not in found  # "rejected an appeal": he defends his decision
