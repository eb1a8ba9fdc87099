"""Organisation questions and interview answers on fictional news (tests/data/org_answers/: a
football club and its supporters' trust, a wildlife charity's Q/A interview, a ferry pilots'
dispute) and short fictional passages: the organisation a person speaks for when the title
leaves it open ("who chairs the trust", "secretary of the Elm branch of the union", "the
university's vice-chancellor", "the Office for Rail's director of enforcement"), an
organisation named exactly is not a longer one holding its name nor one sharing only its
words, words inside another speaker's report are not the organisation's own, and the
interviewee answers, not the charity that introduces them nor the reporter asking."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import DATA, ask_json, ingested

ARTICLES = DATA / "org_answers" / "articles"


def affiliations(nlp: Language, text: str) -> dict[str, str | None]:
    """Each named speaker's organisation, as extracted from the text."""
    return {q.speaker: q.speaker_org for q in extract_doc(nlp(text)).quotes if q.speaker}


@pytest.mark.parametrize("verb", ["chairs", "leads", "runs", "heads"])
def test_a_relative_clause_places_a_person_in_an_organisation(nlp: Language, verb: str) -> None:
    text = (
        f"Dagny Holloway, who {verb} the Pelsall Allotment Society, said the plots had "
        "flooded twice this year."
    )
    assert affiliations(nlp, text) == {"Dagny Holloway": "Pelsall Allotment Society"}


def test_a_unit_of_an_organisation_speaks_for_the_whole(nlp: Language) -> None:
    text = (
        "Inspector Gwilym Rees, who leads Harrowfield Police's dog unit, said two dogs had "
        "retired. Nkem Oduya, secretary of the Brindle branch of the Lift Engineers' Union, "
        "said the lifts were unsafe."
    )
    assert affiliations(nlp, text) == {
        "Gwilym Rees": "Harrowfield Police",
        "Nkem Oduya": "Lift Engineers' Union",
    }


def test_the_branch_said_is_the_organisation_it_belongs_to(nlp: Language) -> None:
    text = (
        "Nkem Oduya, secretary of the Brindle branch of the Lift Engineers' Union, said the "
        "lifts were unsafe. The branch said it would ballot members next week."
    )
    found = [(q.speaker, q.text) for q in extract_doc(nlp(text)).quotes]
    assert ("Lift Engineers' Union", "it would ballot members next week") in found


def test_a_possessive_role_gives_the_organisation(nlp: Language) -> None:
    text = (
        "The University of Marsby will close its music school. The university's "
        "vice-chancellor, Professor Alma Steed, said the decision was final. "
        '"The fines will continue," said Idris Kapoor, the Office for Canal Standards\'s '
        "director of enforcement."
    )
    found = affiliations(nlp, text)
    assert found["Alma Steed"] == "University of Marsby"
    assert found["Idris Kapoor"] == "Office for Canal Standards"


def test_the_affiliation_families_are_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    assert {"chair", "lead", "run", "head", "represent"} <= set(raw["affiliation_verbs"])
    assert {"branch", "unit", "division", "wing"} <= set(raw["org_parts"])
    assert {"society", "constabulary"} <= set(raw["org_nouns"])
    assert "constabulary" in raw["org_families"]["armed"]


@pytest.fixture(scope="module")
def org_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("org-answers") / "o.db", ARTICLES)


def speakers(db: Path, question: str) -> dict[str | None, list[str]]:
    """The answer's quotes by speaker."""
    answer: dict[str, Any] = ask_json(db, question, "--limit", "0")
    found: dict[str | None, list[str]] = {}
    for quote in answer["quotes"]:
        found.setdefault(quote["speaker"], []).append(quote["text"])
    return found


def test_the_club_is_not_its_supporters_trust(org_db: Path) -> None:
    club = speakers(org_db, "what has Kelderby Rovers said?")
    assert "Tomasz Wierzbicki" in club
    assert "Ruth Abernethy" not in club  # she chairs the Kelderby Rovers Supporters' Trust
    trust = speakers(org_db, "what did the supporters' trust say?")
    assert any("Fans deserve to see the survey" in t for t in trust.get("Ruth Abernethy", []))
    assert "Tomasz Wierzbicki" not in trust


def test_a_branch_secretary_answers_for_the_union(org_db: Path) -> None:
    union = speakers(org_db, "quotes from the National Groundstaff Union")
    assert list(union) == ["Femi Adebayo"]


def test_interview_answers_are_the_interviewee_not_the_charity(org_db: Path) -> None:
    charity = speakers(org_db, "what has Otterbank said?")
    assert list(charity) == ["Ingrid Solberg"]
    assert any("turned away more than forty seals" in t for t in charity["Ingrid Solberg"])
    assert not any("How many animals" in t for t in charity["Ingrid Solberg"])
    assert speakers(org_db, "what did Dev Mistry say?") == {}


def test_an_interviewers_question_reports_nothing_of_the_articles(nlp: Language) -> None:
    text = (
        "The ferry operator Marrowgate Crossings cut its winter timetable last month. Its chief "
        "executive, Tobias Renwick, spoke to our reporter Lena Farrant.\n\n"
        "Q: The county council says the cuts will strand villagers on Harl Island. Is it "
        "wrong?\nA: We have kept every weekday crossing. The council has not read the "
        "timetable.\n\nQ: Some of you ask why fares rose twice this year. What is the answer?\n"
        "A: Fuel costs doubled. We held fares for three years before that.\n"
    )
    found = [(q.speaker or q.mention, q.text) for q in extract_doc(nlp(text)).quotes]
    assert [speaker for speaker, _ in found] == ["Tobias Renwick", "Tobias Renwick"]
    assert not any("strand villagers" in words or "fares rose" in words for _, words in found)


def test_a_name_introduced_as_the_owner_of_a_role_is_an_organisation(nlp: Language) -> None:
    text = (
        "The head coach of Corringham Wheelers cycling club has said she will not resign after "
        "the club lost its grant from the Eastern Cycling Board.\n\nPetra Lindqvist, who has "
        "coached at the club since 2011, said the juniors would keep racing. Osric Mallender, "
        "Corringham Wheelers' treasurer, said the grant had paid for the minibus."
    )
    found = affiliations(nlp, text)
    assert found == {
        "Petra Lindqvist": "Corringham Wheelers",
        "Osric Mallender": "Corringham Wheelers",
    }


def test_an_organisation_sharing_only_words_is_another(org_db: Path) -> None:
    pilots = speakers(org_db, "what has the pilots' association said?")
    assert any("through fog" in t for t in pilots.get("Orla Bramwell", []))
    # "Pilot" there describes its instructors: another organisation altogether.
    assert "National Association of Pilot Instructors" not in pilots


def test_words_inside_anothers_report_are_not_the_organisations_own(org_db: Path) -> None:
    company = speakers(org_db, "what has Brennock Shipping said?")
    said = company.get("Brennock Shipping Ltd", [])
    assert any("timetable would not change" in t for t in said)
    assert not any(t.startswith("the night route could pay") for t in said)  # the harbour master's
    master = speakers(org_db, "what did Hamish Trelawney say?")
    assert any("night route could pay" in t for t in master["Hamish Trelawney"])
