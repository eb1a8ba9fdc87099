"""An organisation asked for by the short name its people's affiliation gives ("what has
Harwick said?", with "Harwick Dairies' managing director, Colm Teague" quoted) answers with
its named people and with its unnamed spokespeople ("a Harwick spokeswoman said").
(Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, stories_db


def test_a_short_name_brings_the_firms_unnamed_voices_too(tmp_path: Path) -> None:
    db = stories_db(
        tmp_path,
        {
            "dairy": "Harwick Dairies in talks over Selby creamery\n\n"
            "SELBY, 3 December 2026 - Harwick Dairies is in talks with a rival that wants to "
            "keep its Selby creamery open, a week after its closure was announced.\n\n"
            '"We have received a serious approach and we are looking at it in good faith," '
            "a Harwick spokeswoman said on Thursday.\n\n"
            "Harwick Dairies' managing director, Colm Teague, told staff that the closure "
            'date still stood. "I will not raise anyone\'s hopes," he said.\n',
        },
    )
    answer = ask_json(db, "what has Harwick said?", "--limit", "0")
    words = " | ".join(q["text"] for q in answer["quotes"])
    assert "looking at it in good faith" in words, answer
    assert "raise anyone's hopes" in words.replace("\u2019", "'"), answer
