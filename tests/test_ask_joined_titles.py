"""A title whose words are joined by "and" or commas is one office ("the police and crime
commissioner", "the culture, media and sport secretary"), not a list of speakers: the
force's chief constable is not the commissioner. Names joined by "and" stay a list.
Fictional stories through the CLI with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "force": (
        "Commissioner backs force budget\n"
        "Elmdale's police budget will rise by four per cent.\n"
        "ELMDALE, 2 March - Elmdale Police will have four per cent more to spend next year.\n"
        "Chief Constable Miriam Ashcombe, of Elmdale Police, said the rise would pay for "
        'forty new officers. "It is a good start," she said.\n'
        "The police and crime commissioner, Tobias Wrenfield, said he had fought for the "
        'money. "I did not stand for this job to cut patrols," he said.\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("joined_titles"), STORIES)


def test_a_title_joined_by_and_is_one_office(store: Path) -> None:
    answer = ask_json(store, "what did the police and crime commissioner say?")
    assert speakers_in(answer) == {"Tobias Wrenfield"}


def test_names_joined_by_and_are_still_each_speaker(store: Path) -> None:
    answer = ask_json(store, "what did Ashcombe and Wrenfield say?")
    assert speakers_in(answer) == {"Miriam Ashcombe", "Tobias Wrenfield"}


def test_an_office_whose_holder_never_spoke_answers_nothing(tmp_path: Path) -> None:
    """The commissioner is named but "has not commented": the answer is none, never the
    force that "police" in the office's name would find."""
    db = stories_db(
        tmp_path,
        {
            "wardens": (
                "Council to scrap warden patrols\n"
                "Elmdale's twelve community wardens will go in April.\n"
                "ELMDALE, 2 March - Elmdale Police said it was aware of the proposals.\n"
                "The police and crime commissioner, Tobias Wrenfield, has not commented.\n"
            )
        },
    )
    answer = ask_json(db, "has the police and crime commissioner said anything about the wardens?")
    assert answer["quotes"] == []
