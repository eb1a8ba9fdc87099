"""A question-and-answer interview whose answers open with the interviewee's name rather than
"A:" ("Q: ..." then "Marsh: ..."): each answer is that person's words, without its opening
quotation mark, and runs no further than the next question; the interviewer's questions are
nobody's. (Fictional names: a rowing coach's first press conference.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, said_by, story_db

STORY = (
    "Marsh named Kelderby head coach\n\n"
    "Kelderby Rowing Club have appointed Tamsin Marsh as head coach, the first woman to "
    "hold the post in the club's 140 years.\n\n"
    "Marsh, 41, who rowed for the club before retiring in 2015, has signed until 2029.\n\n"
    "At her first press conference on Tuesday, Marsh was asked whether she felt the weight "
    "of the club's history. \u201cHistory is a privilege,\u201d she said. \u201cI have "
    "stood on this bank when the whole town was cheering.\u201d\n\n"
    "She was asked about the crews and the spring regatta.\n\n"
    "Q: Will you change the crews before the spring regatta?\n\n"
    "Marsh: \u201cIf the water tells me to, yes. But I am not going to promise anyone a "
    "seat. I am going to promise them a boat that races to the line.\u201d\n\n"
    "Q: Is the head of the river race the only target?\n\n"
    "Marsh: \u201cWinning it is the first target. After that we can talk about the "
    "national finals.\u201d\n\n"
    "The club's president, Owen Pritchard, said Marsh had been the board's first choice.\n"
)


def test_answers_labelled_by_name_after_questions_are_the_interviewees(
    tmp_path: Path,
) -> None:
    db = story_db(tmp_path, "rowing", STORY)
    words, speakers = said_by(db, "Tamsin Marsh")
    assert speakers == {"Tamsin Marsh"}, words
    assert "I am not going to promise anyone a seat" in words, words
    assert "Winning it is the first target" in words, words
    assert '"Winning' not in words and '"If the water' not in words, words  # no opening mark
    assert "the only target" not in words and "change the crews" not in words, words
    answer = ask_json(db, "what did Marsh say about the target?", "--limit", "0")
    assert any("first target" in q["text"] for q in answer["quotes"]), answer["quotes"]
