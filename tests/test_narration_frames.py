"""Narration around a cue is no report (extract/frames.py, data: extract/data/frames.json
"while_families", "thought_families"): "as she spoke" tells when, "as he has demonstrated"
tells what a person did, "knew the skippers" is a thing known, and "X, it turned out,
knew ..." holds the reporter's aside; an answer about the person leaves them out, while
"as X said", "X knew that ..." and "announced a review" still report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import ROOT, extracted_quotes, said_by, speaker_of, stories_db

STORY = (
    "Regatta week in Calderbay\n\n"
    "Odile Varga will keep up her tours of the slipway and her digs at the council, as she "
    "has demonstrated in recent speeches.\n\n"
    "Odile Varga said the ferry timetable would be cut in May.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("narration"), {"regatta": STORY})


def test_what_a_person_has_demonstrated_is_not_what_she_said(db: Path) -> None:
    said, _ = said_by(db, "Odile Varga")
    assert "the ferry timetable would be cut in May" in said
    assert "digs at the council" not in said


@pytest.mark.parametrize(
    "text, narration",
    [
        (
            "As Wendell Parrish spoke to open the regatta on Saturday, Odile Varga became "
            "the first woman to win the rowing cup.",
            "became the first woman",
        ),
        (
            "Odile Varga has known the Parrish family since the regatta of 1998, when she "
            "was elected harbourmaster.",
            "the Parrish family",
        ),
        (
            "Wendell Parrish, it turned out, knew the harbour's skippers better than anyone "
            "on the council.",
            "skippers",
        ),
    ],
)
def test_narration_around_a_cue_is_no_quote(nlp: Language, text: str, narration: str) -> None:
    assert not any(
        narration in q.text or "turned out" in q.text for q in extracted_quotes(nlp, text)
    )


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "As Odile Varga said on Friday, the levy has never been collected from the yachts.",
            "the levy has never been collected",
            "Odile Varga",
        ),
        (
            "Odile Varga knew that the levy had never been collected.",
            "the levy had never been collected",
            "Odile Varga",
        ),
        (
            "Wendell Parrish, it seems, believes that the levy should be scrapped.",
            "the levy should be scrapped",
            "Wendell Parrish",
        ),
        (
            "Wendell Parrish announced a review of the harbour fees.",
            "a review of the harbour fees",
            "Wendell Parrish",
        ),
    ],
)
def test_reports_beside_such_narration_still_count(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(extracted_quotes(nlp, text), words) == speaker


def test_narration_families_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "frames.json").read_text("utf-8"))
    cues = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))
    assert "speak_about" in raw["while_families"]
    assert "perceive" in raw["thought_families"]
    # a believing cue's noun object ("envisions a deeper channel") is what its speaker holds
    assert "believe" not in raw["thought_families"]
    # "announce a review" and "as she pointed out" keep reporting
    assert not {"say", "announce", "refer_to"} & set(
        raw["while_families"] + raw["thought_families"]
    )
    assert set(raw["while_families"] + raw["thought_families"]) <= set(cues["families"])


def test_a_thought_with_no_clause_does_not_cut_what_was_said(nlp: Language) -> None:
    # "would consider a grant" reports nothing of its own: the reported clause runs on
    text = (
        "Pier reprieve\n\nCllr Nadia Ferreira, leader of Saltby Council, said the council "
        "supported the lease and would consider a repair grant if the trust could raise "
        "matching funds.\n"
    )
    (quote,) = [q for q in extracted_quotes(nlp, text) if "supported the lease" in q.text]
    assert "would consider a repair grant" in quote.text
    assert quote.speaker == "Nadia Ferreira"
