"""Short forms of titles in a question are the titles ("the health board's chief exec" is
its chief executive; "the union rep" its representative): ask/data/title_abbreviations.json,
read by ask/titles.py `spelled_out`. Fictional stories, asked through `newsbrief ask`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "surgery": (
        "Millford surgery to merge with town practice\n\n"
        "Patients of the Millford surgery will be seen in Dalebury from April after the two "
        "practices agreed to merge.\n\n"
        "Professor Colin Ashby, chief executive of Westmoor Integrated Care Board, said the board "
        'would review the arrangements after six months. "We will not hesitate to change '
        'things," he said.\n\n'
        "Sandra Pike, chief executive of Dalebury Housing Trust, said the trust would "
        "offer the surgery's old building to a youth club.\n\n"
        "Dave Rowley, the Fire Brigades Union representative for the area, said crews were "
        '"not going to sit quietly" while the station stayed short-staffed.\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("short_titles"), STORIES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the health board's chief exec say?", "Colin Ashby"),
        ("what did the fire brigades union rep say?", "Dave Rowley"),
    ],
)
def test_a_title_asked_by_its_short_form_is_the_title(
    db: Path, question: str, speaker: str
) -> None:
    assert speakers_in(ask_json(db, question)) == {speaker}
