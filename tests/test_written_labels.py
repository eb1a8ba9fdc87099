"""Words written on a thing are its label, not anybody's speech (extract/labels.py; fictional
sentences): a memo's heading, a box's marking, a photograph's caption, a plaque's inscription
stay out of what its author or the person who showed it said, whatever their case."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.not_speech import load_not_speech
from tests.conftest import extracted_quotes as quotes
from tests.conftest import said_by, story_db

LABELS = [
    # (text, the label's words: never a quotation of anybody's)
    (
        'The letter Ruth Amos wrote to the bank, stamped "received 4 May", was read to the court.',
        "received 4 May",
    ),
    ('Megan Rhys sent staff an email headed "staff cuts - confidential" on Friday.', "staff cuts"),
    (
        'Owen Pryce showed the court a photograph captioned "the morning after the flood".',
        "the morning after the flood",
    ),
    (
        'Ian Moss said the plaque, inscribed "for those who built the bridge", would be moved.',
        "for those who built the bridge",
    ),
    (
        "A report Colin Reed wrote in March, headed \u201cCash flow - DO NOT CIRCULATE\u201d, "
        "was shown to the board.",
        "DO NOT CIRCULATE",
    ),
]


@pytest.mark.parametrize("text, label", LABELS)
def test_a_label_is_nobody_s_quotation(nlp: Language, text: str, label: str) -> None:
    quoted = [q for q in quotes(nlp, text) if q.kind != "indirect" and label in q.text]
    assert not quoted, quoted


def test_a_verdict_with_a_subject_stays_speech(nlp: Language) -> None:
    text = 'Inspector Joan Pike said she had marked the bridge "unsafe for lorries" in June.'
    assert any("unsafe for lorries" in q.text for q in quotes(nlp, text))


def test_what_did_she_say_leaves_out_her_memo_s_heading(tmp_path: Path) -> None:
    text = (
        "Finance chief gives evidence.\n\n"
        "Nadia Orrell, the firm's finance chief, said she had warned the board twice.\n\n"
        "A memo Ms Orrell wrote at the time, headed \u201cPayroll money - DO NOT MOVE\u201d, "
        "was shown to the jury.\n\n"
        "\u201cI raised it with everyone who would listen,\u201d she said."
    )
    found, _ = said_by(story_db(tmp_path, "memo", text), "Orrell")
    assert "raised it with everyone" in found
    assert "DO NOT MOVE" not in found


def test_label_participles_are_data() -> None:
    words = load_not_speech().label_participles
    assert {"headed", "marked", "labelled", "stamped", "captioned", "inscribed"} <= words
    assert all(word == word.lower() and " " not in word for word in words)
