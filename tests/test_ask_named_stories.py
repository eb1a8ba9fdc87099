""" "Who said what about <name> <topic>" when the stories tell the topic in other words: the
speakers of the stories about the topic's names answer it, after every direct match; a
story that names the place once in passing does not, and a topic with no name does not
back off. Fictional stories of a village library, ingested through the CLI, asked through
`newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "mothballed": (
        "Penhallow library to be mothballed in the spring, council says\n"
        "The only library in Penhallow will stop lending books in April.\n"
        "PENHALLOW, 3 March 2026 - The only library in Penhallow will stop lending books in "
        "April, the county council said on Tuesday.\n"
        "Marta Quell, the leader of Carrow County Council, said the building needed "
        "repairs the council could not pay for.\n"
        '"We cannot heat a building for forty visitors a day," Quell said.\n'
        "Idris Fenn, who runs the Penhallow Readers group, said the decision was cruel.\n"
        '"Children here have nowhere else to do their homework," Fenn said.\n'
    ),
    "protest": (
        "Hundreds protest outside Penhallow library\n"
        "Readers formed a chain around the building on Saturday.\n"
        "PENHALLOW, 8 March 2026 - Hundreds of readers formed a human chain around the "
        "Penhallow library on Saturday, a week after Carrow County Council said it would "
        "stop lending books there.\n"
        '"This library is the warmest room in the village," said Sorcha Dunlevy, a '
        "retired teacher who organised the chain.\n"
        'Idris Fenn said: "The closure is a mistake the council will regret."\n'
        "Marta Quell, the leader of Carrow County Council, said the decision would stand.\n"
    ),
    "cricket": (
        "Penhallow cricket club wins the county cup\n"
        "The village side beat Lowmoor by four wickets.\n"
        "PENHALLOW, 10 March 2026 - Penhallow Cricket Club won the county cup on Sunday, "
        "beating Lowmoor by four wickets in front of a home crowd.\n"
        '"The whole of Penhallow came out for us," said Joss Amberley, the captain.\n'
    ),
    "festival": (
        "Harbour festival draws record crowds to Lowmoor\n"
        "Stalls sold out of food by the afternoon.\n"
        "LOWMOOR, 9 March 2026 - The Lowmoor harbour festival drew a record crowd of twelve "
        "thousand on Saturday, with visitors from as far as Penhallow.\n"
        '"We ran out of chips by noon," said Owain Bright, who runs a stall on the quay.\n'
    ),
}


@pytest.fixture(scope="module")
def library_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the four stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("named_stories"), STORIES)


def test_the_speakers_of_the_stories_about_the_topics_name_answer_it(library_db: Path) -> None:
    # Only one story says "closure"; the other tells it as "mothballed", "stop lending".
    answer = ask_json(library_db, "who said what about the Penhallow library closure")
    said = " | ".join(q["text"] for q in answer["quotes"])
    assert {"Marta Quell", "Idris Fenn", "Sorcha Dunlevy"} <= speakers_in(answer)
    assert "We cannot heat a building" in said
    assert "stories about penhallow" in answer["searched"]
    # the festival story names the village once: it is not about it; the cricket story is
    # about the village, but no story of its library
    assert not {"Owain Bright", "Joss Amberley"} & speakers_in(answer)
    # the words that name the closure come first
    first = answer["quotes"][0]
    assert "The closure is a mistake" in first["text"] and first["match"] == "quote"
    assert answer["quotes"][-1]["match"] == "part"


def test_with_no_story_in_the_topics_words_the_names_stories_that_say_the_rest_answer(
    library_db: Path,
) -> None:
    # No story says "suspension": the village's stories that say "library" answer it (the
    # library and the village, said together, tell the story: ask/unsaid_words.py).
    answer = ask_json(library_db, "who said what about the Penhallow library suspension")
    assert {"Marta Quell", "Idris Fenn", "Sorcha Dunlevy"} <= speakers_in(answer)
    assert not {"Owain Bright", "Joss Amberley"} & speakers_in(answer)
    assert "no story says" in answer["searched"] and "suspension" in answer["searched"]


def test_a_topic_with_no_name_does_not_back_off(library_db: Path) -> None:
    # no story says the pension or the fund: the library alone is no story of them
    answer = ask_json(library_db, "who said what about the library pension fund")
    assert answer["quotes"] == []
    assert "No quotes found" in answer["message"]


def test_a_side_taken_on_the_topic_needs_a_story_that_says_it(library_db: Path) -> None:
    # One story says "closure": the critics are found there, not in the village's other
    # stories of the library, where a side taken need not be one on the closure.
    answer = ask_json(library_db, "who criticised the Penhallow library closure")
    assert "The closure is a mistake" in " | ".join(q["text"] for q in answer["quotes"])
    assert "then stories about" not in answer["searched"]
    assert "part" not in {q["match"] for q in answer["quotes"]}


def test_who_said_a_claim_needs_its_words_said(library_db: Path) -> None:
    # A claim, not a subject: the village's stories do not say it.
    answer = ask_json(library_db, "who said Penhallow library is not for sale?")
    assert answer["quotes"] == []
