"""A given name before a surname the recogniser read as a thing ("Ifor Bankole, 89,":
Bankole a PRODUCT) is a person's full name (extract/given_names.py), so his words are his,
not a bare "Bankole"'s. Fictional story, ingested and asked through the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, story_db

STORY = (
    "Male voice choir sings for 24 hours for air ambulance\n\n"
    "A male voice choir has sung for 24 hours without a break to raise money for the air "
    "ambulance.\n\n"
    "Ifor Bankole, 89, the choir\u2019s oldest member, sang for all 24 hours. \u201cMy wife "
    "told me I was too old for this. I told her I was too old to stop,\u201d he said.\n"
)


def test_the_given_name_and_the_misread_surname_are_one_person(tmp_path: Path) -> None:
    db = story_db(tmp_path, "choir", STORY)
    answer = ask_json(db, "what did Ifor Bankole say?")
    assert speakers_in(answer) == {"Ifor Bankole"}
    assert any("too old to stop" in q["text"] for q in answer["quotes"])
