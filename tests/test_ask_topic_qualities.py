"""A reporter's word for a quality in a topic ("the old town hall", "the retired
greyhounds", "the festive lights"): a story is about the topic when its things
are prominent in it (headline, standfirst, lead), whether or not it says the quality there,
or at all; every thing of the topic must still be in it. Fictional stories of a market
town, ingested through the CLI and asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.unsaid_words import quality_word
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "sale": (
        "Council to sell Victorian town hall\n"
        "Colderwick's town hall will go on the market in the new year.\n"
        "COLDERWICK, 1 December - Colderwick's town hall will go on the market in the new "
        "year, the borough council confirmed.\n"
        "Council leader Priya Mahesh said the building cost £380,000 a year to heat and "
        'repair. "I cannot justify spending money on an empty hall," she said.\n'
        "Bernard Elling, chairman of the civic society, said the decision was a betrayal. "
        '"Our grandparents built this with public subscriptions," he said.\n'
    ),
    "motion": (
        "Opposition motion to halt town hall sale fails\n"
        "Councillors voted 24 to 19 against pausing the sale.\n"
        "COLDERWICK, 3 December - A motion to halt the sale of the town hall was defeated "
        "on Thursday night.\n"
        "Cllr Tobias Wren, who proposed it, said the old building deserved better. "
        '"This is the town\'s front room," he said.\n'
    ),
    "mill": (
        "Old mill sold to developer\n"
        "The former corn mill by the river has been sold.\n"
        "COLDERWICK, 2 December - The old corn mill by the river has been sold to a "
        "developer for flats.\n"
        'Estate agent Clive Ashby said: "There was a lot of interest in the old mill."\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("qualities"), STORIES)


def test_a_quality_word_need_not_be_in_the_story_about_the_things(store: Path) -> None:
    """The story headed on the sale says "old" nowhere; the motion's story says it once,
    in its body: both are stories about selling the old town hall."""
    speakers = speakers_in(ask_json(store, "/whosaid selling the old town hall"))
    assert {"Priya Mahesh", "Bernard Elling", "Tobias Wren"} <= speakers
    assert "Clive Ashby" not in speakers  # the old mill's sale is no town hall's


def test_every_thing_of_the_topic_must_still_be_in_the_story(store: Path) -> None:
    """A quality word never stands in for a thing: no story tells of the old library."""
    assert ask_json(store, "/whosaid selling the old library")["quotes"] == []


@pytest.mark.parametrize(
    ("word", "quality"),
    [
        ("old", True),  # an adjective
        ("retired", True),
        ("festive", True),
        ("damaged", True),  # a past participle that is no noun
        ("cancelled", True),
        ("chemical", False),  # a classifying word tells which thing ("chemical plant")
        ("nuclear", False),
        ("royal", False),
        ("parking", False),  # an -ing form tells which thing ("parking charges")
        ("funding", False),
        ("hall", False),
        ("dogs", False),
    ],
)
def test_which_words_are_qualities_or_actions(word: str, quality: bool) -> None:
    assert quality_word((word,)) is quality


BEAVERS = {
    "dam": (
        "Beaver dam floods farm days after release\n"
        "Eight acres of winter wheat were under water on Monday.\n"
        "ORRIN, 30 November - A beaver dam on a drainage channel flooded eight acres of "
        "winter wheat, days after the beavers were released on Wendle Marsh.\n"
        'Farmer Thomas Greave said: "I was told this would take years to become a problem. '
        'It took ten days."\n'
        "The trust's ecologist, Callum Petri, said the flooding would not happen again.\n"
    ),
    "solar": (
        "Solar panels planned for Wendle Farm\n"
        "The farm wants to lease six fields to an energy firm.\n"
        "WENDLE, 27 November - Wendle Farm has applied to cover six fields with solar panels.\n"
        'Farmer Tom Ridley said: "Beef does not pay any more."\n'
    ),
    "otters": (
        "Otters return to the Orrin\n"
        "Otters have been seen on the river for the first time in years.\n"
        'ORRIN, 28 November - Warden Ada Mole said: "We saw two otters by the weir."\n'
    ),
}


@pytest.fixture(scope="module")
def beavers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("beavers"), BEAVERS)


def test_a_noun_no_story_says_is_left_out_only_beside_a_story_of_the_rest(
    beavers: Path,
) -> None:
    """No story says "farmland", but the beavers and their flooding are one story's, and
    that story is what a reporter asking about "beavers flooding farmland" wants (the
    farmer's wheat under water; ask/unsaid_words.py). Beside one said word alone ("the
    farmland of the otters") the unsaid thing is what the topic is: nothing."""
    answer = ask_json(beavers, "who said what about beavers flooding farmland?")
    assert "Thomas Greave" in speakers_in(answer)
    assert ask_json(beavers, "who said what about the farmland of the otters?")["quotes"] == []


def test_a_place_is_no_topic_without_its_thing(beavers: Path) -> None:
    """No story tells of a drought at Wendle Farm, so nobody talked about it."""
    answer = ask_json(beavers, "has anyone said anything about drought at Wendle Farm?")
    assert answer["quotes"] == []


def test_a_capitalised_word_is_a_names_not_a_quality(tmp_path: Path) -> None:
    """ "the Royal Oak" is the pub: "Royal" is a word of its name, so the story of another
    oak (felled, with no royal in it) is no story about it."""
    db = stories_db(
        tmp_path,
        {
            "pub": "Villagers reopen the Royal Oak\nThe pub shut two years ago.\n"
            'Landlady Bryony Kettle said: "The first pint will be pulled on Friday."\n',
            "tree": "Ancient oak felled in Marlstock\nThe tree stood for 400 years.\n"
            'Resident Petra Acht said: "A man with a chainsaw took it in an hour."\n',
        },
    )
    answer = ask_json(db, "who said what about the Royal Oak")
    assert speakers_in(answer) == {"Bryony Kettle"}
