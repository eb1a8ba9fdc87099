"""A report that someone asked to do something ("The town's MP has asked to meet the council
leader") tells what they asked to do, not what they said: an answer leaves it out, while a
request made of others ("asked the council to publish the survey") is their words and stays
(ask/data/speech.json "own_requests"). (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, stories_db


def test_asking_to_meet_is_no_statement(tmp_path: Path) -> None:
    db = stories_db(
        tmp_path,
        {
            "wall": "Kelbury sea wall repairs delayed again\n\n"
            "KELBURY, 2 December 2026 - Repairs to Kelbury's sea wall have been delayed "
            "until spring, the council said.\n\n"
            "The town's MP, Alun Verity, has asked to meet the council leader.\n\n"
            "Councillor Nia Sorensen asked the council to publish the engineers' survey of the "
            "sea wall.\n",
        },
    )
    answer = ask_json(db, "what did the Kelbury MP say about the sea wall?", "--limit", "0")
    assert answer["quotes"] == [], answer["quotes"]
    answer = ask_json(db, "what did Nia Sorensen say about the sea wall?", "--limit", "0")
    assert any("publish the engineers' survey" in q["text"] for q in answer["quotes"]), answer
