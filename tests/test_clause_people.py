"""A speaker asked for by what a clause tells of them ("the man who lost the medal", "the
councillor in charge of parks", "the company that runs the ferry"): the one the stories
name in a sentence that says it (ask/clause_people.py). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.clause_people import clause_asked
from tests.conftest import ask_json, speakers_in, stories_db

MEDAL = (
    "War medal lost on a bus comes home after 25 years\n\n"
    "A gallantry medal lost on a Kettleby bus in 1999 has been returned to its owner.\n\n"
    "KETTLEBY, 2 December - Grigor Petrosyan, 68, lost the medal on the number 12 bus on "
    "his way home from a reunion. It was handed in to a charity shop last month.\n\n"
    '"I had given up on it years ago," Mr Petrosyan said. "My father earned it."\n\n'
    "Doreen Felsham, who manages the shop, traced him through the regiment's association. "
    '"It was the name on the back that did it," she said.\n'
)
PARKS = (
    "Bandstand to be repaired in time for summer\n\n"
    "Kettleby's bandstand will be repaired by June, the town council said.\n\n"
    "Cllr Ruth Adeyemi, who holds the parks portfolio, said the money had been found "
    'in this year\'s budget. "It is the heart of the park," she said.\n\n'
    'Amos Tillery, whose brass band plays there every Sunday, said: "We will be back on '
    'the first weekend of June."\n'
)
FERRY = (
    "Ferry fares to rise by a fifth\n\n"
    "Fares on the Kettle Water ferry will rise by a fifth in April.\n\n"
    "The ferry, which has crossed the estuary since 1920, is run by a private operator, "
    "Tidewise Marine.\n\n"
    'Tidewise Marine said in a statement that fuel costs had "left no choice".\n\n'
    "Passenger Ola Brennan said the rise would cost her £300 a year.\n"
)
CLUB = (
    "Football club's pitch flooded again\n\n"
    "Kettleby Juniors have lost their fourth home game to flooding this season.\n\n"
    "Josef Brandt, the club's chairman, whose own pitch fees went up last year, said the "
    'council had promised drains in 2024. "We are still waiting," he said.\n\n'
    "One father, whose son plays for the under-12s, said the boys had trained in a car "
    'park. "They deserve a pitch," he said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(
        tmp_path_factory.mktemp("clause_people"),
        {"medal": MEDAL, "parks": PARKS, "ferry": FERRY, "club": CLUB},
    )


@pytest.mark.parametrize(
    "phrase, head, words",
    [
        ("the woman who lost her wedding ring", ["woman"], ["lost", "wedding", "ring"]),
        ("the councillor in charge of leisure", ["councillor"], ["leisure"]),
        ("the firm that runs the hospital's transport", ["firm"], ["hospital", "transport"]),
        ("the bloke who runs the hardware shop", ["bloke"], ["hardware", "shop"]),
    ],
)
def test_a_clause_asked_is_its_head_and_content_words(
    phrase: str, head: list[str], words: list[str]
) -> None:
    asked = clause_asked(phrase)
    assert asked is not None and asked.head == head and asked.words == words


def test_a_phrase_without_a_clause_or_with_only_anonymity_is_none() -> None:
    assert clause_asked("the harbourmaster") is None
    assert clause_asked("the cleaner who didn't want to be named") is None


def test_a_person_is_found_by_what_the_story_tells_of_them(db: Path) -> None:
    answer = ask_json(db, "what did the man who lost the medal say?")
    assert speakers_in(answer) == {"Grigor Petrosyan"}
    assert any("My father earned it" in q["text"] for q in answer["quotes"])


def test_a_head_of_the_other_gender_finds_no_one_by_the_clause(db: Path) -> None:
    answer = ask_json(db, "what did the woman who lost the medal say?")
    assert "Grigor Petrosyan" not in speakers_in(answer)


def test_a_post_in_charge_of_something_is_its_holder(db: Path) -> None:
    answer = ask_json(db, "what did the councillor in charge of parks say?")
    assert speakers_in(answer) == {"Ruth Adeyemi"}


def test_a_body_is_found_by_what_it_runs(db: Path) -> None:
    answer = ask_json(db, "what did the company that runs the ferry say?")
    assert speakers_in(answer) == {"Tidewise Marine"}
    assert any("left no choice" in q["text"] for q in answer["quotes"])


def test_an_unnamed_source_told_of_better_is_not_given_to_a_named_one(db: Path) -> None:
    answer = ask_json(db, "what did the dad whose son plays for the under-12s say?")
    assert "Josef Brandt" not in speakers_in(answer)
