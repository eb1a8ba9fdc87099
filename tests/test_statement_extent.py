"""How far one statement reaches, over fictional articles: the reporter's tail after a US-style
comma inside the closing mark, or at a paragraph end, is not what was said; a capitalised
quotation that opens its sentence and hands over to a cue is speech, not a title; a participle
after reported words goes on with their reporter; a short quotation inside a reported clause of
its own is a statement; a quotation paragraph goes on with the statement the paragraph before
ends on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc


def _said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_doc(nlp(text)).quotes]


def test_the_tail_after_a_comma_inside_the_closing_mark_is_the_reporters(
    nlp: Language,
) -> None:
    text = (
        "Councillor Bram Osei said the levy was \u201ca fair deal for the harbour,\u201d "
        "referring to the vote on Tuesday."
    )
    reported = [words for speaker, words in _said(nlp, text) if speaker == "Bram Osei"]
    assert "the levy was \u201ca fair deal for the harbour,\u201d" in reported
    assert not any("Tuesday" in words for words in reported)


def test_a_participle_on_the_last_quoted_noun_is_the_reporters(nlp: Language) -> None:
    text = (
        "Mayor Ilse Vardy talked up her \u201cplan to save the harbour,\u201d promising to "
        "dredge the channel before winter."
    )
    said = _said(nlp, text)
    assert ("Ilse Vardy", "her \u201cplan to save the harbour,\u201d") in said
    assert not any("winter" in words for _, words in said)


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_capitalised_quotation_handing_over_to_its_cue_is_speech(
    nlp: Language, space: str
) -> None:
    text = (
        f"Bram Osei spoke in Tarnby on Monday.{space}\u201cWith an eye to March, Tarnby,"
        "\u201d he said."
    )
    assert ("Bram Osei", "With an eye to March, Tarnby") in _said(nlp, text)


def test_a_participle_after_reported_words_goes_on_with_their_reporter(
    nlp: Language,
) -> None:
    text = (
        "Mayor Ilse Vardy argued that a tram levy would keep traffic out of the old town, "
        "saying it is \u201call about the harbour.\u201d"
    )
    said = _said(nlp, text)
    assert ("Ilse Vardy", "a tram levy would keep traffic out of the old town") in said
    assert ("Ilse Vardy", "it is \u201call about the harbour.\u201d") in said


def test_a_short_quotation_in_a_reported_clause_of_its_own_is_a_statement(
    nlp: Language,
) -> None:
    text = "Bram Osei said the tram plan would fail, adding that it was \u201ca disaster.\u201d"
    assert ("Bram Osei", "it was \u201ca disaster.\u201d") in _said(nlp, text)


def test_a_quotation_paragraph_goes_on_with_the_statement_before_it(nlp: Language) -> None:
    text = (
        "Her neighbours have mocked the tram plan, calling it \u201ca folly,\u201d Marta "
        "Ilves said as she left the hall.\n\n\u201cBut it is our folly, and we love it!\u201d"
    )
    assert ("Marta Ilves", "But it is our folly, and we love it!") in _said(nlp, text)


@pytest.mark.parametrize("after", [" ", "\n\n"])
def test_the_reporters_tail_ends_a_statement_at_a_paragraph_end_too(
    nlp: Language, after: str
) -> None:
    text = (
        "Councillor Bram Osei said the money went to Harbour Holdings, which has not been "
        f"charged.{after}The council meets on Friday."
    )
    assert _said(nlp, text) == [("Bram Osei", "the money went to Harbour Holdings")]


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            "\u201cThis is a great day for Tarnby!\u201d beamed Marta Ilves of the harbour board.",
            "Marta Ilves",
            "This is a great day for Tarnby!",
        ),
        (
            "Mayor Ilse Vardy left the hall on Monday. \u201cThe harbour will always be ours,"
            "\u201d an angry Vardy retaliated.",
            "Ilse Vardy",
            "The harbour will always be ours",
        ),
    ],
)
def test_a_way_of_saying_where_a_quotation_hands_over_is_a_cue(
    nlp: Language, text: str, speaker: str, words: str
) -> None:
    assert (speaker, words) in _said(nlp, text)


def test_a_subject_the_parse_hangs_on_an_aside_cue_is_the_statements(nlp: Language) -> None:
    text = "Loyalty, Councillor Bram Osei noted, has long been the harbour board's creed."
    [(speaker, words)] = _said(nlp, text)
    assert speaker == "Bram Osei"
    assert words.startswith("Loyalty") and words.endswith("creed")


def test_an_aside_cue_reports_a_clause_whose_verb_the_tagger_took_for_a_noun(
    nlp: Language,
) -> None:
    text = (
        "Councillor Bram Osei spoke on Monday. Proposals from the harbour board to raise "
        "the levy, he added, amount to ''just tinkering around the edges.''"
    )
    said = [words for speaker, words in _said(nlp, text) if speaker == "Bram Osei"]
    assert any(words.startswith("Proposals from the harbour board") for words in said)
