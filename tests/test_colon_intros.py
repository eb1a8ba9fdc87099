"""A colon quote after an introduction belongs to the clause the colon ends (fictional
articles): a cue in an earlier clause that closed before it ("When the mayor announced the
cuts, ...", "Asked whether ..., ...", "..., who told reporters ..., ...") reported something
else, so the subject of the colon's own clause speaks (extract/neighbours.py `colon_intro`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import extracted_quotes as quotes
from tests.conftest import said_by, speaker_of, story_db

INTRODUCTIONS = [
    (  # an adverbial clause with a cue of another speaker
        "Cuts announced.\n\n"
        "When the mayor announced the cuts, Nadia Orrell was furious: \u201cThis is a "
        "betrayal of every family in the valley.\u201d",
        "betrayal of every family",
        "Nadia Orrell",
    ),
    (  # a passive participle of asking: the question is not the answer's cue
        "Port plan.\n\n"
        "Harbourmaster Piet Aalders was less worried than his staff.\n\n"
        'Asked whether the port would close, Councillor Ruth Amos was blunt: "Never, '
        'while I sit on this council."',
        "while I sit on this council",
        "Ruth Amos",
    ),
    (  # a relative clause with its own cue inside the subject
        "Board row.\n\n"
        "Grace Obi, who told reporters last week that she would resign, was in no mood to "
        'back down: "I am staying until the job is done."',
        "staying until the job is done",
        "Grace Obi",
    ),
    (  # a clause of another speaker's claim before the colon
        "Transfer row.\n\n"
        "Although the club insisted the deal was done, Marta Lind had doubts: \u201cNothing "
        "is signed until it is signed.\u201d",
        "Nothing is signed",
        "Marta Lind",
    ),
    (  # a cue in the colon's own clause still speaks
        "Ferry vote.\n\n"
        'Asked about the ferry, Owen Pryce told the meeting: "We will run it ourselves."',
        "run it ourselves",
        "Owen Pryce",
    ),
]


@pytest.mark.parametrize("text, words, speaker", INTRODUCTIONS)
def test_the_colon_s_own_clause_names_the_speaker(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes(nlp, text), words) == speaker


def test_what_did_she_say_finds_the_colon_quote_after_another_s_cue(tmp_path: Path) -> None:
    text = (
        "Cuts announced.\n\n"
        "When the mayor, Idris Kane, announced the cuts, Nadia Orrell was furious: \u201cThis "
        "is a betrayal of every family in the valley.\u201d"
    )
    db = story_db(tmp_path, "cuts", text)
    found, speakers = said_by(db, "Orrell")
    assert "betrayal of every family" in found and speakers == {"Nadia Orrell"}
    assert "betrayal" not in said_by(db, "Kane")[0]
