"""A person asked about a topic of several words that no story of theirs says together
("what did Adeyemi say about trust in the police?"): their remarks in a story about one of
those words (the police) answer, and their remarks in a story about something else do not.
(Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, stories_db


def test_a_speakers_words_in_a_story_on_one_concept_answer(tmp_path: Path) -> None:
    db = stories_db(
        tmp_path,
        {
            "police": "Police chief apologises over Harnwick stop-and-search\n\n"
            "Harnwick's police chief has apologised after officers stopped a teenager four "
            "times in one week.\n\n"
            "The police said a review of the stops would report in January.\n\n"
            "Community leader Kayode Adeyemi, who chairs the Harnwick Residents' Forum, said "
            "young people had stopped reporting crimes. \u201cIt is earned one conversation at "
            "a time, and it has been spent in a week,\u201d he said.\n",
            "market": "Harnwick market to move to the square\n\n"
            "Harnwick's Saturday market will move to the square from March.\n\n"
            "Kayode Adeyemi said traders had asked for a covered site for years.\n",
        },
    )
    answer = ask_json(db, "what did Adeyemi say about trust in the police?", "--limit", "0")
    words = " | ".join(q["text"] for q in answer["quotes"])
    assert "earned one conversation at a time" in words, answer
    assert "covered site" not in words, answer
