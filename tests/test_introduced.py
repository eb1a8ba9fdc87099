"""A speaker introduced in a paragraph on the topic and quoted in the next (ask/introduced.py),
and a brief's quotes as a question of who said what finds them ("anything new on X this
week": ask/answer.py). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

VETS = (
    "Founder of Ormskirk Lane surgery says she regrets the sale\n\n"
    "The woman who built up Ormskirk Lane Veterinary Surgery over 36 years says she regrets "
    "selling it to a chain.\n\n"
    'Dr Helen Pryce, 67, said she had been promised that nothing would change. "I believed '
    'them," she said. "I am not sure I would now."\n\n'
    "She said she had sold because no younger partner could afford to buy her out, and that "
    "the chain had seemed the safest pair of hands for her staff and her clients.\n\n"
    "Her former clients have complained of steep rises in the cost of routine treatment since "
    "the sale, with a consultation now costing more than twice what it did a year ago.\n\n"
    "A spokeswoman for the chain said no commitment on pricing had been made during the sale. "
    '"None appears in the contract," she said.\n\n'
    "Meanwhile, one of the two vets who left after the sale is setting up on her own. Dr "
    "Sunita Mahal will open Riverside Paws, an independent practice in a former bank on "
    "Bridge Street, in January.\n\n"
    "\u201cThere is room in this town for a vet that people feel they own again,\u201d Mahal "
    "said.\n\n"
    'Gareth Lowe, a dog owner, said the prices had doubled. "It is the same building," he '
    "said.\n"
)
CHAIN = (
    "Corvex cuts booster price in Ormskirk\n\n"
    "The chain that bought Ormskirk Lane vets has cut the price of a booster.\n\n"
    "Dr Kofi Mensah-Hart, Corvex Pet Care's regional director, said: \"We have listened to "
    'the town, and we have acted."\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("introduced"), {"vets": VETS, "chain": CHAIN})


def test_a_quote_after_its_speakers_introduction_on_the_topic(db: Path) -> None:
    answer = ask_json(db, "someone opening a new independent vets in Ormskirk?")
    first = answer["quotes"][0] if answer["quotes"] else {}
    assert first.get("speaker") == "Sunita Mahal"  # her words first, as the paragraph's


def test_a_brief_on_a_topic_holds_the_remarks_of_its_stories(db: Path) -> None:
    answer = ask_json(db, "anything new on the Ormskirk vets")
    assert answer["intent"] == "brief"
    assert {"Kofi Mensah-Hart", "Sunita Mahal"} <= speakers_in(answer)
