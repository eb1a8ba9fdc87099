"""Offices and the bodies people belong to, on fictional news: a prefixed title names another
office than the bare one ("the vice-chancellor" is not the pro-vice-chancellor, nor "the
leader" the deputy leader), an acting holder holds the office, an ex-holder is a former one;
"its" after "Speaking for X," is X's; "who runs/owns/founded ORG" gives the organisation and
a role; a vice-chancellor named without a body is the university's; a body named for an
occupation's members is a union in kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from ask.member_bodies import body_words, kind_words, not_occupations, union_heads
from extract.people_words import HOLDING_RANKS, RANK_WORDS, ROLE_VERBS
from extract.pipeline import extract_doc
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "fenwick-university-fees": (
        "Fenwick University fees review ordered\n\n"
        "The vice-chancellor of Fenwick University, Prof Lorcan Tadley, has ordered a review "
        "of the new library fees.\n\n"
        "Prof Tadley said the fees had been set without asking students.\n\n"
        "Dr Meriel Oakes, the university's pro-vice-chancellor for teaching, said the fees "
        "were needed to keep the library open at night."
    ),
    "ashby-council-budget": (
        "Ashby council budget vote delayed\n\n"
        "The leader of Ashby Borough Council, Cllr Petra Vosse, said the budget vote would "
        "wait until March.\n\n"
        "The council's deputy leader, Cllr Hamid Rowe, said the delay would cost money.\n\n"
        "The vice-chair of the audit committee, Cllr Jonah Pell, said the accounts were late."
    ),
    "marlow-police-chief": (
        "Marlow Police chief backs patrol plan\n\n"
        "Assistant Chief Constable Ruth Garnet said the extra patrols would start in May.\n\n"
        "The force's chief constable, Sir Ivo Brantley, said the plan was affordable."
    ),
    "tidemouth-ferry-firm": (
        "Tidemouth ferry firm names acting boss\n\n"
        "Tidemouth Ferries has named Carys Ebdon acting chief executive after the departure "
        "of its former head.\n\n"
        "Acting chief executive Carys Ebdon said the winter timetable would stand.\n\n"
        "Ex-chairman Giles Marten said the board had lost its way."
    ),
    "hollin-school-cuts": (
        "Hollin school cuts condemned\n\n"
        "Hollin Education Trust plans to cut forty teaching posts at its three schools.\n\n"
        "Speaking for the Classroom Teachers' Association, its district secretary, Moira "
        "Quill, said losing forty teaching posts would mean larger classes."
    ),
    "hollin-college-fees": (
        "Hollin College fees to rise\n\n"
        "Hollin College will raise its course fees by a tenth in September.\n\n"
        "The Hollin students' union president, Ravi Dent, said fees should fall."
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("office_ranks"), STORIES)


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what did the vice-chancellor say?", "Lorcan Tadley"),
        ("what did the pro-vice-chancellor say?", "Meriel Oakes"),
        ("what did the council leader say?", "Petra Vosse"),
        ("what did the deputy leader say?", "Hamid Rowe"),
        ("what did the chief constable say?", "Ivo Brantley"),
        ("what did the assistant chief constable say?", "Ruth Garnet"),
        ("what did the chief executive of Tidemouth Ferries say?", "Carys Ebdon"),
    ],
)
def test_a_prefixed_title_is_another_office_an_acting_one_the_same(
    db: Path, question: str, speaker: str
) -> None:
    assert speakers_in(ask_json(db, question)) == {speaker}


def test_an_ex_holder_answers_only_for_the_former_one(db: Path) -> None:
    assert "Giles Marten" not in speakers_in(ask_json(db, "what did the chairman say?"))
    assert "Giles Marten" in speakers_in(ask_json(db, "what did the former chairman say?"))


def test_a_body_named_for_an_occupation_is_the_union(db: Path) -> None:
    found = speakers_in(ask_json(db, "what did the union say about the teaching posts?"))
    assert "Moira Quill" in found and "Ravi Dent" not in found


def test_its_after_speaking_for_a_body_is_that_bodys(nlp: Language) -> None:
    text = (
        "Kestrel Water said the pumping station would close in April.\n\n"
        "Speaking for the Pump Fitters' Union in Elmsett, its branch secretary, Tomos "
        "Reddy, said forty jobs would go."
    )
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people["Tomos Reddy"].org == "Pump Fitters' Union"


@pytest.mark.parametrize(
    "text, name, title, org",
    [
        (
            "Kestrel Water cut supplies on Monday. Anwen Hale, who runs the housing charity "
            "Safe Roof Elmsett, said families had been left without heating.",
            "Anwen Hale",
            "Head",
            "Safe Roof Elmsett",
        ),
        (
            "Dorian Vale, who owns the Copper Kettle bakery on Mill Lane, said he had thrown "
            "away a day's bread.",
            "Dorian Vale",
            "Owner",
            "Copper Kettle bakery on Mill Lane",
        ),
    ],
)
def test_who_runs_or_owns_gives_the_organisation_and_role(
    nlp: Language, text: str, name: str, title: str, org: str
) -> None:
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert (people[name].title, people[name].org) == (title, org)


def test_a_vice_chancellor_without_a_named_body_is_the_universitys(nlp: Language) -> None:
    """A vice-chancellor's office is a university's, not the school the story made a
    subject of just before (people_words.json officer_kinds, org_families "higher")."""
    text = (
        "Fenwick University has dropped Larch Hill School from its bursary scheme.\n\n"
        "Larch Hill School said it was shocked by the decision and would appeal.\n\n"
        "The university did not say whether Prof Idris Keane, the pro-vice-chancellor who "
        "made the decision, had visited the school. Keane said the school had been told in May."
    )
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people["Idris Keane"].org == "Fenwick University"


def test_the_word_families_are_data() -> None:
    assert {"pro", "vice", "deputy", "assistant", "shadow"} <= RANK_WORDS
    assert {"acting", "interim"} == HOLDING_RANKS and HOLDING_RANKS <= RANK_WORDS
    assert {"run", "own", "found"} <= set(ROLE_VERBS)
    assert {"association", "federation", "guild"} <= union_heads()
    assert {"resident", "student", "tenant"} <= not_occupations()
    assert "association" in body_words("union") and body_words("trust") == []
    assert kind_words("Crane Drivers' Federation") == ["union"]
    assert kind_words("Elm Road Residents' Association") == []
    assert kind_words("British Dental Association") == []
