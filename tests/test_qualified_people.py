"""A speaker asked for by a head with words after it that no title holds (ask/qualified_people.py):
"the fire officer in charge", "the vice-chairman who quit", "the headteacher in Thornby",
"the founder of the bakery". Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

FIRE = (
    "Warehouse fire declared out after nine days\n\n"
    "The fire at a Dunstall warehouse has been declared out after nine days.\n\n"
    '"It has been one of the hardest fires we have fought," said Group Manager Lorna Baptiste '
    "of Kestrel Fire and Rescue Service.\n"
)
TREE = (
    "Parish council split over artificial Christmas tree\n\n"
    "Little Orrin parish council voted four to three to buy an artificial tree.\n\n"
    '"This is the sensible thing to do," said the chairman, Cllr Hugo Penrose.\n\n'
    "The vice-chairman, Cllr Amara Osei-Tutu, resigned after the vote. \"I couldn't put my "
    'name to it," she said.\n'
)
THORNBY = (
    "Thornby school loses its crossing patrol\n\n"
    "The crossing patrol outside St Anne's Primary in Thornby will end in April.\n\n"
    "The headteacher of St Anne's Primary, Ruth Achterberg, said: \"Our children cross a "
    'main road."\n'
)
WELBECK = (
    "Welbeck juniors to lose crossing patrol\n\n"
    "The crossing patrol outside Welbeck Juniors will end in April, the county said.\n\n"
    'The headteacher, Marcus Fenn, said: "We will find a way."\n'
)
BAKERY = (
    "Founder of Haddow's bakery regrets selling it\n\n"
    "The woman who built up Haddow's bakery over thirty years says she regrets the sale.\n\n"
    'The bakery\'s founder, Irene Haddow, said: "I was told nothing would change."\n'
)

MARKET = (
    "Traders fight plan to move Brackley market\n\n"
    "Brackley's street market could move off the square to make room for parking.\n\n"
    'A pensioner buying apples at one of the stalls on Thursday was blunt. "Where am I meant '
    'to get my fruit?" she said.\n'
)

TRUST = (
    "Beavers released at Wexcombe\n\n"
    "Beavers have been released on the Wexcombe estate by the Wexcombe Wildlife Trust.\n\n"
    'Its chief executive, Dr Imogen Ashby, said the trust had acted within a day. "This is '
    'exactly what the fund is for," she said.\n\n'
    "Not all farmers agreed. Siobhan Kerr, who runs an organic dairy near Wexcombe, said "
    'the wildlife trust had never asked her. "My uncle complained for a season," she said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qualified_people")
    return stories_db(
        folder,
        {
            "fire": FIRE,
            "tree": TREE,
            "thornby": THORNBY,
            "welbeck": WELBECK,
            "bakery": BAKERY,
            "market": MARKET,
            "trust": TRUST,
        },
    )


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what's the fire officer in charge said about the warehouse fire", "Lorna Baptiste"),
        ("what did the vice-chairman who quit say about the tree", "Amara Osei-Tutu"),
        ("what did the headteacher in Thornby say?", "Ruth Achterberg"),
        ("what did the headteacher in Welbeck say?", "Marcus Fenn"),
        ("what has the founder of the bakery said?", "Irene Haddow"),
    ],
)
def test_a_head_with_words_after_it(db: Path, question: str, speaker: str) -> None:
    assert speakers_in(ask_json(db, question)) == {speaker}


def test_words_after_the_head_no_story_names_find_nobody(db: Path) -> None:
    answer = ask_json(db, "what did the headteacher in Grimsby say?")
    assert answer["quotes"] == []


def test_an_unnamed_source_doing_something_where_asked(db: Path) -> None:
    """ "A pensioner buying apples at one of the stalls": the head is the word before what
    she was doing."""
    answer = ask_json(db, "what did the pensioner at the market say")
    assert [q["text"] for q in answer["quotes"]] == ["Where am I meant to get my fruit?"]


def test_an_unnamed_source_by_what_they_are_next_to(db: Path) -> None:
    """ "A pensioner buying apples at one of the stalls" asked for by where she was."""
    answer = ask_json(db, "what did the pensioner next to the street market say")
    assert [q["text"] for q in answer["quotes"]] == ["Where am I meant to get my fruit?"]
    assert ask_json(db, "what did the pensioner next to the lido say")["quotes"] == []


def test_a_bodys_head_asked_generically_is_its_chief_executive(db: Path) -> None:
    """ "the head of the wildlife trust" is the trust's chief executive (ask/head_asked.py),
    not another body's head whose story names the trust."""
    assert speakers_in(ask_json(db, "what did the head of the wildlife trust say?")) == {
        "Imogen Ashby"
    }
