"""Questions in a reporter's shorthand: a described speaker asked "X - what's he said?" is
asked as "what did X say?" is, and "the 61" (a number after "the", alone) names a bus route
or a road rather than counting something. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from ask.lexicon import concepts
from tests.conftest import ask_json, said_in, speakers_in, story_db

_GRITTING = (
    "Gritting rounds cut on Fellmoor's hill roads\n\n"
    "Fellmoor County Council will grit eleven fewer routes this winter to save money.\n\n"
    "Councillor Brendan Ashwick, the cabinet member for highways, said the main routes "
    'would still be treated every night. "We have had to choose, and we chose the roads '
    'that carry the buses," he said.\n\n'
    "Sheep farmer Ottilie Marsh said the lane to her farm was now a sheet of ice by six "
    "o'clock.\n"
)


def test_a_described_speaker_asked_in_shorthand_answers_as_the_question_form(
    tmp_path: Path,
) -> None:
    db = story_db(tmp_path, "gritting", _GRITTING)
    for question in ("highways boss - what's he said", "what did the highways boss say?"):
        answer = ask_json(db, question)
        assert speakers_in(answer) == {"Brendan Ashwick"}, (question, answer)


_ROUTE = (
    "Villages lose their only evening bus\n\n"
    "Hallowgate Coaches will stop running the 48 after 6pm from January, leaving four "
    "villages without an evening service.\n\n"
    'Shop owner Caspar Lindell said the 48 was "the only way my staff get home".\n\n'
    "The firm's operations director, Nadia Brightwell, said 48 passengers a week used the "
    "late journeys.\n"
)


def test_the_number_alone_after_the_names_a_route() -> None:
    assert concepts("the 48") == [("48",)]
    assert concepts("the 48 homes")[0][0] == "homes"
    assert ("48",) not in concepts("the 48 homes")


def test_a_route_asked_by_its_number_finds_the_words_on_it(tmp_path: Path) -> None:
    db = story_db(tmp_path, "bus", _ROUTE)
    answer = ask_json(db, "what did the shop owner say about the 48?")
    assert speakers_in(answer) == {"Caspar Lindell"}, answer
    assert any("only way my staff get home" in text for _, text in said_in(answer)), answer
