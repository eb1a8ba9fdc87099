"""People-side kinds of journalists' questions on fictional news (tests/data/ask_people/: a
rail operator's cuts, a librarian's Q/A interview, a magistrates' court case) and short
fictional passages: a title holder named through an apposition, an organisation's named and
unnamed spokespeople, interview answers credited to the interviewee, court roles, speech
introduced by a colon, an organisation's statement."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from extract.clause_roles import participles
from extract.pipeline import extract_doc
from tests.conftest import DATA, ask_json, ingested

ARTICLES = DATA / "ask_people" / "articles"


def quotes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker, title, organisation, text) of each quote extracted from the text."""
    return [
        (q.speaker, q.speaker_title, q.speaker_org, q.text) for q in extract_doc(nlp(text)).quotes
    ]


def test_a_title_holder_named_after_a_place_is_the_one_the_title_means(nlp: Language) -> None:
    text = (
        "The area coroner for Fennick, Dr Odile Brannagh, opened the hearing on Monday.\n\n"
        "\u201cThe alarm had been switched off for a week,\u201d the coroner said."
    )
    found = quotes(nlp, text)
    assert [(s, t) for s, _, _, t in found] == [
        ("Odile Brannagh", "The alarm had been switched off for a week")
    ]
    assert "coroner" in (found[0][1] or "").lower()


@pytest.mark.parametrize("noun", ["resident", "voter", "student"])
def test_a_name_after_a_noun_only_people_are_is_a_person(nlp: Language, noun: str) -> None:
    """ "Concord resident Ama Ofori": the recogniser may read the name as an organisation;
    the person noun before it makes it a person, so her surname later is her too."""
    text = (
        f'"I can\'t vote for either of them," said Concord {noun} Ama Ofori.\n\n'
        "Ofori, a retired nurse, went to the town hall on Tuesday.\n\n"
        '"She is a fake," Ofori said.'
    )
    speakers = {s for s, _, _, _ in quotes(nlp, text)}
    assert speakers == {"Ama Ofori"}


def test_a_spokesperson_named_after_the_organisation_speaks_for_it(nlp: Language) -> None:
    text = (
        "A spokeswoman for Tallow Valley Buses, Nerys Okoro, said two routes would close. "
        "Tallow Valley Buses said in a statement that fares would not rise."
    )
    found = quotes(nlp, text)
    assert ("Nerys Okoro", "Spokeswoman", "Tallow Valley Buses") in [f[:3] for f in found]
    # The statement's words, without the "that" that introduces them.
    assert ("Tallow Valley Buses", "fares would not rise") in [(f[0], f[3]) for f in found]


def test_an_unnamed_spokeswoman_keeps_her_words_and_a_spokesman_is_no_she(
    nlp: Language,
) -> None:
    text = (
        "A Harrowfield Police spokeswoman said the road would stay shut. "
        "\u201cWe are asking drivers to be patient,\u201d she said.\n\n"
        "A spokesman for the bypass contractor said work had stopped. "
        "\u201cIt will take weeks,\u201d she said."
    )
    found = {t: (title, org) for _, title, org, t in quotes(nlp, text)}
    assert found["We are asking drivers to be patient"] == (
        "A Harrowfield Police spokeswoman",
        "Harrowfield Police",
    )
    assert found["It will take weeks"] == (None, None)


@pytest.mark.parametrize("participle", sorted(participles()))
def test_a_court_role_in_apposition_is_a_title(nlp: Language, participle: str) -> None:
    text = f"Odette Krall, {participle}, said the fine was too low."
    assert quotes(nlp, text)[0][:2] == ("Odette Krall", participles()[participle])


def test_the_court_roles_family_is_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    assert {"prosecuting", "defending"} <= set(participles())
    assert {"coroner", "barrister", "harbourmaster"} <= set(raw["role_words"])
    assert {"airport", "zoo", "trust"} <= set(raw["org_nouns"])


def test_a_group_introduced_by_its_kind_is_an_organisation(nlp: Language) -> None:
    text = (
        "Wendell Osei, chair of the tenants\u2019 group Keep Marlbank Homes, told the meeting:"
        "\n\n\u201cWe warned the council two years ago.\n\n"
        "\u201cNobody listened.\u201d"
    )
    found = quotes(nlp, text)
    assert {s for s, _, _, _ in found} == {"Wendell Osei"}
    assert [t for _, _, _, t in found] == [
        "We warned the council two years ago.",
        "Nobody listened.",
    ]
    assert found[0][2] == "Keep Marlbank Homes"


def test_one_organisation_named_by_two_places(nlp: Language) -> None:
    text = (
        "Dr Grace Holm, chief executive of Elmford and Tarrow Hospitals Trust, "
        "said the waits were bad."
    )
    assert quotes(nlp, text)[0][2] == "Elmford and Tarrow Hospitals Trust"


@pytest.fixture(scope="module")
def people_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    path = tmp_path_factory.mktemp("ask-people") / "p.db"
    return ingested(path, ARTICLES)


def said(db: Path, question: str) -> list[tuple[str | None, str]]:
    answer: dict[str, Any] = ask_json(db, question, "--limit", "0")
    return [(q["speaker"], q["text"]) for q in answer["quotes"]]


def test_interview_answers_are_the_interviewees(people_db: Path) -> None:
    answers = said(people_db, "what did Fenn say about volunteers?")
    assert answers and {s for s, _ in answers} == {"Tobias Fenn"}
    # The answer to the question about volunteers (the word is only in the question).
    assert answers[0][1].startswith("Some could, for a few hours a week.")
    assert not said(people_db, "what did Maud Ellery say?")  # the interviewer asks


def test_an_organisation_answers_with_its_named_and_unnamed_spokespeople(
    people_db: Path,
) -> None:
    rail = said(people_db, "quotes from Greyholt Rail")
    speakers = {s for s, _ in rail}
    texts = [t for _, t in rail]
    assert "Piers Anand" in speakers
    assert "Colette Brinsley" not in speakers  # the rival's spokeswoman
    assert "Nobody will pay for trains that do not run" in texts  # "..., she said"
    refunds = said(people_db, "what has Greyholt Rail said about refunds?")
    assert any("refunds would be offered" in t for _, t in refunds)


def test_a_title_alone_finds_its_holder_named_or_not(people_db: Path) -> None:
    prosecutor = said(people_db, "what did the prosecutor say?")
    assert {s for s, _ in prosecutor} == {"Lorna Pike"}
    curator = said(people_db, "what did the curator say?")  # never named
    assert "Our evening openings depend on that train" in [t for _, t in curator]


def test_the_university_is_the_one_named_for_it_not_a_union_holding_the_word(
    nlp: Language,
) -> None:
    text = (
        "Technicians at the University of Castlemere walked out on Monday. The University "
        "Technicians' Union says pay has fallen. A university spokesperson said exams "
        "would go ahead as planned."
    )
    found = {t: org for _, _, org, t in quotes(nlp, text)}
    assert found["exams would go ahead as planned"] == "University of Castlemere"
