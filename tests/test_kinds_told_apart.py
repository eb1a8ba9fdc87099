"""Bodies asked for by a kind no story writes of them (ask/near_kinds.py): the one body a
general kind covers when asked alone ("the regulator"), a near kind's name read from its last
word ("the harbour authority": the Harbour Commissioners), one body under two spellings of
its apostrophe and its name's last word alone ("Guild") counted once, equals told apart by a
name of a near kind's head and by the question's topic ("the county board about Dunmoor's
debts"). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "kitchen": (
        "Food poisoning traced to Brindlecote kitchen\n\n"
        "Twelve people fell ill after eating at a Brindlecote care home.\n\n"
        "Kaisa Lindholm, director of operations at the National Food Safety Authority, said: "
        '"The genetic match is exact."\n'
    ),
    "terminal": (
        "Cruise terminal plan splits Porthcarne\n\n"
        "A cruise terminal could be built in Porthcarne harbour.\n\n"
        "Dame Lucia Ferrante, chief executive of the Porthcarne Harbour Commissioners, said: "
        '"Porthcarne was built on the sea."\n\n'
        "The Porthcarne Fishermen\u2019s Association said the channel would have to be dredged.\n"
    ),
    "orchestra": (
        "Orchestra to lose 62 jobs\n\n"
        "The Westmere Symphony Orchestra will cut 62 musicians' jobs.\n\n"
        "Ewan MacAskill, regional official of the Orchestral Players' Guild, said: \"He has not "
        'found time for the 62 people." The Guild said it would ballot members.\n\n'
        "The Orchestral Players\u2019 Guild has 4,000 members.\n"
    ),
    "cricket": (
        "Dunmoor cricket club's debts reach \u00a32m\n\n"
        "Dunmoor County Cricket Club owes \u00a32m, its accounts show.\n\n"
        "Dame Ifeoma Obi, chair of the Dunmoor Cricket Board, which oversees the game in the "
        'county, said: "The board will not let first-class cricket leave Dunmoor."\n'
    ),
    "hospital": (
        "Health board delays maternity decision\n\n"
        "The Strathloin Health Board has delayed its decision on Carnbeck's maternity unit, "
        "the county's only one.\n\n"
        'Its chair, Moira Baird, said: "We need more time."\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("kinds"), STORIES)


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what did the regulator say about Brindlecote?", "Kaisa Lindholm"),
        ("what has the harbour authority said about the cruise terminal", "Lucia Ferrante"),
        ("what did the musicians' union say?", "Ewan MacAskill"),
        ("what did the county board say about Dunmoor's debts", "Ifeoma Obi"),
    ],
)
def test_a_body_by_a_kind_the_stories_do_not_write(db: Path, question: str, speaker: str) -> None:
    assert speaker in speakers_in(ask_json(db, question))


def test_a_topic_tells_equal_bodies_apart(db: Path) -> None:
    assert "Moira Baird" not in speakers_in(
        ask_json(db, "what did the county board say about Dunmoor's debts")
    )
