"""A post asked for with its body's possessive ("the trust's chief executive") is that
body's: the chief executive of a charity whose story speaks of talks with the trust is not
the trust's (ask/described_people.py, ask/cast_choice.py). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "drivers": (
        "Hospital ends volunteer driver scheme\n\n"
        "Rye Dale Hospitals NHS Trust will end its volunteer driver scheme in January.\n\n"
        "The patients' forum said it had written to the trust's chief executive, Dame "
        "Olufunke Barrow, asking for the decision to be paused.\n\n"
        "The trust said the scheme could no longer be insured.\n"
    ),
    "charity": (
        "Charity steps in to keep hospital drivers on the road\n\n"
        "A community transport charity has offered to take on the hospital's volunteer "
        "drivers.\n\n"
        "Kessley Community Transport said it could insure fifty more drivers. Its chief "
        "executive, Adaeze Fairweather, said talks with the trust had begun on Wednesday. "
        '"Adding fifty more is not a mountain," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("owners"), STORIES)


def test_another_bodys_post_holder_is_not_the_owners(db: Path) -> None:
    answer = ask_json(db, "what has the trust's chief executive said?")
    assert "Adaeze Fairweather" not in speakers_in(answer)


def test_the_owners_post_holder_answers(db: Path) -> None:
    answer = ask_json(db, "what did the charity's chief executive say?")
    assert "Adaeze Fairweather" in speakers_in(answer)
