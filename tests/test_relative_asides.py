"""A speaker introduced with a relative clause before the cue ("Ann Roe, whose firm makes
lamps, said ..."): the small model often parses the relative clause as the cue's
complement with the name its subject (extract/misparses.py `relative_aside_name`). The
name still speaks, even when the parse hung the name's words on a describing noun before
it ("Breeder Ifor Llewellyn-Banks, whose ..."), and what was said is the clause after the
cue, never the relative clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import extracted_quotes


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        (
            "Ann Roe, whose firm, Lumen, makes lamps, said the plant would close.",
            "Ann Roe",
            "the plant would close",
        ),
        (
            "The show was cancelled.\nBreeder Ifor Llewellyn-Banks, whose Soay ewes won the "
            "supreme title last year, said the decision was sensible but hard.",
            "Ifor Llewellyn-Banks",
            "the decision was sensible but hard",
        ),
    ],
)
def test_the_name_before_a_relative_aside_speaks_the_words_after_the_cue(
    nlp: Language, text: str, speaker: str, said: str
) -> None:
    found = extracted_quotes(nlp, text)
    assert [(q.speaker, q.text) for q in found] == [(speaker, said)]


def test_an_inverted_report_keeps_its_clause_with_an_aside(nlp: Language) -> None:
    """The cue has a subject of its own after it: the clause before it, aside and all, is
    what the attorneys said."""
    text = (
        "Scott's relatives, who asked the police to show them the video, watched it on "
        "Thursday, attorneys for the family said."
    )
    found = extracted_quotes(nlp, text)
    said = [q for q in found if q.cue == "said"]
    assert [q.mention for q in said] == ["attorneys"]
    assert "watched it on Thursday" in said[0].text
