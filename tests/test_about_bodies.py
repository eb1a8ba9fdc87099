""" "What's been said about <a body>": the stories about it, its own statements and its
people's among them (a company's chief executive on her company's closure is news of it).
"Who said what about <a person>" stays others on her (ask/answer.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, stories_db

STORY = (
    "Crumbwell\u2019s to close Tanbridge bakery with loss of 240 jobs\n"
    "The bakery chain Crumbwell\u2019s is to close its Tanbridge factory next year.\n"
    "TANBRIDGE, 24 November - The bakery chain Crumbwell\u2019s is to close its Tanbridge factory "
    "next year, blaming soaring energy costs.\n"
    'Crumbwell\u2019s chief executive, Lindsay Marchetti, said: "I owe it to the other 3,000 '
    'people who work for us to be realistic."\n'
    'Shop steward Raj Sohal said: "People walked out of that canteen in tears."\n'
    "Crumbwell\u2019s said staff would be offered jobs at its Kellingworth site.\n"
)


def test_a_bodys_own_people_are_news_of_it(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"closure": STORY})
    answer = ask_json(db, "what's been said about Crumbwell's?")
    assert {"Crumbwell\u2019s", "Lindsay Marchetti", "Raj Sohal"} <= speakers_in(answer)


def test_what_was_said_about_a_person_is_others_words(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"closure": STORY})
    answer = ask_json(db, "who said what about Lindsay Marchetti?")
    assert "Lindsay Marchetti" not in speakers_in(answer)
