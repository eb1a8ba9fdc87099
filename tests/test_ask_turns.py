"""A speaker's remarks in a story about a topic that do not repeat its words: a turn that goes
on past the paragraph on the topic, a story told with a synonym of the topic's words (a
power cut told as "lost power" and "an outage"), and an unnamed source named again by the
head of their description alone ("the pilot"). Fictional stories of a river town, ingested
through the CLI and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, said_in, stories_db

STORIES = {
    "lamps": (
        "Riverside walk draws crowds to Esker Bridge\n"
        "Hundreds walked the riverside on Saturday night.\n"
        "ESKER BRIDGE, 4 October - Hundreds of people joined the evening walk along the "
        "river on Saturday night, the organisers said.\n"
        "The walk began at the old mill and ended at the weir, where a choir sang.\n"
        "Road closures stayed in place until midnight, the council said.\n"
        "Volunteers handed out more than 600 paper lanterns at the library. The Rev Ansel "
        "Morrow, the parish priest, said families had come from every village in the valley.\n"
        '"We had grandparents carrying toddlers and a brass band that played for three '
        'hours," he said. "The street has never felt kinder than it did tonight."\n'
        '"Next year the parish will run a choir competition," he said.\n'
        "Shopkeeper Della Quist said the walk had been good for trade.\n"
        '"I sold out of cocoa by eight," she said.\n'
    ),
    "dark": (
        "Thousands left in the dark in Esker Bridge after storm topples pylon\n"
        "Homes lost power for most of Tuesday.\n"
        "ESKER BRIDGE, 7 October - About 9,000 homes in Esker Bridge lost power on Tuesday "
        "after a storm brought down a pylon, the network operator said.\n"
        "Its operations director, Perpetua Vance, said crews had worked through the night. "
        '"Most homes are back on, and we will not rest until the last street is," she said.\n'
        "One harbour pilot, who asked not to be named, said the lights on the channel had "
        'failed too. "We steered by torchlight," the pilot said.\n'
        "The town's mayor, Corin Ashdown, said the school would open late on Wednesday.\n"
    ),
    "pier": (
        "Harbour board waited a month before warning fishermen about cracked pier\n"
        "Engineers found cracks in the north pier in August.\n"
        "ESKER BRIDGE, 2 November - Engineers found cracks in the north pier in early "
        "August, papers seen by the Gazette show.\n"
        "The board closed the pier to boats on 10 September.\n"
        "Skipper Rhodri Fenn, who moors at the pier, said the delay had put crews at risk.\n"
        "The board's chair, Ottilie Brand, said it had waited for a second survey. "
        '"We were not going to shut a working pier on one hunch," she said.\n'
        "A union official said the board should explain the delay to every crew.\n"
    ),
}


@pytest.fixture(scope="module")
def town_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("turns"), STORIES)


def test_a_speakers_turn_goes_on_into_the_next_paragraph(town_db: Path) -> None:
    # The lanterns are in the paragraph that introduces the priest; his words follow in the
    # next one and never say "lantern".
    found = said_in(ask_json(town_db, "what did the priest say about the lanterns?"))
    texts = " | ".join(t for _, t in found)
    assert "families had come from every village" in texts
    assert "never felt kinder" in texts
    assert {s for s, _ in found} == {"Ansel Morrow"}
    assert "choir competition" not in texts  # two paragraphs on: his turn has moved on
    # The shopkeeper's words after his turn are hers, and not about the lanterns (the story
    # names them once: it is no story about them).
    everyone = ask_json(town_db, "who said what about the lanterns?", "--limit", "0")
    assert "sold out of cocoa" not in " | ".join(q["text"] for q in everyone["quotes"])


def test_a_power_cut_is_found_in_a_story_of_lost_power(town_db: Path) -> None:
    answer = ask_json(town_db, "who said what about the power cut in Esker Bridge?", "--limit", "0")
    texts = " | ".join(q["text"] for q in answer["quotes"])
    assert "we will not rest until the last street is" in texts
    assert "Perpetua Vance" in {q["speaker"] for q in answer["quotes"]}
    # The lantern story is no story of a power cut.
    assert "never felt kinder" not in texts


def test_an_unnamed_source_named_again_by_the_head_of_its_description(town_db: Path) -> None:
    found = said_in(ask_json(town_db, "what did the harbour pilot say"))
    texts = " | ".join(t for _, t in found)
    assert "lights on the channel had failed" in texts
    assert "We steered by torchlight" in texts
    assert {s for s, _ in found} == {""}  # unnamed: not the director named before


def test_a_story_whose_headline_names_all_but_one_concept_said_again_in_its_body(
    town_db: Path,
) -> None:
    # The headline tells of warning fishermen late; "the delay" is said twice, further down.
    # The chair's words name none of it.
    question = "what did Ottilie Brand say about the delay in warning fishermen?"
    answer = ask_json(town_db, question)
    assert "shut a working pier on one hunch" in " | ".join(q["text"] for q in answer["quotes"])
    # A story with none of the headline's words lends nothing to the topic.
    everyone = ask_json(town_db, "who said what about the delay in warning fishermen?")
    assert "Perpetua Vance" not in {q["speaker"] for q in everyone["quotes"]}
