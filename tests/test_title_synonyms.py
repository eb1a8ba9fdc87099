"""Title words that name one post (extract/data/people_words.json "title_synonyms"): a role
asked by one of them finds a holder the story titles by another ("the parish council
chairman" is "Parish council chair Nerys Vaughan"), never across genders. One test per
family. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from extract.people_words import title_synonyms
from tests.conftest import ask_json, speakers_in, story_db


def test_the_chair_family_keeps_to_one_gender() -> None:
    assert title_synonyms("chairman") == ["chair", "chairperson"]
    assert title_synonyms("chairwoman") == ["chair", "chairperson"]
    assert set(title_synonyms("chair")) == {"chairman", "chairwoman", "chairperson"}


def test_the_headteacher_family_keeps_to_one_gender() -> None:
    assert title_synonyms("headmistress") == ["headteacher"]
    assert set(title_synonyms("headteacher")) == {"headmaster", "headmistress"}
    assert title_synonyms("vicar") == []


def test_a_chairman_asked_finds_the_chair_the_story_names(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "allotments",
        "Allotment rents to rise at Hembury\n\n"
        "Hembury Parish Council has voted to double allotment rents from April.\n\n"
        "Parish council chair Nerys Vaughan said the rise would pay for new water troughs. "
        '"Nobody likes paying more, but the old pipes leak every winter," she said.\n\n'
        "Plot holder Dev Lambert said the rise was steep for pensioners.\n",
    )
    answer = ask_json(db, "what did the parish council chairman say about the rents?")
    assert speakers_in(answer) == {"Nerys Vaughan"}, answer
    answer = ask_json(db, "what did the parish council chairwoman say?")
    assert speakers_in(answer) == {"Nerys Vaughan"}, answer
