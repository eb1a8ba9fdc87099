"""A description a reporter asks for that the stories use as the owner of a post ("the
builder's site manager, Tomasz Reyes"): the body the post belongs to answers, its own
statements and its people's, not only the person whose title holds the word
(ask/organisations.owners_asked; fictional stories)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, normalise, stories_db

SCHOOL = (
    "School extension months late\n"
    "The new wing at Fernhill Primary will not open until September, parents were told. "
    "Marlow Construction began the work in May.\n"
    "Tomasz Reyes, the builder's site manager at Marlow Construction, said wet weather had "
    "cost six weeks. "
    '"We lost the whole of October to rain," he said.\n'
    'Marlow Construction said in a statement: "We apologise to the school and its families '
    'for the delay."\n'
    "Headteacher Amara Quist said the children were disappointed.\n"
)


def test_the_body_owning_the_post_answers_with_its_people(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"school": SCHOOL})
    reyes = ask_json(db, "what did Tomasz Reyes say?")
    assert {q["speaker_org"] for q in reyes["quotes"]} == {"Marlow Construction"}
    answer = ask_json(db, "what did the builder say?", "--limit", "0")
    said = " | ".join(normalise(q["text"]) for q in answer["quotes"])
    assert "lost the whole of October" in said
    assert "We apologise to the school" in said  # the firm's own statement
    assert "children were disappointed" not in said
