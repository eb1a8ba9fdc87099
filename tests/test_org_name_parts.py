"""An organisation's unnamed spokespeople filed under a part of its name: the recogniser cuts
"A Department for Schools spokesman said" to a body called "Department"; in a story that
names the Department for Schools whole, that spokesman speaks for it, so "what has the
Department for Schools said?" gives his words beside its statement in another story."""

from __future__ import annotations

from pathlib import Path

from ask.org_forms import name_parts
from tests.conftest import ask_json, stories_db

STORIES = {
    "order": (
        "Academy order for Brackenfield\n\n"
        "The Department for Schools has ordered Brackenfield High to become an academy.\n\n"
        'A Department for Schools spokesman said: "Every child deserves to go to a good '
        'school."\n'
    ),
    "opening": (
        "Academy to open in September\n\n"
        "Brackenfield High will reopen as an academy in September.\n\n"
        "In a statement, the Department for Schools said the academy would open in "
        "September.\n"
    ),
    "elsewhere": (
        "Library hours cut in Ostley\n\n"
        "Ostley library will close on Wednesdays from January.\n\n"
        'A Department spokeswoman said: "We have had to make hard choices."\n'
    ),
}


def test_a_spokesman_filed_under_part_of_the_name_speaks_for_it(tmp_path: Path) -> None:
    db = stories_db(tmp_path, STORIES)
    answer = ask_json(db, "what has the Department for Schools said?", "--limit", "0")
    texts = [q["text"] for q in answer["quotes"]]
    assert any("would open in September" in t for t in texts)  # its own statement
    assert any("Every child deserves" in t for t in texts)  # its spokesman, filed "Department"
    # shown as the organisation's, under its whole name
    said = next(q for q in answer["quotes"] if "Every child deserves" in q["text"])
    assert "Department for Schools" in (said["speaker"] or "")
    # a "Department" spokeswoman in a story that never names the Department for Schools
    assert not any("hard choices" in t for t in texts)


def test_a_part_holds_an_organisations_word_never_a_place_alone() -> None:
    parts = name_parts(["Department for Schools", "New York Times", "Elm Trust", "Oxfam"])
    assert "department" in parts["Department for Schools"]
    assert "new york" not in parts["New York Times"]  # a place, not the paper
    assert parts["Elm Trust"] == ["trust"]
    assert "Oxfam" not in parts  # one word: no shorter part
