"""A body asked for by its kind about a topic ("what has the union said about the four-day
week?") is the body of that kind whose people speak in the stories about it, when the one
the kind would name first (a union quoted itself in another story) has nothing on it.
Fictional stories, ingested through the CLI and asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "2026-11-20-four-day-week": (
        "Pellham council to trial four-day week for office staff\n"
        "About 300 office staff will work four days a week from January.\n"
        "Pellham District Council is to trial a four-day week for its office staff from "
        "January, with no loss of pay.\n"
        "Marta Ilves, branch secretary of the Civic Staff Union at the council, said staff "
        'were "fed up of being used as a political football". "Nobody has asked the people '
        'who actually do the work," she said.\n'
    ),
    "2026-12-02-leisure-centre": (
        "Pellham leisure centre to close for repairs\n"
        "The pool will shut for six months.\n"
        "The Leisure and Sport Workers' Union said its 40 members at the centre would be "
        "paid until the end of January.\n"
    ),
}


def test_the_kind_asked_about_a_topic_is_the_body_of_its_stories(tmp_path: Path) -> None:
    db = stories_db(tmp_path, STORIES)
    answer = ask_json(db, "what has the union said about the four-day week?")
    assert "Marta Ilves" in speakers_in(answer)
    assert any("Nobody has asked the people" in q["text"] for q in answer["quotes"])
    assert "Leisure and Sport Workers' Union" not in speakers_in(answer)
