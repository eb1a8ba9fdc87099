"""Where reported words end and begin, over fictional articles: "calling for X to act" reports
what X should do; after an object, the reporter's tail (a description, a relative clause, a
subordinate clause: cues.json "tail_marks") is not what was said; a reported clause runs on
through its own subordinate clause."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from extract.lexicon import load_lexicon
from extract.pipeline import extract_doc
from tests.conftest import ROOT


def _said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_doc(nlp(text)).quotes]


def test_calling_for_someone_to_act_is_what_was_said(nlp: Language) -> None:
    text = (
        "Harbour master Ilse Vardy is calling for the port authority to dredge the channel "
        "before winter."
    )
    assert _said(nlp, text) == [
        ("Ilse Vardy", "the port authority to dredge the channel before winter")
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        # a description of what was named
        (
            "Councillor Bram Osei has railed against the Kestrel Link, the tram line the "
            "city approved last spring.",
            "the Kestrel Link",
        ),
        # a relative clause opened by a preposition and its relative word
        (
            "Bram Osei criticised the harbour board, with whom he clashed over the dredging "
            "contract last year.",
            "the harbour board",
        ),
        # a subordinate clause of the reporter's (cues.json "tail_marks")
        (
            "Bram Osei refused to back the tram levy, though it cost him his seat on the "
            "harbour board.",
            "to back the tram levy",
        ),
    ],
)
def test_an_objects_words_end_before_the_reporters_tail(
    nlp: Language, text: str, words: str
) -> None:
    assert _said(nlp, text) == [("Bram Osei", words)]


def test_a_reported_clause_keeps_its_own_subordinate_clause(nlp: Language) -> None:
    text = "Bram Osei said the levy was fair, while the harbour board called it a tax on sailors."
    assert _said(nlp, text) == [
        ("Bram Osei", "the levy was fair, while the harbour board called it a tax on sailors")
    ]


def test_tail_marks_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))
    marks = raw["tail_marks"]["marks"]
    assert "though" in marks and all(m == m.lower() and " " not in m for m in marks)
    assert load_lexicon().tail_marks == frozenset(marks)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Anna Berg persuaded the council to reopen the bridge in August.", "reopen the bridge"),
        ("Anna Berg apologized for keeping the bridge closed until August.", "keeping the bridge"),
        (
            "Anna Berg shared her fear that the bridge would stay closed until August.",
            "the bridge would stay closed",
        ),
        ("Anna Berg prefers to reopen the bridge in August.", "to reopen the bridge"),
        (
            "Anna Berg cast the bridge closure as a scandal that would last until August.",
            "the bridge closure as a scandal",
        ),
    ],
)
def test_cues_added_to_families_report_their_speaker(nlp: Language, text: str, words: str) -> None:
    """persuade (urge), apologize (speak_about), share (announce), prefer (intend), cast
    (characterise): verbs added to their families on PolNeAR train."""
    said = _said(nlp, text)
    assert said and all(speaker == "Anna Berg" for speaker, _ in said)
    assert any(words in content for _, content in said)


def test_a_light_verbs_reporting_noun_reports_its_prepositions_object(nlp: Language) -> None:
    """ "took swipes at X": the parse hangs "at" on "took"; X is still what was said about."""
    assert _said(nlp, "Mayor Dana Roe took swipes at the harbour board on Tuesday.") == [
        ("Dana Roe", "the harbour board")
    ]
