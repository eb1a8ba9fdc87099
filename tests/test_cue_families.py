"""The cue lexicon (extract/data/cues.json), one case per family: each family's frames
produce an attribution to the right speaker."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from extract.lexicon import load_lexicon
from extract.pipeline import extract_doc
from tests.conftest import ROOT

FAMILY_CASES = {
    "say": "Anna Berg said the bridge would reopen in August.",
    "assert": "Anna Berg insisted that the bridge would reopen in August.",
    "announce": "Anna Berg announced that the bridge would reopen in August.",
    "warn": "Anna Berg warned that the bridge would stay closed until August.",
    "concede": "Anna Berg admitted that the bridge would stay closed until August.",
    "deny": "Anna Berg denied that the bridge would stay closed until August.",
    "urge": "Anna Berg urged that the bridge reopen before the end of August.",
    "promise": "Anna Berg promised that the bridge would reopen in August.",
    "believe": "Anna Berg believes that the bridge will reopen in August.",
    "characterise": "Anna Berg described the repair plan as \u201ca disgrace to the city.\u201d",
    "intend": "Anna Berg wants to reopen the bridge to buses before the end of August.",
    "evidence": "A study by Anna Berg shows that the bridge could reopen in August.",
    "speak_about": "Anna Berg spoke about reopening the bridge in August.",
    "refer_to": "Anna Berg pointed to the bridge reopening in August.",
    "rail_against": "Anna Berg railed against keeping the bridge closed until August.",
}
PHRASES = {
    "according to": "The bridge will reopen in August, according to Anna Berg.",
    "noun cue": "Anna Berg's claim that the bridge would reopen in August was disputed.",
}


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))
    assert set(raw["families"]) == set(FAMILY_CASES)
    lexicon = load_lexicon()
    assert all(lexicon.is_cue(verb) for f in raw["families"].values() for verb in f["verbs"])


SOURCES = {"evidence": {None}}  # "a study by Anna Berg": the study speaks, unnamed


@pytest.mark.parametrize("family, text", {**FAMILY_CASES, **PHRASES}.items())
def test_family_attributes_to_the_speaker(nlp: Language, family: str, text: str) -> None:
    quotes = extract_doc(nlp(text)).quotes
    assert quotes, f"{family}: nothing extracted"
    assert {q.speaker for q in quotes} == SOURCES.get(family, {"Anna Berg"}), quotes
    assert any("August" in q.text or "disgrace" in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Transport Secretary Gwen Pritchard welcomed the partial reopening.",
        "Cracks found in the steel supports were most likely caused by faulty welding.",
    ],
)
def test_not_reported_speech(nlp: Language, text: str) -> None:
    assert extract_doc(nlp(text)).quotes == []


def test_the_group_is_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "Hamas firmly rejected the proposal on Tuesday.\n"
        "The group said it would not accept a temporary pause in the war."
    )
    quotes = extract_doc(nlp(text)).quotes
    assert [q.speaker for q in quotes] == ["Hamas"]
