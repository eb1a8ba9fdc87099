"""A person's remarks in a later story of the same storyline answer "what did X say about
<topic>" although that story never names the topic: it shares the distinctive people,
organisations and places of their stories on it. Fictional stories of a ferry dispute,
ingested through the CLI, asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ask_json, ingested, stories_db

STORIES = {
    "vessel": (
        "Kestrel Ferries orders a new boat for Quillan Sound\n"
        "The operator will spend twelve million pounds on a hybrid ferry.\n"
        "QUILLAN, 2 March 2026 - Kestrel Ferries has ordered a hybrid ferry for the Quillan "
        "Sound crossing, its chief executive Bethan Lusk said on Monday.\n"
        "The boat will be built at the Ardwick yard in Glenmora and will enter service in 2028.\n"
        'Oswin Tarrant, the secretary of the Marran Crew Association, said: "Our members have '
        'waited a long time for a boat that does not break down every winter."\n'
    ),
    "walkout": (
        "Quillan Sound ferry crews walk out in dispute over rosters\n"
        "No ferries will cross to the islands until Friday.\n"
        "QUILLAN, 9 March 2026 - Crews on the Quillan Sound ferries walked out on Monday in a "
        "dispute with Kestrel Ferries over new rosters.\n"
        "The Marran Crew Association said the dispute was about safety, not money.\n"
        "Oswin Tarrant, the association's secretary, said: \"This dispute is about tired "
        'crews on a dangerous crossing. We did not choose it."\n'
        'Bethan Lusk, the chief executive of Kestrel Ferries, said: "The new rosters are '
        'safe and they are fair."\n'
    ),
    "deal": (
        "Quillan Sound ferries to sail again after overnight deal\n"
        "Crews will be back on the boats on Thursday.\n"
        "QUILLAN, 14 March 2026 - Ferries will cross Quillan Sound again from Thursday after "
        "Kestrel Ferries and the Marran Crew Association agreed new rosters overnight.\n"
        'Bethan Lusk, the chief executive of Kestrel Ferries, said: "I am glad the '
        'islanders will have their boats back."\n'
        "Oswin Tarrant, the association's secretary, said: \"Our members will vote on it on "
        'Monday, and I will not tell them how to vote."\n'
    ),
    "lifeboat": (
        "Lifeboat station opens its doors in Penwick\n"
        "Hundreds of visitors came to the open day.\n"
        "PENWICK, 12 March 2026 - The Penwick lifeboat station held its first open day in "
        "five years on Saturday.\n"
        'Oswin Tarrant, who has volunteered at the station for ten years, said: "The '
        'children loved the new boat more than the cake."\n'
    ),
}


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the four stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("storyline"), STORIES)


def texts(answer: dict[str, Any]) -> str:
    return " | ".join(q["text"] for q in answer["quotes"])


def test_a_persons_words_in_a_later_story_of_the_storyline_are_about_its_topic(
    ferry_db: Path,
) -> None:
    # The deal story never says "dispute", but it names the ferry company, the crews'
    # association, the sound and the chief executive of the walkout story.
    answer = ask_json(ferry_db, "what did Oswin Tarrant say about the dispute?")
    said = texts(answer)
    assert "tired crews on a dangerous crossing" in said
    assert "I will not tell them how to vote" in said
    # ranked after the words that name the dispute
    first = answer["quotes"][0]
    assert "tired crews" in first["text"] and first["match"] != "article"


def test_neither_an_earlier_story_nor_an_unrelated_one_joins_the_storyline(
    ferry_db: Path,
) -> None:
    said = texts(ask_json(ferry_db, "what did Oswin Tarrant say about the dispute?"))
    assert "does not break down every winter" not in said  # before the dispute came up
    assert "more than the cake" not in said  # the same man, another story


def test_a_general_question_does_not_fill_with_the_storylines_remarks(ferry_db: Path) -> None:
    answer = ask_json(ferry_db, "who said what about the dispute?", "--limit", "0")
    said = texts(answer)
    assert "tired crews on a dangerous crossing" in said
    assert "islanders will have their boats back" not in said
    assert "I will not tell them how to vote" not in said


def test_a_story_that_gives_no_date_joins_by_its_names(tmp_path: Path) -> None:
    # The follow-up gives no date: it is read on the day it is ingested, years after the
    # dated story, yet it names the trust, its chair and the council of it.
    articles = tmp_path / "articles"
    articles.mkdir()
    dated = {
        "title": "Brennock Town to leave Gaswork Lane for a new stadium",
        "published": "2021-11-20T18:05:00+00:00",
        "body": (
            "Brennock Town will leave Gaswork Lane for a new stadium at Kilnsey Meadows, "
            "the club said on Friday.\n\n"
            '"Gaswork Lane has given this club 129 years," said Alasdair McQuarrie, the '
            "club's chairman. Callum Dunphy of the Brennock Town Supporters' Trust said fans "
            "had not been asked. Brennock Borough Council will decide the plans in March."
        ),
    }
    (articles / "move.json").write_text(json.dumps(dated), encoding="utf-8")
    (articles / "ballot.txt").write_text(
        "Brennock fans give conditional backing to stadium move\n"
        "Supporters have voted to back the move to Kilnsey Meadows.\n"
        "Brennock Town supporters have voted to back the club's move to Kilnsey Meadows, "
        "Callum Dunphy of the Brennock Town Supporters' Trust said.\n"
        '"I should have been in that room last Monday, and I was not," McQuarrie said.\n'
        "Brennock Borough Council has yet to receive the plans.\n",
        encoding="utf-8",
    )
    db = ingested(tmp_path / "t.db", articles)
    said = texts(ask_json(db, "what has McQuarrie said about leaving Gaswork Lane?"))
    assert "given this club 129 years" in said
    assert "I should have been in that room" in said
