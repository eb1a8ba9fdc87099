"""A firm named with a possessive, as Sainsbury's is ("Crumbwell's said", "Crumbwell's, which
has 310 shops"), keeps its possessive in its name (extract/possessive_names.py), and the
store files it under that name even where another story only wrote "Crumbwell"
(storage/speakers.py)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.conftest import ask_json, extracted_quotes, speakers_in, stories_db

CLOSURE = (
    "Crumbwell\u2019s to close Tanbridge bakery\n"
    "The bakery chain Crumbwell\u2019s is to close its Tanbridge factory.\n"
    "TANBRIDGE, 24 November 2026 - The bakery chain Crumbwell\u2019s is to close its "
    "Tanbridge factory next year, blaming soaring energy costs.\n"
    "Crumbwell\u2019s, which has 310 shops, was founded in Tanbridge in 1958 by Arthur "
    "Crumbwell.\n"
    "Crumbwell\u2019s said staff would be offered jobs at its Kellingworth site.\n"
)


def test_a_firm_written_with_its_possessive_keeps_it(nlp: Language) -> None:
    found = extracted_quotes(nlp, CLOSURE)
    said = [q for q in found if "Kellingworth" in q.text]
    assert [q.speaker for q in said] == ["Crumbwell\u2019s"]


def test_a_persons_possessive_is_no_firm(nlp: Language) -> None:
    text = (
        "Anna Berg\u2019s plan was approved. Berg\u2019s neighbours objected.\n"
        "Anna Berg said the plan would go ahead.\n"
    )
    assert [q.speaker for q in extracted_quotes(nlp, text)] == ["Anna Berg"]


def test_the_store_files_the_firm_under_its_written_name(tmp_path: Path) -> None:
    talks = (
        "Crumbwell talks begin\n"
        "Union and managers met on Monday.\n"
        "TANBRIDGE, 30 November 2026 - Union and managers met on Monday.\n"
        "Crumbwell said the meeting had been constructive.\n"
    )
    db = stories_db(tmp_path, {"closure": CLOSURE, "talks": talks})
    answer = ask_json(db, "what did Crumbwell's say?")
    assert speakers_in(answer) == {"Crumbwell\u2019s"}
    assert any("constructive" in q["text"] for q in answer["quotes"])
