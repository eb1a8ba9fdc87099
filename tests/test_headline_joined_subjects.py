"""A headline whose "and" joins the subjects of one clause ("Ferry crew and islanders march
against crossing cut") tells of one thing, not two: every remark in the story is in a story
about the ferry, including the paragraphs on the march. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, stories_db

MARCH = (
    "Ferry crew and islanders march against Skelport crossing cut\n\n"
    "More than 300 people marched along Skelport quay on Saturday in protest at plans to cut "
    "the island ferry to two sailings a day.\n\n"
    "Marchers carried placards reading \u201cOur Road Is The Sea\u201d while fishing boats "
    "sounded their horns.\n\n"
    "Islander Morag Henshall, who runs the post office on Inchcorran, said families "
    "depended on the morning sailing. \u201cMy daughter sits her exams on the mainland in "
    "May,\u201d she said. \u201cOn two sailings a day she would have to leave at dawn.\u201d\n\n"
    "The march ended at the harbour office, where organisers handed in a petition.\n"
)


def test_the_remarks_of_a_story_with_joined_subjects_are_about_its_one_thing(
    tmp_path: Path,
) -> None:
    db = stories_db(tmp_path, {"march": MARCH})
    answer = ask_json(db, "what did Morag Henshall say about the ferry?", "--limit", "0")
    words = " | ".join(q["text"] for q in answer["quotes"])
    assert "leave at dawn" in words, answer
