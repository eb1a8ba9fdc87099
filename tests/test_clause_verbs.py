"""A topic asked as a clause: its verb is the asker's telling, which a story about the
topic's things need not say (ask/clause_verbs.py). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.clause_verbs import clause_verbs
from tests.conftest import ask_json, speakers_in, stories_db


@pytest.mark.parametrize(
    "topic, verbs",
    [
        ("the padlocks came off", {"came"}),  # a past tense after its subject
        ("the drive-through getting the green light", {"getting"}),  # an -ing with its object
        ("lorries going past the school", {"going"}),  # ... or its particle
        ("the board putting the cuts on hold", {"putting"}),
        ("parking charges at the hospital", set()),  # before a noun: it tells which
        ("the closing of the pool", set()),  # after an article: a noun
        ("the hospice funding cut", set()),  # "cut" is its present too; "funding" ends a noun
        ("greyhound racing is cruel", set()),  # a noun before "is"
        ("taxi licensing hollinbridge", set()),  # before a name
        ("the housing at little sefton", set()),  # a noun before a preposition
        ("saving the village pub", {"saving"}),  # an -ing with its object, no subject
        ("the idea of digging up the trees", {"digging"}),  # ... after a preposition
        ("flooding in holmsby", set()),  # an event's place, not an object
        ("closing time", set()),  # before a noun
        ("the colliery band turning 100", {"turning"}),  # a number is its object
        ("parking 2 hours", set()),  # no subject before it
    ],
)
def test_the_verbs_of_a_topics_clause(topic: str, verbs: set[str]) -> None:
    assert clause_verbs(topic) == verbs


HALL = (
    "Diocese pauses sale of St Mark's church hall\n\n"
    "The Diocese of Ashmoor has paused the sale of St Mark's church hall, which is now on hold "
    "until the spring.\n\n"
    'Ruth Okafor, who runs the nursery in the hall, said: "We can breathe until Easter."\n\n'
    'A diocese spokesman said: "No offer has been accepted."\n'
)
GOLF = (
    "Putting green reopens at Ashmoor golf club\n\n"
    "The putting green at Ashmoor golf club has reopened after the floods.\n\n"
    'Club captain Dev Sharma said: "Putting is the part of the game everyone can enjoy."\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("clause_verbs"), {"hall": HALL, "golf": GOLF})


def test_a_story_about_the_things_answers_though_it_never_says_the_verb(db: Path) -> None:
    answer = ask_json(db, "who said what about the diocese putting off the sale?")
    assert "Ruth Okafor" in speakers_in(answer)
    assert "Dev Sharma" not in speakers_in(answer)


def test_an_action_asked_with_no_subject_need_not_be_said(tmp_path: Path) -> None:
    # the story of the buyout says "save" once, far from its lead: the story of the village
    # pub still answers "saving the village pub" with every remark in it
    db = stories_db(
        tmp_path,
        {
            "pub": (
                "Villagers raise \u00a3300,000 to buy the Fox and Hounds\n\n"
                "HOLMBY, 2 December 2026 \u2014 Residents of Holmby village have raised "
                "\u00a3300,000 to buy their pub, the Fox and Hounds, from the brewery.\n\n"
                'Treasurer Ines Carvalho said: "Every share counts, from five pounds up."\n\n'
                "The brewery said the sale would complete in January.\n\n"
                "Posters urging people to save the village pub still hang in the bar.\n"
            )
        },
    )
    answer = ask_json(db, "who said what about saving the village pub?")
    assert "Ines Carvalho" in speakers_in(answer)
