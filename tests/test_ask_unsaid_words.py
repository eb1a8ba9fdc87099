"""A topic asked in a word no story uses. Asked of a speaker ("what did Tal say about the
landfill expansion?"), the answer searches the words the stories do use and says which it
left out; asked of everyone, only a word for a quality is left out ("the larger landfill"),
never a head ("who said what about the landfill expansion?" gets nothing: no story tells of
it so). A topic mostly of unsaid words, or a noun for a thing, is never left out. Fictional
stories of a market town, ingested through the CLI and asked through `newsbrief ask --json`
as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.lexicon import concepts
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
        'Stallholder Ifor Bryn said: "We will finally get shelter when it rains."\n'
        'One shopper, who did not give her name, said: "I will miss the old hall."\n'
        "Fishmonger Ola Berg said the square would be noisy on Tuesdays.\n"
    ),
    "offices": (
        "Council offices to move to library\n"
        "Coldharbour council is relocating its offices to the old library.\n"
        'Cllr Dee Amis said: "It saves us rent."\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("unsaid"), STORIES)


def test_a_speakers_words_on_a_paraphrased_topic_are_found(store: Path) -> None:
    answer = ask_json(store, "what did Morwenna Tal say about the landfill expansion?")
    assert any("another ten years" in text for _, text in said_in(answer))
    assert "no story says expansion" in answer["searched"]


@pytest.mark.parametrize(
    "question",
    [
        "what did Tal say about the landfill enlargement?",  # -ment
        "what did Tal say about the landfill widening?",  # -ing
        "what did Tal say about the landfill approval?",  # -al
        "what did Tal say about the loss of the landfill?",  # a noun before "of"
        "what did Tal say about the landfill bid?",  # the verb itself as a noun
    ],
)
def test_each_kind_of_paraphrase_word_is_left_out_for_a_speaker(store: Path, question: str) -> None:
    assert {s for s, _ in said_in(ask_json(store, question))} == {"Morwenna Tal"}


def test_a_quality_word_no_story_says_is_left_out_for_everyone(store: Path) -> None:
    answer = ask_json(store, "who said what about the larger landfill?")
    assert {"Morwenna Tal", "Dariusz Obi"} <= {s for s, _ in said_in(answer)}
    assert "no story says larger" in answer["searched"]


def test_light_verbs_are_no_words_of_a_topic() -> None:
    """ask/data/stopwords.txt: "getting ill" is about being ill; another story's "get" (the
    market's "we will finally get shelter") must not be needed for an answer."""
    assert concepts("children getting ill near the landfill") == [
        ("kids", "children", "youngsters"),
        ("ill",),
        ("landfill",),
    ]
    # nor are a modal, "give" and "way": "the bank giving way", "when the pool will reopen"
    assert concepts("the canal bank giving way") == [("canal",), ("bank",)]
    assert concepts("when the pool will reopen") == [("pool",), ("reopen",)]


@pytest.mark.parametrize(
    ("topic", "words"),
    [
        # a pronoun for nobody or everything names no thing of the story
        ("nobody staffing the lifeboat station", ["staffing", "lifeboat", "station"]),
        ("everything wrong with the ferry timetable", ["wrong", "ferry", "timetable"]),
        # an adverb of the asker's: where, whether really, instead of what
        ("moving the allotments elsewhere", ["moving", "allotments"]),
        ("whether there really are enough nursery places", ["enough", "nursery", "places"]),
        ("a minibus instead of the ferry", ["minibus", "ferry"]),
        # a preposition the list missed: "round the coast" is "around the coast"
        ("a relay round the coastline", ["relay", "coastline"]),
    ],
)
def test_function_words_of_each_family_are_no_words_of_a_topic(
    topic: str, words: list[str]
) -> None:
    assert [group[0] for group in concepts(topic)] == words


def test_a_topic_asked_with_get_is_found(store: Path) -> None:
    answer = ask_json(store, "has anyone talked about children getting ill near the landfill?")
    assert "Morwenna Tal" in {s for s, _ in said_in(answer)}


@pytest.mark.parametrize(
    "question",
    [
        "who said what about the landfill expansion?",  # a head: nobody's words fit it
        "has anyone talked about landfill quotas?",  # a thing
        "has anyone talked about the gravel landfill?",  # which landfill
        "has anyone talked about the landfill station?",  # a thing, though it ends in -ation
        "who said what about skateboarding and parkour at the landfill?",  # mostly unsaid
    ],
)
def test_everyone_asked_in_words_no_story_says_gets_nothing(store: Path, question: str) -> None:
    assert ask_json(store, question)["quotes"] == []


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what did Ifor Bryn say about relocating the market?", "get shelter when it rains"),
        ("what did the shopper say about relocating the market?", "miss the old hall"),
    ],
)
def test_an_action_word_a_speaker_never_says_gives_way_to_the_thing(
    store: Path, question: str, words: str
) -> None:
    # another story says "relocating"; the speaker's words on the market are the answer
    answer = ask_json(store, question)
    assert any(words in text for _, text in said_in(answer))


def test_a_side_asked_on_a_paraphrased_topic_is_taken_on_the_rest(store: Path) -> None:
    # no story says "expansion": the side is the one taken on the landfill
    answer = ask_json(store, "who backed the landfill expansion?")
    assert {s for s, _ in said_in(answer)} == {"Dariusz Obi"}
    assert "no story says expansion)" in answer["searched"]  # none at all


def test_a_quality_word_said_only_in_another_story_is_left_out(store: Path) -> None:
    """ "noisy" is in the market story only: no story says it with the landfill, so it
    cannot tell which landfill story is meant, and the rest of the topic is searched."""
    answer = ask_json(store, "who said what about the noisy landfill?")
    assert {"Morwenna Tal", "Dariusz Obi"} <= {s for s, _ in said_in(answer)}
    assert "Ola Berg" not in {s for s, _ in said_in(answer)}
    assert "no story says noisy with the rest" in answer["searched"]  # the market's says it


def test_a_word_that_is_also_a_noun_is_never_left_out(tmp_path: Path) -> None:
    """ "parking" is said in one story and "charges" in another, never together: "parking"
    tells which charges, so nobody has talked about parking charges."""
    db = stories_db(
        tmp_path,
        {
            "car-park": "New car park opens in Coldharbour\nParking spaces for 200 cars.\n"
            'Cllr Dee Amis said: "Parking will be easier for shoppers."\n',
            "court": "Man faces assault charges\nHe will appear in court in May.\n"
            'Inspector Ivo Lind said: "The charges are serious."\n',
        },
    )
    assert not ask_json(db, "has anyone talked about parking charges?")["quotes"]


def test_a_thing_no_story_says_beside_two_that_one_story_holds(store: Path) -> None:
    """ "the landfill smell at the nursery": no story says "nursery", but one holds the
    landfill and its smell together; the asker's word for the place is left out. A thing
    beside one said word alone still gets nothing ("the landfill quotas")."""
    answer = ask_json(store, "who said what about the landfill smell at the nursery?")
    assert "Morwenna Tal" in {speaker for speaker, _ in said_in(answer)}
    assert "no story says nursery" in answer["searched"]
    assert not ask_json(store, "who said what about the landfill quotas?")["quotes"]
