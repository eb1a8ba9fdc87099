"""A body asked by its kind about a topic: when the first body of that kind said nothing on
the topic, another of the kind that did answers ("what did the bus company say about the
diversion?" with two bus companies in the store); a body asked by its name is never
widened so. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, stories_db

_STORIES = {
    "routes": (
        "Rural bus routes to be axed\n\n"
        "Harrowline Buses will withdraw four rural routes in January.\n\n"
        "Harrowline Buses said the routes had run at a loss for four years. Its managing "
        'director, Oskar Lindgren, said: "Every bus on the 14 carries six people."\n\n'
        'The company said it would "review its timetables in the spring".\n'
    ),
    "diversion": (
        "Landslip closes coast road at Porthwenna\n\n"
        "The coast road at Porthwenna will stay shut until March after a landslip.\n\n"
        "Seabright Buses said its X7 service would follow a 20-mile diversion until the "
        'road reopened. "We are sorry for the longer journeys," the company said.\n\n'
        'Hotelier Ines Carrow said the diversion was "cutting the village in half".\n'
    ),
}


def test_the_body_of_the_kind_that_spoke_on_the_topic_answers(tmp_path: Path) -> None:
    db = stories_db(tmp_path, _STORIES)
    answer = ask_json(db, "what did the bus company say about the diversion?")
    assert speakers_in(answer) == {"Seabright Buses"}, answer


def test_a_body_asked_by_name_is_not_widened(tmp_path: Path) -> None:
    db = stories_db(tmp_path, _STORIES)
    answer = ask_json(db, "what did Harrowline Buses say about the diversion?")
    assert not answer["quotes"], answer
