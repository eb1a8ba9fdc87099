"""The cue lexicon (extract/data/cues.json), one case per family: each family's frames
produce an attribution to the right speaker."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from ask.speech import cue_reports_words
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
    "perceive": "Anna Berg knows that the bridge will reopen in August.",
    "characterise": "Anna Berg described the repair plan as \u201ca disgrace to the city.\u201d",
    "intend": "Anna Berg wants to reopen the bridge to buses before the end of August.",
    "evidence": "A study by Anna Berg shows that the bridge could reopen in August.",
    "present": "Anna Berg highlighted that the bridge would reopen in August.",
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
        "Cracks found in the steel supports were most likely caused by faulty welding.",
        "The footbridge is open to cyclists again.",
        "It is clear that the footbridge needs new supports.",
        # a perceiving verb's infinitive is a skill or a lesson, not words said (the
        # family reports a clause, "knows that ...", or an -ing complement, "considered
        # taking ...")
        "Olympic rower Anna Berg, who learned to row on the river in the 1990s, is a member.",
        "Anna Berg knew to keep away from the footbridge.",
    ],
)
def test_not_reported_speech(nlp: Language, text: str) -> None:
    assert extract_doc(nlp(text)).quotes == []


def test_a_short_object_is_a_report_but_not_a_statement(nlp: Language) -> None:
    """ "endorsed Halloran", "attacked him": a cue whose family reports only an object is a
    report however short its object when the object names whom it is about (PolNeAR counts
    these), but answers do not show it as something its speaker said (ask/speech.py: no
    clause, no quoted words); "welcomed the partial reopening" stays an act."""
    quotes = extract_doc(
        nlp(
            "Transport Secretary Gwen Pritchard welcomed the partial reopening.\n\n"
            "The ferry workers' union endorsed Halloran. Councillor Ines Marr attacked him."
        )
    ).quotes
    assert [(q.speaker or q.mention, q.text) for q in quotes] == [
        ("ferry workers' union", "Halloran"),  # a members' body, named without 'The'
        ("Ines Marr", "him"),
    ]
    assert not any(cue_reports_words(q.cue) for q in quotes)
    said = extract_doc(nlp("Gwen Pritchard said no.")).quotes
    assert said == []  # a clause cue still needs a clause's words


def test_a_cue_the_lemmatiser_misreads_is_still_a_cue(nlp: Language) -> None:
    """The model lemmatises "hoped" as "hop": the cue is found by its dictionary lemma."""
    quotes = extract_doc(nlp("Ines Marr hoped that the ferry would run all winter.")).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ines Marr", "the ferry would run all winter")
    ]


STANCES = {
    "critical of": (
        "Councillor Ines Marr was critical of the ferry timetable.",
        "the ferry timetable",
    ),
    "skeptical about": (
        "Ines Marr remains skeptical about the new ferry timetable.",
        "the new ferry timetable",
    ),
    "confident": (
        "Ines Marr is confident that the ferry will run all winter.",
        "the ferry will run all winter",
    ),
    "made clear": (
        "Ines Marr made it clear that she would not back the timetable.",
        "she would not back the timetable",
    ),
}


@pytest.mark.parametrize("cue, case", STANCES.items())
def test_stance_adjectives_report_their_holder(
    nlp: Language, cue: str, case: tuple[str, str]
) -> None:
    """Stance adjectives (cues.json "stance_adjectives"): the holder of the stance said what the
    adjective governs."""
    text, words = case
    quotes = extract_doc(nlp(text)).quotes
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [("Ines Marr", cue, words)]


def test_stance_adjectives_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))
    lexicon = load_lexicon()
    assert lexicon.stances == set(raw["stance_adjectives"]["adjectives"])
    assert {"critical", "worried", "skeptical", "confident", "clear"} <= lexicon.stances


def test_the_group_is_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "Hamas firmly rejected the proposal on Tuesday.\n"
        "The group said it would not accept a temporary pause in the war."
    )
    quotes = extract_doc(nlp(text)).quotes
    assert [q.speaker for q in quotes] == ["Hamas"]


@pytest.mark.parametrize(
    "text, words",
    [
        # a reporting noun as the cue's object (cues.json "object_nouns"): its preposition's
        # object is what was said
        (
            "Councillor Ines Marr expressed concern about the ferry timetable.",
            "the ferry timetable",
        ),
        # ... and the object of a reporting noun's preposition, however short
        ("The pilots' union stepped up its criticism of Halvard Ness.", "Halvard Ness"),
        # a relative clause after a comma is the reporter's aside, not the speaker's words
        (
            "Tomas Quill said the levy would pay for the new pier, which opened in 1998.",
            "the levy would pay for the new pier",
        ),
    ],
)
def test_reported_words_without_the_frame_or_the_aside(
    nlp: Language, text: str, words: str
) -> None:
    quotes = extract_doc(nlp(text)).quotes
    assert [q.text for q in quotes] == [words]


def test_a_perceiving_verbs_gerund_is_what_was_weighed(nlp: Language) -> None:
    """ "Anna Berg considered closing the bridge": the -ing complement of a perceiving verb
    is reported (cues.json frame "gerund"); its infinitive ("learned to row") is not."""
    quotes = extract_doc(
        nlp("Anna Berg said the council should consider closing the bridge to lorries.")
    ).quotes
    assert any("closing the bridge" in q.text for q in quotes)
    considered = extract_doc(nlp("Anna Berg considered closing the bridge to lorries.")).quotes
    assert [(q.speaker, q.text) for q in considered] == [
        ("Anna Berg", "closing the bridge to lorries")
    ]
