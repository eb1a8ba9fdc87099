"""A public no family of publics.json names ("what did the midwives say?", "what have the
bell-ringers said?"): when no speaker holds the words, a plural noun for people asks for those
the stories describe by it, and for the private voices of its stories who hold no post
(ask/public_members.py any_public). A topic word for an action no member says ("losing their
bus") is left out as it is for a speaker. Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.public_members import any_public
from tests.conftest import ask_json, said_in, speakers_in, stories_db

RESCUE = (
    "Lifeboat crew rescues two walkers cut off by the tide\n\n"
    "Two walkers were rescued by a volunteer lifeboat crew after being cut off by the rising "
    "tide below the cliffs at Pendower Point.\n\n"
    '"By the time we got there, the water was at their knees," said Ilkka Moberg, the '
    'lifeboat\'s helm. "Another twenty minutes and this would have been very different."\n\n'
    'Rosa Quintela, 34, said she had misread a tide table. "I was looking at the wrong day," '
    "she said.\n\n"
    "Her partner, Tomas Varga, 36, said he had never been so frightened. \"You don't realise "
    'how fast the sea comes in," he said.\n'
)
MATERNITY = (
    "Health board delays Carnbeck maternity decision\n\n"
    "Strathloin Health Board has put back its decision on Carnbeck's maternity unit.\n\n"
    "Eilidh Drummond-Shaw, the senior midwife, and Dr Fergus Orr, a retired consultant, "
    "watched from the public gallery.\n\n"
    'Orr said the board had been right to pause. "The idea is not new," he said.\n\n'
    "Drummond-Shaw was more cautious. She said midwives had been let down before.\n\n"
    '"I will believe it when I see the job adverts," she said.\n'
)
PEAL = (
    "Bell-ringers ring for a day and a night for the hospice\n\n"
    "The bell-ringers of St Cuthbert's rang for 24 hours to raise money for the hospice.\n\n"
    "The church's treasurer, Hilary Pocock, said the tower would need a new frame.\n\n"
    'One of the ringers, Oswin Tarrant, said: "I will go wherever there is a rope."\n\n'
    'Fellow ringer Maud Ellacott said: "My arms will remember this for a week."\n'
)
BUS = (
    "Three village bus routes to be withdrawn\n\n"
    "Greyhaven Buses will withdraw three rural routes from January, the company said.\n\n"
    'Its managing director, Colm Feeney, said: "We have run these routes at a loss."\n\n'
    "Passengers reacted with dismay. Lowri Bevan, a care worker from Sallow End, takes the "
    "52 six mornings a week. "
    '"Without that bus I cannot get to my clients," she said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("any_public")
    stories = {"rescue": RESCUE, "maternity": MATERNITY, "peal": PEAL, "bus": BUS}
    return stories_db(folder, stories)


def test_the_private_voices_of_a_story_not_the_post_holder_who_rescued_them(db: Path) -> None:
    speakers = speakers_in(ask_json(db, "what did the walkers say about the rescue"))
    assert {"Rosa Quintela", "Tomas Varga"} <= speakers  # "X, 34,"; "Her partner, Y,"
    assert "Ilkka Moberg" not in speakers  # the lifeboat's helm


def test_those_described_by_the_noun_and_their_words_after(db: Path) -> None:
    answer = ask_json(db, "what did the midwives say")
    assert "Eilidh Drummond-Shaw" in speakers_in(answer)
    assert any("job adverts" in words for _, words in said_in(answer))
    assert "Fergus Orr" not in speakers_in(answer)  # a retired consultant


def test_a_hyphenated_plural_asks_for_its_last_part(db: Path) -> None:
    speakers = speakers_in(ask_json(db, "what have the bell-ringers said"))
    assert {"Oswin Tarrant", "Maud Ellacott"} <= speakers
    assert "Hilary Pocock" not in speakers  # the church's treasurer


def test_a_public_on_a_topic_the_stories_tell_in_other_words(db: Path) -> None:
    answer = ask_json(db, "what have passengers said about losing their bus?")
    assert speakers_in(answer) == {"Lowri Bevan"}


@pytest.mark.parametrize(
    "phrase, nouns",
    [
        ("the midwives", {"midwife"}),
        ("the bell-ringers", {"bell-ringer", "ringer"}),
        ("the walkers", {"walker"}),
        ("the charities", None),  # bodies: asked as speakers
        ("the councillors", None),  # an office
        ("the midwife", None),  # no plural
    ],
)
def test_any_plural_noun_for_people(phrase: str, nouns: set[str] | None) -> None:
    found = any_public(phrase)
    assert (None if found is None else set(found[0].nouns) - {"midwive"}) == nouns
