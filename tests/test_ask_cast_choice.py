"""A title's holders found by the title rules stand against the best-fitting cast of the
stories (ask/cast_choice.py) unless none of them speaks in those stories, or the post asked
is dated ("the new ...") and the best fit is none of them. Fictional stories, ingested through
the CLI with the real model and asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "police": (
        "Force to cut forty officer posts\n"
        "Harlow Vale Police will lose forty officer posts next year.\n"
        "HARLOW, 5 March - Harlow Vale Police is to cut forty officer posts next year, the "
        "force said on Thursday.\n"
        "Chief Constable Ralph Dunmore said the force had no choice. "
        '"The money is simply not there," he said.\n'
        "Assistant Chief Constable Nora Pike, who leads the force's training, said new "
        'recruits would still be taken on. "They take months to train," she said.\n'
    ),
    "councils": (
        "Two councils at odds over ring road\n"
        "Marlow Bridge and Denby councils disagree over the ring road.\n"
        "MARLOW BRIDGE, 6 March - The leader of Marlow Bridge Council, Cllr Hugh Farrant, "
        'said the ring road would go ahead. "It is long overdue," he said.\n'
        "The opposition leader, Cllr Sadia Qureshi, said the plan was rushed. "
        '"Nobody asked the people who live here," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("cast_choice"), STORIES)


def test_a_rank_the_title_rules_find_is_not_replaced_by_a_longer_rank(store: Path) -> None:
    answer = ask_json(store, "what did the assistant chief constable say?")
    assert speakers_in(answer) == {"Nora Pike"}  # not the chief constable


def test_the_council_leader_is_not_the_opposition_leader(store: Path) -> None:
    answer = ask_json(store, "what did the council leader say about the ring road?")
    assert speakers_in(answer) == {"Hugh Farrant"}
