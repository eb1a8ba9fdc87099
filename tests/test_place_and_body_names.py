"""A body's name that joins two places with "and" ("Kelmere and Dale Integrated Care
Board") is one name even when the recogniser takes the first place, a word no given name
and no other name holds, for a person (extract/org_joins.py `_lone_word`). Fictional story,
ingested and asked through the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, story_db

STORY = (
    "Care board backs Millbrook surgery merger\n\n"
    "Health service leaders have backed the merger of Millbrook Surgery with Carrowby "
    "Medical Centre, saying it is the only way to guarantee GP care in the village, as a "
    "district councillor called for a better bus service to take patients to the town.\n\n"
    "Kelmere and Dale Integrated Care Board, which plans and pays for NHS services in the "
    "area, said in a statement that small single-handed practices were increasingly "
    "fragile and that the merger would \u201csecure primary care for Millbrook\u201d.\n\n"
    "Councillor Wen Li Hartley, who represents Millbrook on the district council, said "
    "that was not good enough. \u201cHalf my residents have no broadband,\u201d she said.\n"
)


def test_the_body_joined_by_and_speaks_under_its_whole_name(tmp_path: Path) -> None:
    db = story_db(tmp_path, "merger", STORY)
    answer = ask_json(db, "who said what about the merger?")
    assert "Kelmere and Dale Integrated Care Board" in speakers_in(answer)
    assert "Kelmere" not in speakers_in(answer)
