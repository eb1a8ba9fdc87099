"""Whose stance frame it is: a stance verb's subject runs back to the start of its clause, and
the "and" joining two names ("the member for Eastbrook and Low Marsh", "Hale and Quill") is part
of that subject, not the start of another clause. Fictional stories of a river town, ingested
through the CLI and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance import frames
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "weir": (
        "Rivermouth weir to be removed\n"
        "The old weir will come out next year.\n"
        "RIVERMOUTH, 4 May - The Rivermouth canal company will remove the town's weir next "
        "year, it said on Monday.\n"
        "Mirela Dunstan, the councillor for Eastbrook and Low Marsh, who fishes below the "
        "weir, criticised the canal company for acting without a survey.\n"
        '"Nobody has counted the eels in that pool," Ms Dunstan said.\n'
        "Osric Pellow, the canal company's engineer, said the weir was crumbling. "
        '"It will fall down on its own if we leave it," he said.\n'
        "Farid Ocampo, chair of Rivermouth Rowing and Sculling, welcomed the removal. "
        'He said: "Our boats will finally reach the estuary."\n'
    ),
}


@pytest.fixture(scope="module")
def weir_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("subjects"), STORIES)


def test_a_place_named_with_and_stays_in_the_subject() -> None:
    subjects = [f.subject for f in frames(STORIES["weir"])]
    assert any(s.startswith("Mirela Dunstan") for s in subjects)
    assert any(s.startswith("Farid Ocampo") for s in subjects)


def test_the_critic_named_before_and_is_found(weir_db: Path) -> None:
    answer = ask_json(weir_db, "who criticised the canal company?")
    assert "Mirela Dunstan" in speakers_in(answer)
    assert "Osric Pellow" not in speakers_in(answer)
    assert any("counted the eels" in q["text"] for q in answer["quotes"])


def test_the_supporter_named_before_and_is_found(weir_db: Path) -> None:
    found = speakers_in(ask_json(weir_db, "who welcomed the removal of the weir?"))
    assert "Farid Ocampo" in found
    assert not found & {"Mirela Dunstan", "Osric Pellow"}
