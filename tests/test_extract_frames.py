"""The speech frame around a cue (extract/frames.py, data: extract/data/frames.json): words a
cue governs that only tell where, when or why something was said, or a verb that describes its
subject, are not what the speaker said; an answer about them leaves them out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import ROOT, extracted_quotes, said_by, speaker_of, stories_db

STORY = (
    "Harbour levy row deepens in Calderbay\n\n"
    "Mayor Ines Falkner said, on Tuesday's radio show about the harbour, that the levy "
    "would be halved next spring.\n\n"
    "Torvald Brink, a councillor, declared himself an independent candidate for the ward.\n\n"
    "Torvald Brink personally opposes a fishing ban, but - after a High Court ruling made it "
    "binding nationwide - he urged skippers to respect the decision.\n\n"
    "The ferry crews walked out of the meeting as Torvald Brink replied.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("frames"), {"levy": STORY})


def test_a_setting_after_the_cue_is_not_what_was_said(db: Path) -> None:
    said, _ = said_by(db, "Ines Falkner")
    assert "the levy would be halved next spring" in said
    assert "radio show" not in said  # "said, [on Tuesday's radio show ...], that": where


def test_a_clause_opened_by_a_subordinator_is_not_what_was_urged(db: Path) -> None:
    said, _ = said_by(db, "Torvald Brink")
    assert "skippers to respect the decision" in said
    assert "High Court ruling" not in said


def test_a_verb_with_the_speaker_as_its_object_reports_no_words(db: Path) -> None:
    said, _ = said_by(db, "Torvald Brink")
    assert "independent candidate" not in said


def test_a_cue_in_a_time_clause_does_not_credit_the_clause_it_ends(db: Path) -> None:
    said, _ = said_by(db, "Torvald Brink")
    assert "walked out of the meeting" not in said


@pytest.mark.parametrize(
    "text",
    [
        "He plays his aides off against each other, which allows him to keep his options "
        "open and deny any blame that the harbour delays would bring.",
        "Ms. Falkner helped persuade Torvald Brink to open a new chapter of the festival.",
        # quoted words under such a cue are no partial quote either
        "Ms. Falkner helped persuade Torvald Brink to revive the radio serial ''Harbour "
        "Lights,'' which went off the air a decade ago.",
    ],
)
def test_a_cue_under_a_verb_of_enabling_reports_no_words(nlp: Language, text: str) -> None:
    # what somebody is enabled or helped to do, not what they said
    assert extracted_quotes(nlp, text) == []


def test_frame_word_lists_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "frames.json").read_text("utf-8"))
    assert {"that", "whether"} <= set(raw["complementizers"])
    assert "after" not in raw["complementizers"]
    assert {"himself", "herself", "themselves"} <= set(raw["reflexives"])
    assert {"allow", "let", "help"} <= set(raw["enabling_verbs"])


def test_reported_words_opening_in_a_quotation_end_where_it_closes(nlp: Language) -> None:
    text = (
        'Mayor Ines Falkner said: "I have admitted that closing the ferry office was a '
        'mistake," but in fact the office had already reopened in March.\n'
    )
    found = extracted_quotes(nlp, text)
    assert speaker_of(found, "closing the ferry office was a mistake") == "Ines Falkner"
    assert not any("reopened" in q.text for q in found)  # the reporter's correction


def _speakers(nlp: Language, text: str) -> set[str | None]:
    return {q.speaker for q in extracted_quotes(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The ward councillor, Maren Tollick, has written to the harbour board asking it to "
        "delay the sale of the boatyard.",
        "Maren Tollick wrote to the trust last week asking it to review the ferry timetable.",
    ],
)
def test_a_request_a_letter_made_is_not_the_writers_words(nlp: Language, text: str) -> None:
    # the object of "asking" is the asked party; the letter's request is nobody's quote
    assert "Maren Tollick" not in _speakers(nlp, text)


def test_a_request_made_in_person_is_still_reported(nlp: Language) -> None:
    text = "Maren Tollick asked the harbour board to delay the sale of the boatyard until May."
    assert "Maren Tollick" in _speakers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'A notice board by the slipway, which reads "Calderbay Ferries: Back In Spring", '
        "has faded in the sun.",
        'A placard fixed to the railings says "Save our slipway" in red paint.',
        'The label on each crate reads "Handle with care, keep dry and upright".',
    ],
)
def test_words_written_on_a_thing_are_no_speech(nlp: Language, text: str) -> None:
    assert extracted_quotes(nlp, text) == []


def test_a_person_reading_out_words_still_speaks(nlp: Language) -> None:
    text = 'Maren Tollick said: "We will keep the slipway open for as long as we can."'
    assert speaker_of(extracted_quotes(nlp, text), "keep the slipway open") == "Maren Tollick"


def test_a_plea_in_court_is_no_statement(nlp: Language) -> None:
    text = (
        "Dorian Quell, 41, admitted stealing three outboard motors from the marina when he "
        "appeared at Calderbay Magistrates' Court."
    )
    assert "Dorian Quell" not in _speakers(nlp, text)


def test_an_admission_outside_court_still_reports(nlp: Language) -> None:
    text = "Dorian Quell admitted that the marina had been badly managed for a decade."
    assert "Dorian Quell" in _speakers(nlp, text)


def test_speech_frame_families_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "frames.json").read_text("utf-8"))
    assert {"write", "email"} <= set(raw["writing_verbs"])
    assert {"ask", "request"} <= set(raw["written_request_verbs"])
    assert {"sign", "placard", "banner", "label"} <= set(raw["text_bearers"])
    assert "board" in raw["read_only_bearers"] and "board" not in raw["text_bearers"]
    assert {"admit", "deny"} <= set(raw["plea_verbs"])
    assert "court" in raw["court_nouns"]
