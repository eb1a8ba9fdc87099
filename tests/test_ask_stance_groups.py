"""Stance read from the story around a quote: a group's or body's frame ("Cyclists welcomed
the ferry plan.") is the side of the person who speaks for it in the next sentence; a frame's
object names the topic through a possessive ("the ferry's costings"); "rejected that
criticism" answers the statement just before it, and a named speaker further back takes no
side from it. Fictional stories, ingested through the CLI and asked through `newsbrief ask
--json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_lexicon import NEGATIVE, load_stance
from ask.stance_toward import Frame, toward
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "ferry": (
        "Harbour board backs new ferry plan for Pellow\n"
        "A ferry would link Pellow and Tarnmouth from next summer.\n"
        "PELLOW, 3 March - A ferry would link Pellow and Tarnmouth from next summer under a "
        "plan published by the harbour board on Tuesday.\n"
        "Mayor Jon Pike praised the ferry plan, saying it would bring trade. "
        '"It puts Pellow back on the map," he said.\n'
        "Fisherman Owen Task criticised the ferry plan, saying it would crowd the harbour. "
        '"There is no room for another boat," he said.\n'
        "Cyclists welcomed the ferry plan. Tomas Brennick, a spokesman for the cycling group "
        'Spoke Forward, said: "We have waited years for a crossing we can ride onto."\n'
        "Councillor Ida Marsh rejected the ferry's costings. "
        '"Nobody has asked who pays when the boat breaks down," she said.\n'
        "Ruth Allingham, who runs a cafe on the quay, said she expected more visitors. "
        '"Summer will be busy," she said.\n'
    ),
    "toll": (
        "Council approves toll for Marlow bridge\n"
        "Drivers will pay two pounds to cross from June.\n"
        "MARLOW, 6 May - Marlow council approved a toll on the town bridge on Monday to pay "
        "for its repairs.\n"
        "Council leader Edwin Farrant announced the bridge toll at the town hall. "
        '"The toll pays for the repairs and nothing else," he said.\n'
        "Engineer Colm Dacey said the repairs would be finished in June. "
        '"The steel arrives in March," Dacey said.\n'
        "Several pensioners said the bridge toll was unfair and would cut them off from "
        "the market.\n"
        'Farrant rejected that criticism. "Nobody likes paying, but the bridge must be '
        'safe," he said.\n'
    ),
}


@pytest.fixture(scope="module")
def groups_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_groups"), STORIES)


def test_a_groups_welcome_is_its_spokesmans(groups_db: Path) -> None:
    found = speakers_in(ask_json(groups_db, "who welcomed the ferry plan?"))
    assert "Tomas Brennick" in found  # "Cyclists welcomed ...; a spokesman for the cycling group"
    assert "Jon Pike" in found
    assert "Ida Marsh" not in found and "Owen Task" not in found


def test_a_possessive_object_names_the_topic(groups_db: Path) -> None:
    found = speakers_in(ask_json(groups_db, "who criticised the ferry?"))
    assert "Ida Marsh" in found  # "rejected the ferry's costings"
    assert "Owen Task" in found
    assert "Tomas Brennick" not in found
    assert "Ruth Allingham" not in found  # the next speaker, but no word refers back


def test_that_criticism_is_the_unnamed_statement_just_before(groups_db: Path) -> None:
    found = speakers_in(ask_json(groups_db, "who criticised the bridge toll?"))
    assert "Colm Dacey" not in found  # named, but not the one answered
    assert "Edwin Farrant" not in found  # he defends it


def test_a_counted_subject_is_as_many_speakers_after_it(tmp_path: Path) -> None:
    """ "Both opposition groups attacked the decision": the two leaders quoted next are the
    critics, the second in a paragraph of her own; the leader defending the rise, a third
    speaker, is not."""
    story = (
        "Holmbury council tax to rise by 5%\n"
        "Council tax in Holmbury will rise by 5% from April.\n"
        "The council's leader, Cllr Ayo Bankole, said the rise was the only way to keep "
        "libraries open.\n"
        "Both opposition groups attacked the decision. Green group leader Tilda Marsh called "
        'it "a tax on the poorest". "People cannot pay more," she said.\n'
        "The leader of the Independent group, Cllr Oren Vale, said the council had wasted "
        'money on consultants. "This is the price of their mistakes," said Cllr Vale.\n'
        'Cllr Bankole said afterwards: "Nobody wants to raise taxes, but we have no choice."\n'
    )
    db = stories_db(tmp_path, {"tax": story})
    found = speakers_in(ask_json(db, "who criticised the Holmbury council tax rise?"))
    assert {"Tilda Marsh", "Oren Vale"} <= found
    assert "Ayo Bankole" not in found


def test_a_person_of_a_place_in_the_lead_is_no_body_of_its_officers(tmp_path: Path) -> None:
    """ "A former mayor of Holmbury has denied ...": a person, though the council's monitoring
    officer works for a body named after the same place; she denied nothing."""
    story = (
        "Former mayor denies misusing Holmbury civic car\n"
        "A former mayor of Holmbury has denied using the civic car for private trips.\n"
        "HOLMBURY, 4 December - A former mayor of Holmbury has denied using the civic car for "
        "private trips. Councillor Ned Parr said the logs showed eleven trips to the coast.\n"
        '"Taxpayers paid for a chauffeur," Mr Parr said.\n'
        'The former mayor, Femi Adeyemi, rejected the claim. "Every journey was official," '
        "he said.\n"
        "The monitoring officer of Holmbury Council, Vera Lindt, said she had received a "
        "complaint.\n"
    )
    db = stories_db(tmp_path, {"car": story})
    found = speakers_in(ask_json(db, "who denied the civic car allegations?"))
    assert "Femi Adeyemi" in found
    assert "Vera Lindt" not in found and "Ned Parr" not in found


def test_it_in_a_story_about_the_topic_is_the_topic(tmp_path: Path) -> None:
    """ "The traders' association rejected it on Wednesday. Its chairman, X, said ...": in
    the story about the rent discount, "it" is the discount, and the chairman speaks for the
    association that rejected it."""
    story = (
        "Market traders turn down developer's rent discount\n"
        "Traders at Elmbury market hall have turned down an offer of half-price rents.\n"
        "ELMBURY, 3 December - Traders at Elmbury market hall have turned down an offer of "
        "half-price rents from the developer, Lanyard Group.\n"
        "Lanyard's director, Henrik Dahl, called the offer generous.\n"
        "The Elmbury Market Traders' Association rejected it on Wednesday. Its chairman, "
        'Bashir Qadri, said three years was "a stay of execution, not a future".\n'
        "Cllr Jo Whitley said the council was still looking for a temporary site.\n"
    )
    db = stories_db(tmp_path, {"rents": story})
    found = speakers_in(ask_json(db, "who rejected the developer's rent discount?"))
    assert "Bashir Qadri" in found
    assert "Henrik Dahl" not in found and "Jo Whitley" not in found  # took no side


def test_it_accused_of_something_is_a_party_not_the_topic() -> None:
    """ "The MP accused it of balancing the books": "it" is the board accused, no topic."""
    lexicon = load_stance()
    rejected = Frame((0, 0), "The association", NEGATIVE, " it", " it on Wednesday")
    accused = Frame((0, 0), "The MP", NEGATIVE, " it", " it of balancing the books")
    assert toward(rejected, ["discount"], lexicon, anaphoric=True)
    assert not toward(accused, ["discount"], lexicon, anaphoric=True)
