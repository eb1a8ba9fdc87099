"""A stance stated, then the words that show it (extract/stance_intros.py; fictional
articles): "Roe was more sceptical. "..."" gives the quotation to Roe when no cue reports it."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import extracted_quotes as quotes
from tests.conftest import said_by, speaker_of, story_db

STANCES = [
    (
        "Port plan.\n\n"
        'Harbourmaster Piet Aalders was less worried. "The port will cope, as it always has."',
        "The port will cope",
        "Piet Aalders",
    ),
    (
        "Ferry fares.\n\n"
        "Grace Obi, who chairs the ferry users' group, was unimpressed. \u201cWe have heard all "
        "this before.\u201d",
        "heard all this before",
        "Grace Obi",
    ),
    (
        "Pool funding.\n\n"
        'Councillor Ruth Amos seemed confident. "We will have the money by March."',
        "money by March",
        "Ruth Amos",
    ),
    (
        "Results day.\n\n"
        "Nadia Orrell, the chief executive, spoke after the shareholders' vote. She remained "
        'upbeat. "The figures will turn before the summer."',
        "figures will turn",
        "Nadia Orrell",
    ),
    (
        'Vote row.\n\nThe Greens\' Idris Kane was defiant. "I would vote the same way tomorrow."',
        "vote the same way tomorrow",
        "Idris Kane",
    ),
]


@pytest.mark.parametrize("text, words, speaker", STANCES)
def test_the_quotation_after_a_stance_is_its_holder_s(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes(nlp, text), words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Storm clean-up.\n\nTom Reyes was tired. "It rained for a week."',  # no stance
        'Storm clean-up.\n\nThe weather was bad. "It rained for a week."',  # no speaker
    ],
)
def test_no_stance_no_speaker(nlp: Language, text: str) -> None:
    assert not any(q.speaker and "rained for a week" in q.text for q in quotes(nlp, text))


def test_what_did_he_say_finds_the_words_after_his_stance(tmp_path: Path) -> None:
    text = (
        "Ambulance pledge.\n\n"
        "The trust promised a 45-minute limit on handovers.\n\n"
        'Paramedic Colin Hale was more sceptical. "We have heard this every winter."'
    )
    found, speakers = said_by(story_db(tmp_path, "pledge", text), "Hale")
    assert "heard this every winter" in found and speakers == {"Colin Hale"}
