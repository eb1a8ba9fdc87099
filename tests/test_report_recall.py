"""Reports PolNeAR marks that the extraction used to miss: embedded questions after clause
cues ("explained how ...", "asked whether ..."), reports naming no source (passives such as
"is expected to ...", "Asked whether ..., X said", raising verbs such as "seemed to ..."),
and reporting verbs added to the cue data (extract/data/cues.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from ask.speech import cue_reports_words
from extract.lexicon import load_lexicon
from extract.pipeline import extract_doc
from tests.conftest import ROOT, ask_json, ingested


def _said(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.cue, q.text) for q in extract_doc(nlp(text)).quotes]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Harbourmaster Maria Vartan explained how the silt had closed the channel.",
            "how the silt had closed the channel",
        ),
        (
            "Maria Vartan asked whether the dredger would arrive before the spring tides.",
            "whether the dredger would arrive before the spring tides",
        ),
        (
            "Maria Vartan explained why the port authority had waited so long.",
            "why the port authority had waited so long",
        ),
    ],
)
def test_an_embedded_question_after_a_clause_cue_is_reported(
    nlp: Language, text: str, words: str
) -> None:
    assert [(s, w) for s, _, w in _said(nlp, text)] == [("Maria Vartan", words)]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Vartan wants what the fishermen want.",  # an intention's object
        "Some pilots questioned why the port authority had waited so long.",  # a doubt
    ],
)
def test_a_wh_clause_after_other_families_is_not_reported(nlp: Language, text: str) -> None:
    assert _said(nlp, text) == []


def test_embedded_question_families_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))
    families = set(raw["embedded_question_families"]["families"])
    assert load_lexicon().asking == families and families <= set(raw["families"])


def test_a_passive_expectation_is_a_report_without_a_source(nlp: Language) -> None:
    said = _said(nlp, "The Kelmoor dredging contract is expected to go to a Danish firm.")
    assert said == [
        (None, "expected", "The Kelmoor dredging contract is expected to go to a Danish firm")
    ]


def test_an_instruction_in_the_passive_is_not(nlp: Language) -> None:
    """ "was told to leave": an instruction to the subject, not a report of what it says."""
    assert _said(nlp, "The skipper was ordered to leave the harbour by noon.") == []


def test_the_reporters_question_has_no_source_and_the_answer_keeps_its_speaker(
    nlp: Language,
) -> None:
    said = _said(
        nlp,
        "Asked whether the channel would reopen in March, Maria Vartan said it was too "
        'early to tell. "We are waiting on the survey," she said.',
    )
    assert said[0] == (None, "Asked", "whether the channel would reopen in March")
    assert ("Maria Vartan", "said", "it was too early to tell") in said
    assert ("Maria Vartan", "said", "We are waiting on the survey") in said


def test_asked_by_someone_credits_who_asked(nlp: Language) -> None:
    said = _said(
        nlp, "Asked by councillor Omar Feld to publish the survey, the port authority refused."
    )
    assert ("Omar Feld", "Asked", "to publish the survey") in said


@pytest.mark.parametrize(
    "text, words",
    [
        ("The dredging plan seemed to falter after the vote.", "The dredging plan"),
        ("It appears that the harbour levy will pass.", "the harbour levy will pass"),
    ],
)
def test_a_raising_verb_reports_a_judgement_nobody_is_named_as_making(
    nlp: Language, text: str, words: str
) -> None:
    said = _said(nlp, text)
    assert len(said) == 1 and said[0][0] is None and said[0][2].startswith(words)


def test_a_raising_verb_without_a_complement_reports_nothing(nlp: Language) -> None:
    assert _said(nlp, "Maria Vartan appeared on local radio on Monday.") == []


def test_impersonal_verbs_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "cues.json").read_text("utf-8"))
    assert load_lexicon().impersonal == set(raw["impersonal_verbs"]["verbs"]) >= {"seem"}


ADDED = {
    "defend": "Maria Vartan defended the new mooring fees at the harbour meeting.",
    "discuss": "Maria Vartan discussed the silting of the outer channel with the pilots.",
    "echo": "Maria Vartan echoed the pilots' warnings about the outer channel.",
    "reaffirm": "Maria Vartan reaffirmed that the channel would be dredged in March.",
    "envision": "Maria Vartan envisions a deeper channel for the container ships.",
}


@pytest.mark.parametrize("verb, text", ADDED.items())
def test_added_reporting_verbs_report_their_subject(nlp: Language, verb: str, text: str) -> None:
    """Verbs PolNeAR train marks as cues at high precision (cues.json families)."""
    assert load_lexicon().is_cue(verb)
    said = _said(nlp, text)
    assert [s for s, _, _ in said] == ["Maria Vartan"], said


def test_an_act_verbs_noun_object_is_not_a_statement(nlp: Language) -> None:
    """ "defended the fees": a report PolNeAR counts, but answers do not show it as something
    said without quoted words (ask/speech.py: the family takes no clause)."""
    quote = extract_doc(nlp(ADDED["defend"])).quotes[0]
    assert not cue_reports_words(quote.cue)


def test_reports_naming_no_source_stay_out_of_answers(tmp_path: Path) -> None:
    # Stored for what the article reports, but nobody's statement: "who said what about the
    # bridge" shows only what Dana Whitcombe said.
    db = ingested(tmp_path / "news.db", ROOT / "tests" / "data" / "report_recall")
    answer = ask_json(db, "who said what about the bridge?")
    texts = " ".join(q["text"] for q in answer["quotes"])
    assert "doing everything we can" in texts and "fallen by a third" in texts
    assert {q["speaker"] for q in answer["quotes"]} == {"Dana Whitcombe"}
    assert "expected to last" not in texts and "unsafe for lorries" not in texts
