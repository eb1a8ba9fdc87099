"""A field and a generic head ("the council's environment chief", "the planning boss") ask
for whoever answers for that field: "the cabinet member for the environment", "the head of
planning" (ask/data/offices.json "portfolio_titles", read by ask/titles.py `head_forms`).
Fictional stories, asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "wardens": (
        "Litter wardens contract paused after appeals\n\n"
        "Kelsford District Council has paused its litter enforcement contract after a run of "
        "successful appeals against fines.\n\n"
        "Councillor Janet Okoro, the council's cabinet member for the environment, said the "
        'pause was "the right thing to do". "People have to trust the way we do it," she '
        "said.\n\n"
        "Councillor Peter Lang, the leader of the opposition group, said the contract should "
        "never have been signed.\n"
    ),
    "depot": (
        "Bus depot plan approved for Kelsford industrial estate\n\n"
        "A new bus depot on the Kelsford industrial estate has been approved.\n\n"
        "Ruth Adair, head of planning at the council, said the depot would bring forty "
        "jobs to the town.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("portfolio_heads"), STORIES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the council's environment chief say about the wardens?", "Janet Okoro"),
        ("what did the planning boss say?", "Ruth Adair"),
    ],
)
def test_a_field_and_a_head_ask_for_who_answers_for_the_field(
    db: Path, question: str, speaker: str
) -> None:
    assert speakers_in(ask_json(db, question)) == {speaker}
