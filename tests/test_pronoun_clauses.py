"""A "he" or "she" after a participial clause of its own verb ("Asked by X whether ..., she
said") is not the X that clause names: the one who asked is someone else, so the words are
the answering person's (fictional articles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import ask_json, said_in, speaker_of, story_db
from tests.conftest import extracted_quotes as quotes

HEARING = (
    "Harbour wall repairs delayed again.\n\n"
    "Councillors questioned the port authority on Tuesday about the delayed repairs to the "
    "Kellan harbour wall.\n\n"
    "Councillor Ruth Ellery, who chairs the harbour committee, said the wall had been "
    "leaking for two winters.\n\n"
    "Dr Helga Brandt, the authority's chief engineer, defended the delay. \"We found the "
    'old foundations were far weaker than the survey said," Dr Brandt said.\n\n'
    '{clause}, she said: "We will start in March if the contractor can get the steel."'
)


@pytest.mark.parametrize(
    "clause",
    [
        "Asked by Ellery whether the work would finish this year",
        "Pressed by Councillor Ellery on the cost",
        "Responding to Ellery",
    ],
)
def test_the_one_who_asked_is_not_the_one_who_answers(nlp: Language, clause: str) -> None:
    text = HEARING.format(clause=clause)
    assert speaker_of(quotes(nlp, text), "start in March") == "Helga Brandt"


def test_a_clause_with_its_own_subject_keeps_its_name(nlp: Language) -> None:
    text = HEARING.format(clause="After Ellery had read out the figures for the third time")
    assert speaker_of(quotes(nlp, text), "start in March") == "Ruth Ellery"


def test_the_answer_is_found_under_the_one_who_gave_it(tmp_path: Path) -> None:
    text = HEARING.format(clause="Asked by Ellery whether the work would finish this year")
    db = story_db(tmp_path, "harbour", text)
    brandt = " ".join(words for _, words in said_in(ask_json(db, "what did Brandt say?")))
    ellery = " ".join(words for _, words in said_in(ask_json(db, "what did Ellery say?")))
    assert "start in March" in brandt
    assert "start in March" not in ellery
