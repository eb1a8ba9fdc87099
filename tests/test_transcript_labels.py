"""Transcript labels in new formats (fictional text): a label naming a paper or the
interviewer the introduction gives is nobody's statement; initials and "THE JUDGE" name the
person the article names; a broadcast's time stamps before labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import ROOT, ask_json, extracted_quotes, story_db

INTERVIEWER_VERBS = json.loads((ROOT / "extract" / "data" / "not_speech.json").read_text("utf-8"))[
    "interviewer_verbs"
]


def speakers(nlp: Language, text: str) -> dict[str, set[str]]:
    """Each speaker and the first words of each of their quotes."""
    found: dict[str, set[str]] = {}
    for quote in extracted_quotes(nlp, text):
        found.setdefault(str(quote.speaker), set()).add(" ".join(quote.text.split()[:3]))
    return found


def test_a_label_naming_the_paper_is_nobodys_statement(nlp: Language) -> None:
    text = (
        "Grace Whitlow runs the Fenmouth lifeboat station. The Fenmouth Courier visited her "
        "before the station's open day.\n\n"
        "Fenmouth Courier: How many launches has the station had this year?\n\n"
        "Grace Whitlow: Forty-one so far, which is more than the whole of last year.\n\n"
        "Fenmouth Courier: Are you short of volunteers?\n\n"
        "Grace Whitlow: We always need more, especially people who live near the harbour."
    )
    found = speakers(nlp, text)
    assert set(found) == {"Grace Whitlow"}
    assert found["Grace Whitlow"] == {"Forty-one so far,", "We always need"}


def test_a_paper_written_with_the_is_no_person_though_tagged_one(nlp: Language) -> None:
    text = (
        "Marta Quell, who chairs the Fenmouth allotment society, spoke to the Courier's "
        "environment reporter about the drought.\n\n"
        "Courier: Will the society ban hosepipes?\n\n"
        "Marta Quell: We have asked members to use water butts and nothing else until it rains.\n\n"
        "Courier: And if it does not rain?\n\n"
        "Marta Quell: Then we will share what is in the butts, plot by plot."
    )
    assert set(speakers(nlp, text)) == {"Marta Quell"}


def test_initials_name_the_interviewer_and_the_interviewee(nlp: Language) -> None:
    text = (
        "Ilse Varga is head teacher of Fenmouth Primary, which will lose two classrooms to "
        "the new bypass. She spoke to our education editor, Tom Abney (TA).\n\n"
        "TA: When did you hear about the bypass?\n\n"
        "IV: From a letter in September. Nobody from the county came to see the school.\n\n"
        "TA: What will you do?\n\n"
        "IV: We will teach in the hall until the new rooms are built."
    )
    found = speakers(nlp, text)
    assert set(found) == {"Ilse Varga"}
    assert len(found["Ilse Varga"]) == 2


@pytest.mark.parametrize(
    "verb, introduction",
    [
        ("speak", "Ilse Varga spoke to the Fenmouth Courier's Tom Abney."),
        ("talk", "Ilse Varga talks to Tom Abney about the bypass."),
        ("chat", "Ilse Varga chatted with Tom Abney about the bypass."),
        ("interview", "Ilse Varga was interviewed by Tom Abney."),
        ("put", "Ilse Varga answered questions put to her by Tom Abney."),
        ("ask", "Ilse Varga was asked about the bypass by Tom Abney."),
    ],
)
def test_every_interviewer_verb_makes_the_interviewer_nobody(
    nlp: Language, verb: str, introduction: str
) -> None:
    assert verb in INTERVIEWER_VERBS
    text = (
        f"{introduction}\n\n"
        "Tom Abney: When did you hear about the bypass?\n\n"
        "Ilse Varga: From a letter in September, and nobody came to see the school.\n\n"
        "Tom Abney: What will you do now?\n\n"
        "Ilse Varga: We will teach in the hall until the new rooms are built."
    )
    assert set(speakers(nlp, text)) == {"Ilse Varga"}, verb


def test_every_verb_of_the_family_has_a_case() -> None:
    cases = {"speak", "talk", "chat", "interview", "put", "ask"}
    assert set(INTERVIEWER_VERBS) == cases


def test_time_stamps_and_the_judges_label(nlp: Language) -> None:
    radio = (
        "[08:02] KAI MORROW: The river burst its banks at Fenmouth overnight. How bad is it?\n\n"
        "[08:03] RUTH ELLERY: Forty homes have water downstairs, and the bridge is shut.\n\n"
        "[08:05] KAI MORROW: When will the bridge open?\n\n"
        "[08:05] RUTH ELLERY: Not until the engineers have checked the piers."
    )
    assert speakers(nlp, radio)["Ruth Ellery"] == {"Forty homes have", "Not until the"}
    court = (
        "Judge Owain Pritchett is hearing the case at Fenmouth Crown Court, where Lena Shaw "
        "appears for the prosecution.\n\n"
        "THE JUDGE: Ms Shaw, how many witnesses will you call?\n\n"
        "MS SHAW: Four, my Lord, and the first is outside.\n\n"
        "THE JUDGE: Then we will start with her after lunch."
    )
    found = speakers(nlp, court)
    assert set(found) == {"Owain Pritchett", "Lena Shaw"}


def test_an_answer_to_a_question_about_going_to_court_is_on_the_legal_challenge(
    tmp_path: Path,
) -> None:
    """topics.json: "legal challenge", "judicial review", "take to court" are one concept with
    "lawsuit"; the interview's answer to the question on it is on the topic."""
    text = (
        "Fenmouth leader on the allotments\n"
        "An edited transcript of this week's council podcast.\n"
        "Host: Residents are taking the council to court over the allotments. Are you worried?\n"
        "Cllr Amos Brightwell: Not at all. Our solicitors have read every page of the lease.\n"
        "Host: Will the allotments close?\n"
        "Cllr Amos Brightwell: Not while I lead this council.\n"
    )
    db = story_db(tmp_path, "podcast", text)
    answer = ask_json(db, "what did Brightwell say about the legal challenge?")
    how = {q["text"]: q["match"] for q in answer["quotes"]}
    assert [m for t, m in how.items() if "Our solicitors have read" in t] == ["context"]
