"""A long topic that no story holds whole: the asker describes a story in more words than
it uses together (ask/unsaid_words.py `said_concepts`). Of four concepts one may be left
out; of five or six, two, when at most one of them is a thing and the rest are the asker's
words for an action or a quality. Fictional stories, asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.lexicon import concepts
from ask.unsaid_words import said_concepts
from storage.db import open_store
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "rescue": (
        "Cliff rescue team told to leave its base\n\n"
        "Volunteers of the Harwick Cliff Rescue Team must leave the barn they have used as a "
        "base for twenty years by March, after the estate that owns it decided to sell.\n\n"
        'Team leader Joanna Pike said the volunteers would look at every option. "Twenty '
        'minutes is the difference between a rescue and a recovery," she said.\n'
    ),
    "garage": (
        "Harwick losing its last garage\n\n"
        "Drivers in Harwick are losing their only garage when the workshop on Mill Road "
        "closes at Christmas.\n\n"
        'The mechanic, Dev Sandhu, said: "I am sixty-eight and my knees have had enough."\n'
    ),
    "roof": (
        "Church roof appeal reaches target\n\n"
        "St Bride's in Harwick has raised the money to mend its roof.\n\n"
        'The vicar, the Rev Alan Moss, said: "The village gave more than we dared ask."\n'
        "The general feeling in the parish was relief.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("long_topics"), STORIES)


def test_two_words_a_story_never_says_together_with_the_rest_are_left_out(db: Path) -> None:
    # "losing" (the asker's action) and "garage" (another story's thing) are left out: the
    # story of the cliff rescue volunteers is what the asker describes
    answer = ask_json(db, "who said what about the cliff rescue volunteers losing their garage?")
    assert speakers_in(answer) == {"Joanna Pike"}


@pytest.mark.parametrize(
    "question",
    [
        # two things of another story: nobody spoke of the volunteers' village church
        "who said what about the cliff rescue volunteers' village church?",
        # of four words only one may go
        "who said what about rescue volunteers losing garages?",
    ],
)
def test_a_long_topic_of_other_stories_things_gets_nothing(db: Path, question: str) -> None:
    assert ask_json(db, question)["quotes"] == []


def test_a_word_of_a_name_is_never_left_out(db: Path) -> None:
    # "Harwick General" is a hospital nobody spoke of: its "General" is no quality to leave
    # out for the story of Harwick's cliff rescue volunteers
    topic = "the cliff rescue volunteers at harwick general"
    groups, unsaid = said_concepts(
        open_store(db), concepts(topic), topic, names=frozenset({"harwick", "general"})
    )
    assert ("general",) in groups and not unsaid
