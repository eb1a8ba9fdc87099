"""How an unnamed source is described, and reports whose words are a question: a source's
participle phrase is part of its description ("a poll conducted last week"); a passive "asked"
puts a question nobody is named as asking; "spoke about how ..." reports what was said."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "A poll conducted last week by the Brevik Courier found that most islanders "
            "oppose the ferry cuts.",
            "A poll conducted last week by the Brevik Courier",
        ),
        (
            "The report published Tuesday said the harbour walls need urgent repairs.",
            "The report published Tuesday",
        ),
        (
            "A person familiar with the talks said the ferry operator would accept the offer.",
            "A person familiar with the talks",
        ),
    ],
)
def test_a_described_source_keeps_its_description(nlp: Language, text: str, mention: str) -> None:
    quotes = extract_doc(nlp(text)).quotes
    assert [q.mention for q in quotes] == [mention]
    assert quotes[0].speaker is None  # described, not named


def test_a_plain_source_is_not_stretched(nlp: Language) -> None:
    quotes = extract_doc(nlp("City officials said the harbour walls need urgent repairs.")).quotes
    assert [q.mention for q in quotes] == ["City officials"]


@pytest.mark.parametrize(
    "text, question",
    [
        (
            "Asked if the ferry would run this winter, Maren Holtby said she did not know.",
            "if the ferry would run this winter",
        ),
        (
            "Holtby was asked what happened to the winter subsidy.",
            "what happened to the winter subsidy",
        ),
    ],
)
def test_a_question_put_to_someone_names_no_source(nlp: Language, text: str, question: str) -> None:
    """The reporter's question is reported with no source: never the answerer's words."""
    asked = [q for q in extract_doc(nlp(text)).quotes if q.text == question]
    assert len(asked) == 1
    assert asked[0].speaker is None and asked[0].mention is None


def test_an_instruction_is_no_question(nlp: Language) -> None:
    assert extract_doc(nlp("Holtby was asked to leave the meeting.")).quotes == []


def test_talking_about_how_reports_what_was_said(nlp: Language) -> None:
    text = "Maren Holtby spoke about how the island had been cut off for a week."
    quotes = extract_doc(nlp(text)).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Maren Holtby", "how the island had been cut off for a week")
    ]
