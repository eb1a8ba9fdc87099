"""Titles asked in one form and written in another, on fictional news (tests/data/title_kinds/:
a village school's breakfasts, a football club's new coach): "the headteacher" is the person a
story makes head of the school, never the club's head coach nor the deputy headteacher; "the
former headteacher" is the one the story calls her predecessor; "the former chair said as he
left" is the man whose years in the chair the story ended, not the new chair before it; "the
judge" of a sentencing is the one quoted at length, not the district judge whose two words it
recalls."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.titles import kind_forms, role_forms
from extract.offices import SUCCESSION
from extract.people_words import ROLE_WORDS, TITLE_KINDS
from tests.conftest import DATA, ask_json, ingested, said_in, stories_db

ARTICLES = DATA / "title_kinds"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("title-kinds") / "news.db", ARTICLES)


def test_the_headteacher_is_the_head_of_the_school_not_the_head_coach(store: Path) -> None:
    found = said_in(ask_json(store, "what did the headteacher say?"))
    assert {s for s, _ in found} == {"Isolde Farrant"}
    assert any("Hungry children cannot learn long division" in t for _, t in found)
    coach = said_in(ask_json(store, "what did the headteacher say about training?"))
    assert "Gus Treharne" not in {s for s, _ in coach}  # the club's head coach
    deputy = said_in(ask_json(store, "what did the deputy headteacher say?"))
    assert {s for s, _ in deputy} == {"Cormac Lyle"}


def test_her_predecessor_is_the_former_holder_of_her_title(store: Path) -> None:
    found = said_in(ask_json(store, "what did the former headteacher say?"))
    assert {s for s, _ in found} == {"Bartholomew Quince"}
    assert any("a canteen for eleven years" in t for _, t in found)
    now = said_in(ask_json(store, "what did the headteacher say?"))
    assert "Bartholomew Quince" not in {s for s, _ in now}


def test_the_former_chair_is_the_man_the_clause_says_not_the_woman_before(store: Path) -> None:
    found = said_in(ask_json(store, "what did Lysander Moult say?"))
    assert any("the minutes are in order" in t for _, t in found)
    when = ask_json(store, "what did the former chair say when he left the chamber?")
    assert when["intent"] == "what_did_x_say"  # "say when ...": an occasion, not keywords
    assert {s for s, _ in said_in(when)} == {"Lysander Moult"}
    new = said_in(ask_json(store, "what did Winifred Achterberg say?"))
    assert not any("the minutes are in order" in t for _, t in new)


def test_the_judge_is_the_one_the_story_gives_the_most_words(store: Path) -> None:
    found = said_in(ask_json(store, "what did the judge say?"))
    assert {s for s, _ in found} == {"Ottoline Varga"}
    assert any("a passing lorry driver" in t for _, t in found)


def test_short_forms_of_a_title_are_role_words_asked_alone() -> None:
    """The data: each kind or short form is a role word; only a title asked alone has them."""
    assert all(kind <= ROLE_WORDS for kind in TITLE_KINDS.values())
    assert "head" in kind_forms("headteacher") and "head" in role_forms("headteacher")
    assert kind_forms("deputy headteacher") == []
    assert kind_forms("former headteacher") == ["former head"]
    assert SUCCESSION["predecessor"] == "Former" and "successor" in SUCCESSION


SCHOOL = (
    "Academy to ban phones from January\n\n"
    "Pupils at Hartsell Academy will hand in their phones at the gate from January.\n\n"
    "Mrs Temperance Okoye, the headteacher, said staff had logged 300 incidents of "
    'online bullying. "Smartphones have no place in a classroom," she said.\n'
)
CAFE = (
    "Cafe stops taking cash\n\n"
    "Lorcan Veitch, 41, who runs a cafe on Mill Lane, said most customers paid by phone. "
    '"Nobody has asked for change in months," he said.\n'
)


@pytest.fixture(scope="module")
def cafe_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    stories = {"2026-11-26-school": SCHOOL, "2026-12-03-cafe": CAFE}  # the cafe story is later
    return stories_db(tmp_path_factory.mktemp("head"), stories)


def test_the_head_of_a_cafe_is_no_headteacher(cafe_store: Path) -> None:
    found = said_in(ask_json(cafe_store, "what did the headteacher say about phones?"))
    assert {s for s, _ in found} == {"Temperance Okoye"}
    assert any("no place in a classroom" in t for _, t in found)
