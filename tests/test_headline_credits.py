"""Headline credits (extract/headline_credits.py): a first paragraph "Name: words" credits
the words to the person or organisation the article names; labels that name nobody
(not_speech.json "label_words") are neither credits nor transcript speakers."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

from extract.credits import is_label_word
from extract.lexicon import load_lexicon
from extract.pipeline import extract_doc

BODY = (
    "\n\nSenator Maren Holtby told reporters in Brevik on Tuesday that the ferry subsidy "
    "would be cut by a third. Holtby has led the transport committee since 2019."
)


def _credited(nlp: Language, headline: str) -> list[tuple[str | None, str | None, str]]:
    quotes = extract_doc(nlp(headline + BODY)).quotes
    return [(q.speaker, q.mention, q.text) for q in quotes if q.start < len(headline)]


def test_a_headline_credit_is_the_named_persons_statement(nlp: Language) -> None:
    found = _credited(nlp, "Holtby: Ferry Subsidy Cut Will Hurt the Northern Islands.")
    assert len(found) == 1
    speaker, mention, words = found[0]
    assert speaker == "Maren Holtby"  # the body's full name, not a new person "Holtby"
    assert mention == "Holtby"
    assert words.startswith("Ferry Subsidy Cut Will Hurt")


def test_a_link_word_ends_the_credited_name(nlp: Language) -> None:
    found = _credited(nlp, "Holtby on the Ferry Subsidy: 'We Cannot Afford Another Winter.'")
    assert [speaker for speaker, _, _ in found] == ["Maren Holtby"]
    assert "on" in load_lexicon().headline_links  # data: cues.json "headline_links"


def test_a_headline_names_no_one_new(nlp: Language) -> None:
    """A credited name the article never names again is kept as words, not a person."""
    found = _credited(nlp, "Ottar Lindqvist: Ferry Subsidy Cut Is a Betrayal of the Islands.")
    assert [(speaker, mention) for speaker, mention, _ in found] == [(None, "Ottar Lindqvist")]


@pytest.mark.parametrize(
    "headline",
    [
        "BREAKING: Ferry Subsidy Cut by a Third in Brevik.",
        "The Latest: Ferry Subsidy Cut by a Third in Brevik.",
        "Wow: Ferry Subsidy Cut by a Third in Brevik.",
        "EXCLUSIVE \u2013 The Latest: Ferry Subsidy Cut by a Third in Brevik.",
    ],
)
def test_a_label_that_names_nobody_credits_nothing(nlp: Language, headline: str) -> None:
    assert _credited(nlp, headline) == []


def test_a_tag_before_a_dash_is_not_part_of_the_name(nlp: Language) -> None:
    found = _credited(nlp, "EXCLUSIVE \u2013 Holtby: Ferry Subsidy Cut Will Hurt the Islands.")
    assert [(speaker, mention) for speaker, mention, _ in found] == [("Maren Holtby", "Holtby")]


def test_breaking_is_no_transcript_speaker(nlp: Language) -> None:
    text = (
        "The council met on Monday.\n\n"
        "BREAKING: The ferry subsidy will be cut by a third, the council confirmed.\n\n"
        "HOLTBY: We cannot afford another winter like the last one."
    )
    quotes = extract_doc(nlp(text)).quotes
    assert not any((q.mention or "").upper() == "BREAKING" for q in quotes)
    assert any(q.mention == "HOLTBY" and q.text.startswith("We cannot afford") for q in quotes)


def test_label_words_are_data() -> None:
    raw = json.loads(resources.files("extract").joinpath("data/not_speech.json").read_text("utf-8"))
    words = raw["label_words"]
    assert words and all(w == w.lower() for w in words)
    assert is_label_word("BREAKING") and is_label_word("The Latest") and is_label_word("UPDATE.")
    assert not is_label_word("WALLACE")
