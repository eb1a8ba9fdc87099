"""Campaigns that say their side in their name (ask/data/stance.json "campaign_names"):
"Save Ashgrove Baths" is for the baths, so against their closure; "Hallam Against the
Quarry" is against the quarry; the side turns over once for each family of reversal words
the topic names ("the pause on the closure"). One test per word family. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from ask.stance_campaigns import campaign_of
from tests.conftest import ask_json, speakers_in, story_db


def test_openers_for_a_thing() -> None:
    assert campaign_of("Save Ashgrove Baths campaign") == ("positive", "bath")
    assert campaign_of("campaign to save Ashgrove baths") == ("positive", "bath")
    assert campaign_of("Friends of Tolley Woods") == ("positive", "wood")
    assert campaign_of("Keep Marl Hill Library Open") == ("positive", "open")


def test_openers_against_a_thing() -> None:
    assert campaign_of("Hallam Against the Quarry") == ("negative", "quarry")
    assert campaign_of("Stop the Wexley Pylons Action Group") == ("negative", "pylon")
    assert campaign_of("No to Fenlow Incinerator") == ("negative", "incinerator")


def test_closers_and_names_that_say_no_side() -> None:
    assert campaign_of("Swimming Pools Matter") == ("positive", "pool")
    assert campaign_of("Ashgrove Town Council") is None
    assert campaign_of("Clean Rivers Trust") is None


_BATHS = (
    "Council sets out plan to close Ashgrove Baths\n\n"
    "Ashgrove Borough Council has published plans to close the Victorian swimming baths in "
    "March to save £400,000 a year.\n\n"
    "Councillor Petra Lowden, the cabinet member for leisure, said the building needed "
    '£3 million of repairs. "The pool at Marl Hill is ten minutes away by bus," she said.\n\n'
    "Imogen Hartwell, chair of Save Ashgrove Baths, said more than 2,000 people had signed "
    'a petition in a week. "Our children learned to swim here, and so did we," she said.\n'
)


def test_a_campaigner_for_the_thing_is_a_critic_of_its_closure(tmp_path: Path) -> None:
    db = story_db(tmp_path, "baths", _BATHS)
    answer = ask_json(db, "who criticised the plan to close the baths?")
    assert speakers_in(answer) == {"Imogen Hartwell"}, answer
    answer = ask_json(db, "who backed the baths closure?")
    assert "Imogen Hartwell" not in speakers_in(answer), answer
