"""A topic asked in a word no story uses ("the landfill expansion" for a story of extending
the landfill): the answer searches the words the stories do use and says which it left out;
a topic mostly of unsaid words, or whose said words would be any story's, gets nothing.
Fictional stories of a market town, ingested through the CLI and asked through
`newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, said_in, stories_db

STORIES = {
    "landfill": (
        "Villagers object to bigger Coldharbour landfill\n"
        "The operator wants to extend the tip by twelve acres.\n"
        "COLDHARBOUR, 2 December - The operator of Coldharbour landfill has applied to extend "
        "the tip by twelve acres, towards the primary school.\n"
        "Parish councillor Morwenna Tal said the smell already reached the playground. "
        '"Nobody asked the children whether they wanted another ten years of this," she said.\n'
        "Site manager Dariusz Obi backed the application. "
        '"We will cap the old cells before we open a new one," he said.\n'
    ),
    "market": (
        "Coldharbour market to move to the square\n"
        "Traders will set up outside the town hall from January.\n"
        "COLDHARBOUR, 1 December - The Tuesday market will move to the square in January, "
        "the town council said.\n"
        'Stallholder Ifor Bryn said: "We will finally have shelter when it rains."\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("unsaid"), STORIES)


def test_a_paraphrased_topic_finds_the_story_in_its_own_words(store: Path) -> None:
    answer = ask_json(store, "who said what about the landfill expansion?")
    speakers = {s for s, _ in said_in(answer)}
    assert {"Morwenna Tal", "Dariusz Obi"} <= speakers
    assert "Ifor Bryn" not in speakers
    assert "no story says expansion" in answer["searched"]


def test_a_side_taken_on_a_paraphrased_topic(store: Path) -> None:
    speakers = {s for s, _ in said_in(ask_json(store, "who backed the landfill expansion"))}
    assert speakers == {"Dariusz Obi"}


def test_a_topic_mostly_of_words_no_story_says_gets_nothing(store: Path) -> None:
    answer = ask_json(store, "who said what about skateboarding and parkour at the landfill?")
    assert answer["quotes"] == []


def test_a_thing_no_story_tells_of_is_not_left_out(store: Path) -> None:
    # "quotas" is no word for the landfill's extension: nobody spoke of landfill quotas
    answer = ask_json(store, "has anyone talked about landfill quotas?")
    assert answer["quotes"] == []


@pytest.mark.parametrize(
    "question",
    [
        "who said what about the landfill expansion?",  # -sion
        "who said what about the landfill enlargement?",  # -ment
        "who said what about the landfill widening?",  # -ing
        "who said what about the landfill approval?",  # -al
        "who said what about the landfill departure?",  # -ure
        "who said what about the larger landfill?",  # a quality
    ],
)
def test_each_kind_of_paraphrase_word_is_left_out(store: Path, question: str) -> None:
    speakers = {s for s, _ in said_in(ask_json(store, question))}
    assert "Morwenna Tal" in speakers


def test_a_noun_before_of_no_story_says_is_left_out(store: Path) -> None:
    found = said_in(ask_json(store, "who said what about the loss of the landfill?"))
    assert "Morwenna Tal" in {s for s, _ in found}


@pytest.mark.parametrize(
    "question",
    [
        "has anyone talked about the gravel landfill?",  # which landfill
        "has anyone talked about the landfill station?",  # a thing, though it ends in -ation
        "has anyone talked about landfill tuition?",  # a thing, though it ends in -tion
    ],
)
def test_a_noun_for_a_thing_is_not_left_out(store: Path, question: str) -> None:
    assert ask_json(store, question)["quotes"] == []
