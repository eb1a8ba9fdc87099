"""A person asked by a noun for one ("the farmer") is someone the noun describes, not a
member of a body whose name holds it ("Westmoor Farmers' Union"); a group asked in the
plural ("the trustees") is still heard through its chair. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, story_db

_SPILL = (
    "Slurry spill kills fish in Hollin Brook\n\n"
    "Hundreds of trout died after slurry leaked into Hollin Brook on Tuesday.\n\n"
    'Farmer Aled Trevanion, whose tank split, said he was "heartbroken" and would pay for '
    "the clean-up.\n\n"
    "Nerys Ap-Owen, county chair of the Westmoor Farmers' Union, said every farm in the "
    'valley would have its tanks checked. "One spill hurts all of us," she said.\n\n'
    "The Westmoor Farmers' Union said it would run free tank inspections in the spring.\n\n"
    "The Hollin Angling Trust's chair of trustees, Gideon Marsh, said the brook would take "
    "years to recover.\n"
)


def test_the_farmer_is_not_the_farmers_union_chair(tmp_path: Path) -> None:
    db = story_db(tmp_path, "spill", _SPILL)
    answer = ask_json(db, "what has the farmer said?")
    assert speakers_in(answer) == {"Aled Trevanion"}, answer


def test_trustees_asked_together_are_heard_through_their_chair(tmp_path: Path) -> None:
    db = story_db(tmp_path, "spill", _SPILL)
    answer = ask_json(db, "what have the angling trust's trustees said?")
    assert "Gideon Marsh" in speakers_in(answer), answer
