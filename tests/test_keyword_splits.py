"""A keyword question read as a speaker and a topic (ask/keyword_splits.py): a word for
what they hold on it ("line", "position") is no part of the speaker; a description written
without "the" is read as one; a reaction "when" something happened asks about it. Fictional
stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

PATH = (
    "Council orders landowner to reopen footpath\n\n"
    "Ashmoor County Council has served notice on the owner of Hollins Farm to remove gates "
    "barring Footpath 9.\n\n"
    "In a statement, the county council said the footpath had been a public right of way "
    "since 1951 and must be reopened within 28 days.\n\n"
    '"The law on this is perfectly clear," said Gideon Marsh, who farms the land next to it. '
    '"But I can see why he wanted the gates."\n'
)
WELL = (
    "Well dressing returns to Kelby\n\n"
    "Kelby's well dressing will return in May after a four-year gap.\n\n"
    "The vicar of St Oswin's, the Rev Adaeze Nwosu, said the tradition belonged to the whole "
    'village. "Every child in Kelby should press a petal into the clay," she said.\n\n'
    'Tom Harker, the parish council chairman, said: "We will pay for the boards."\n'
)
GATES = (
    "Padlocks come off at Hollins Farm\n\n"
    "The gates across Footpath 9 were unlocked on Friday.\n\n"
    'Priya Sandhu, of the Ashmoor Ramblers, said: "The path is open, and that is all we '
    'asked for."\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(
        tmp_path_factory.mktemp("keyword_splits"), {"path": PATH, "well": WELL, "gates": GATES}
    )


def test_a_bodys_line_on_a_topic_is_the_body_on_it(db: Path) -> None:
    answer = ask_json(db, "county council line on footpath 9?")
    assert speakers_in(answer) == {"Ashmoor County Council"}
    assert any("public right of way" in q["text"] for q in answer["quotes"])


def test_a_description_without_the_is_read_as_one(db: Path) -> None:
    answer = ask_json(db, "vicar of St Oswin's on the well dressing")
    assert speakers_in(answer) == {"Adaeze Nwosu"}


def test_a_reaction_when_something_happened_asks_about_it(db: Path) -> None:
    answer = ask_json(db, "reaction when the footpath 9 gates were unlocked")
    assert "Priya Sandhu" in speakers_in(answer)
