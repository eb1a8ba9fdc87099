"""A statement that opens its own sentence is not recalled by the sentence before it
(ask/recalled.py): "... said the board had asked in 2023 to wait. \u201cWe will not be the
scapegoat,\u201d she said." was said on the article's day, so a window of that day holds it."""

from __future__ import annotations

from pathlib import Path

from ask.recalled import said_year
from tests.conftest import ask_json, normalise, story_db

PUBLISHED = "2026-03-10T09:00:00+00:00"


def test_a_statement_after_a_sentence_end_is_not_recalled() -> None:
    before = "Mirela Dunn said the board had asked the firm in 2023 to wait.\n\n\u201c"
    assert said_year(before, ",\u201d Dunn said. Next.", PUBLISHED) is None
    assert said_year("Last year. In 2019, she had told parents that ", "", PUBLISHED) == 2019


def test_a_day_window_holds_the_words_after_a_recalled_report(tmp_path: Path) -> None:
    text = (
        "Tenby Ferries sacks its caterer\n\n"
        "TENBY, 9 March 2026 \u2013 The ferry company has ended its catering contract.\n\n"
        "Mirela Dunn, the caterer's owner, said the company had asked her in 2023 to cut "
        "staff to save money.\n\n"
        "\u201cWe will not be the scapegoat for their savings,\u201d Dunn said."
    )
    db = story_db(tmp_path, "ferry", text)
    answer = ask_json(db, "what did Dunn say on 9 March 2026?", "--limit", "0")
    said = [(q["speaker"], normalise(q["text"])) for q in answer["quotes"]]
    assert answer["period"] is not None
    assert ("Mirela Dunn", "We will not be the scapegoat for their savings") in said
