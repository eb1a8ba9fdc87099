"""A body's stance frame followed by "'...,' said X, its director" is X's side too, even when
the body is also quoted on its own elsewhere in the story ("according to Fairshop"): the
officer who speaks for it next shares its stance. Fictional stories, asked through
`newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "pier": (
        "Inspector approves Saltby pier rebuild\n"
        "Work could start in the spring.\n"
        "SALTBY, 8 April - A planning inspector has approved the rebuilding of Saltby pier.\n"
        'Brightwater Leisure welcomed the ruling. "This is the start of a new chapter for the '
        'seafront," said Odile Ferrand, its managing director.\n'
        "The Saltby Heritage Society condemned the ruling. "
        '"We will fight this in the courts," said Rowan Thackeray, their secretary.\n'
        'Angler Piotr Zielony said: "The fishing platform will be shut for a year."\n'
        "Work could begin in May, according to Brightwater Leisure.\n"
    ),
    "depot": (
        "Minister approves Kettlewick bus depot\n"
        "The depot will open next year.\n"
        "KETTLEWICK, 2 June - The transport minister approved the Kettlewick bus depot.\n"
        "Northway Buses praised the decision. Anneliese Varga, its chief executive, said: "
        '"Our drivers have waited a decade for this."\n'
        "The Kettlewick Residents' Forum criticised the decision. "
        '"Nobody asked the families on Mill Lane," said Bram Okonkwo, its chair.\n'
        "Northway Buses said in a statement that the depot would hold 60 buses.\n"
    ),
}


@pytest.fixture(scope="module")
def said_its_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_said_its"), STORIES)


def test_said_its_director_shares_the_bodys_welcome(said_its_db: Path) -> None:
    found = speakers_in(ask_json(said_its_db, "who welcomed the inspector's ruling on the pier?"))
    assert "Odile Ferrand" in found  # "..., said Odile Ferrand, its managing director"
    assert "Rowan Thackeray" not in found


def test_said_their_secretary_shares_the_bodys_condemnation(said_its_db: Path) -> None:
    found = speakers_in(ask_json(said_its_db, "who condemned the ruling on the Saltby pier?"))
    assert "Rowan Thackeray" in found  # "..., said Rowan Thackeray, their secretary"
    assert "Odile Ferrand" not in found


def test_its_chief_executive_and_its_chair_share_their_bodys_sides(said_its_db: Path) -> None:
    praised = speakers_in(ask_json(said_its_db, "who praised the bus depot decision?"))
    assert "Anneliese Varga" in praised
    assert "Bram Okonkwo" not in praised
    criticised = speakers_in(ask_json(said_its_db, "who criticised the bus depot decision?"))
    assert "Bram Okonkwo" in criticised
