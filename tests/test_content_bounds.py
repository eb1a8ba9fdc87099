"""Where reported words end, over fictional stories (a river crossing, a bakery levy): the
medium a nested report was given in ("in a report titled '...'") is where the words were
said, not what; a dash after the speaker's quoted words that closes no aside opens the
reporter's gloss, which is nobody's statement; a title-case name given by a participle ("the
scheme, called "..."") is not quoted speech, even inside reported words."""

from __future__ import annotations

from pathlib import Path

from extract.not_speech import load_not_speech
from tests.conftest import ask_json, said_by, story_db


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


def test_a_name_given_by_a_participle_is_not_quoted_speech(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "lantern",
        "Lantern scheme costs\n\n"
        'Councillor Rhys Oduya said the scheme, called "Project Lantern", would cost '
        "the town £3m over five years.\n\n"
        'Oduya said the pilot, which he had described as "a waste of everyone\'s time", '
        "should end.\n",
    )
    answer = ask_json(db, "what did Rhys Oduya say?", "--limit", "0")
    named = [q for q in answer["quotes"] if "Project Lantern" in q["text"]]
    assert named, answer["quotes"]
    # the reported words are shown as reported speech, the scheme's name not as his words
    assert all(q["kind"] == "indirect" and not q["quoted"] for q in named), named
    assert not any(q["text"].strip('"') == "Project Lantern" for q in answer["quotes"])
    # quoted words of his own inside reported speech still count as quoted
    waste = [q for q in answer["quotes"] if "a waste of everyone" in q["text"]]
    assert waste and any(q["kind"] != "indirect" or q["quoted"] for q in waste), waste


def test_naming_participles_are_data() -> None:
    names = load_not_speech().naming_participles
    assert {"called", "titled", "dubbed", "headed", "marked"} <= names
    assert all(word == word.lower() and " " not in word for word in names)
