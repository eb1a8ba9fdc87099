"""A radio transcript laid out with ordinary-case labels ("Ashby: ...", a fictional mayor and
presenter): each of the guest's turns is his, even where the entity model reads his bare
surname before a colon as a firm, and a turn runs on over a paragraph without a label until
the next label; the presenter's turns, a reporter's questions at a press conference
("Reporter: ...") and the story's closing narration are nobody's."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, said_by, story_db

STORY = (
    "Mayor grilled on radio\n\n"
    "The mayor, Ken Ashby, spoke to Harbour Radio's Lisa Moyo on Wednesday. This is an "
    "edited transcript.\n\n"
    "Moyo: Mayor, why close the pool?\n\n"
    "Ashby: We simply cannot afford it. The roof alone would cost two million pounds.\n\n"
    "Moyo: Campaigners say you never looked at other options.\n\n"
    "Ashby: That is not true. We looked at every option.\n\n"
    "We commissioned three reports.\n\n"
    "Moyo: Will you meet them?\n\n"
    "Ashby: Yes, next week.\n\n"
    "The council meets on Thursday to decide.\n"
)


def test_each_turn_of_a_transcript_is_its_speakers(tmp_path: Path) -> None:
    db = story_db(tmp_path, "radio", STORY)
    words, speakers = said_by(db, "Ken Ashby")
    assert speakers == {"Ken Ashby"}, words
    for turn in ("We simply cannot afford it", "We looked at every option", "Yes, next week"):
        assert turn in words, words
    # the turn carries on over the unlabelled paragraph up to the next label, no further
    assert "We commissioned three reports" in words, words
    assert "The council meets on Thursday" not in words, words
    assert "why close the pool" not in words, words


def test_a_reporters_questions_at_a_press_conference_are_nobodys(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "phones",
        "Head teacher defends phone ban\n\n"
        "Mrs Orla Kent, head of Fenwick Academy, answered questions after the meeting.\n\n"
        "Reporter: Parents say the ban is too strict.\n\n"
        "Kent: I understand that. But the results speak for themselves.\n\n"
        "Reporter: Will you review it?\n\n"
        "Kent: In a year, yes.\n",
    )
    words, speakers = said_by(db, "Orla Kent")
    assert speakers == {"Orla Kent"}, words
    assert "the results speak for themselves" in words and "In a year" in words, words
    assert "too strict" not in words and "review it" not in words, words
    answer = ask_json(db, "what did the reporter say?", "--limit", "0")
    assert not any("too strict" in q["text"] for q in answer["quotes"]), answer["quotes"]
