"""An organisation asked for by what the stories say it is ("the mill's owner": "Harwood
Textiles, which owns the mill, said ...") answers as when asked by its name: its own
statements and its people's ("Its managing director, X, said"). (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, stories_db


def test_a_body_asked_by_description_brings_its_people(tmp_path: Path) -> None:
    db = stories_db(
        tmp_path,
        {
            "mill": "Jobs at risk as Brackwater mill loses order\n\n"
            "Up to 120 jobs are at risk at Brackwater's last textile mill after it lost its "
            "biggest order.\n\n"
            "Harwood Textiles, which owns the mill, said it was consulting staff on "
            "redundancies.\n\n"
            "Its managing director, Imelda Crossfield, said: \u201cThis is the hardest week "
            "in the company's ninety years.\u201d\n\n"
            "Weaver Colm Ashby said the town would not recover.\n",
        },
    )
    answer = ask_json(db, "what did the mill's owner say?", "--limit", "0")
    assert {"Harwood Textiles", "Imelda Crossfield"} <= speakers_in(answer), answer
    assert "Colm Ashby" not in speakers_in(answer), answer
    assert any("hardest week" in q["text"] for q in answer["quotes"]), answer
