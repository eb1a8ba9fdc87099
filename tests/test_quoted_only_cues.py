"""Cues that report only beside quotation marks (extract/data/cues.json "quoted_only_cues"),
and reporting verbs beside quoted fragments that answers show (cue families, phrasal cues)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ask.speech import cue_family, row_is_said
from extract.lexicon import load_lexicon
from extract.pipeline import extract_doc

NARRATION = [
    "The lower fares reflect that the operator has lost half of its passengers since May.",
    "The sonar survey proved that the channel was too shallow for the new ferries.",
    "Islanders appealed to the council to restore the winter sailings to Halvard Sound.",
]


@pytest.mark.parametrize("text", NARRATION)
def test_a_quoted_only_cue_without_quotation_marks_is_narration(nlp: Language, text: str) -> None:
    assert extract_doc(nlp(text)).quotes == []


def test_a_quoted_only_cue_still_reports_quoted_words(nlp: Language) -> None:
    text = (
        'Harbourmaster Ines Marr reflected: "We built this harbour for ferries that no longer '
        'come." She maintained that the channel was "deep enough for every ferry we run."'
    )
    quotes = extract_doc(nlp(text)).quotes
    said = {(q.speaker, q.text) for q in quotes if q.kind != "indirect"}
    assert said == {
        ("Ines Marr", "We built this harbour for ferries that no longer come."),
        ("Ines Marr", "deep enough for every ferry we run"),
    }


def test_quoted_only_cues_are_cues() -> None:
    """Every lemma in the list is a cue verb or a reporting noun (no stale words)."""
    lexicon = load_lexicon()
    assert lexicon.quoted_only
    for lemma in lexicon.quoted_only:
        assert lexicon.is_cue(lemma) or lemma in lexicon.nouns | lexicon.object_nouns, lemma


FRAGMENTS = {
    "assert": 'Ines Marr charged that the ferry operator had "buried" the inspection reports.',
    "urge": 'Ines Marr intimated that the operator\'s "sudden generosity" had a price.',
    "believe": 'Ines Marr pondered whether the island could "survive another winter alone."',
    "characterise": 'Ines Marr heralded the new timetable as "a lifeline for the islands."',
    "say": 'Ines Marr passed along a warning that the pier was "unsafe for heavy trucks."',
}


@pytest.mark.parametrize("family, text", FRAGMENTS.items())
def test_a_quoted_fragment_beside_a_reporting_verb_is_said(
    nlp: Language, family: str, text: str
) -> None:
    """Answers show a quoted fragment only when its verb reports speech: these verbs do."""
    partial = [q for q in extract_doc(nlp(text)).quotes if q.kind == "partial"]
    assert [q.speaker for q in partial] == ["Ines Marr"], partial
    assert cue_family(partial[0].cue) == family
    assert row_is_said(partial[0].kind, partial[0].shape, partial[0].cue)
