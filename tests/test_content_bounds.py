"""Where reported words end, over fictional stories (a river crossing, a bakery levy): the
medium a nested report was given in ("in a report titled '...'") is where the words were
said, not what; a dash after the speaker's quoted words that closes no aside opens the
reporter's gloss, which is nobody's statement."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import said_by, story_db


def test_the_medium_of_a_nested_report_is_not_what_was_said(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "crossing",
        "Ferry crossing under review\n\n"
        "Tomasz Weller, of the residents' group Brackwater Watch, said the group had "
        'complained about the crossing in a report titled "Slow Water Road" last spring.\n\n'
        '"Nobody listened to us," Weller said.\n',
    )
    words, speakers = said_by(db, "Tomasz Weller")
    assert speakers == {"Tomasz Weller"}, words
    assert "the group had complained about the crossing" in words, words
    assert "Slow Water Road" not in words, words
    assert "Nobody listened to us" in words, words


def test_a_gloss_after_a_dash_is_not_the_speakers(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "levy",
        "Bakers and the flour levy\n\n"
        'Councillor Ada Fenwright said the flour levy "will close small bakeries" - '
        "although only two bakeries have closed since it began.\n",
    )
    words, _ = said_by(db, "Ada Fenwright")
    assert "will close small bakeries" in words, words
    assert "only two bakeries have closed" not in words, words
