"""A speaker who admits a fault of their own side ("we got it wrong", "I made a mistake") is
not a critic of the topic: a negative evaluative word said of the first person takes no side
(ask/data/stance.json "admission"), while one said of something else still does ("we think it
is wrong"). Fictional stories of a hill town, ingested through the CLI and asked through
`newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_lexicon import NEGATIVE, load_stance, polarity
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "buses": (
        "Highcombe bus firm offers refunds after timetable chaos\n"
        "Season ticket holders will get a month free.\n"
        "HIGHCOMBE, 2 June - Tollard Coaches will refund a month of fares to every season ticket "
        "holder after a week of missed buses in Highcombe, the firm said on Monday.\n"
        'Its managing director, Wenna Trago, told listeners of Highcombe FM: "We made a '
        'mistake with the new timetable and we were wrong to launch it in half term."\n'
        "Bartholomew Idris, who runs the Highcombe Passengers' Forum, said the refund scheme was "
        'unfair to people who pay daily. "It is a shameful way to treat the poorest riders," '
        "he said.\n"
        "Gwen Aldous, a commuter, said she would wait for her refund before judging.\n"
    ),
}


@pytest.fixture(scope="module")
def buses_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("admissions"), STORIES)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We got the dates wrong, and we are sorry.", None),
        ("I made a mistake.", None),
        ("We were wrong about the ferry.", None),
        ("It was our failure.", None),
        ("We think it is wrong.", NEGATIVE),  # another subject: about something else
        ("We said the plan was wrong.", NEGATIVE),  # a copula of another subject
        ("This is a shameful day for the town.", NEGATIVE),
    ],
)
def test_an_admission_takes_no_side(text: str, expected: str | None) -> None:
    assert polarity(text) == expected


ADMITTED = {  # each first-person word of the lexicon, admitting a fault
    "i": "I made a mistake.",
    "we": "We made a mistake.",
    "my": "That was my mistake.",
    "our": "That was our failure.",
    "i've": "I've made a mistake.",
    "we've": "We've made a mistake.",
    "i'm": "I'm wrong about that.",
    "we're": "We're wrong about that.",
    "i'd": "I'd made a mistake.",
    "we'd": "We'd made a mistake.",
}


@pytest.mark.parametrize("word", sorted(load_stance().first_person))
def test_every_first_person_word_admits(word: str) -> None:
    assert polarity(ADMITTED[word]) is None
    assert polarity("The board made a mistake.") == NEGATIVE


def test_who_criticised_leaves_out_the_firm_that_apologised(buses_db: Path) -> None:
    answer = ask_json(buses_db, "who criticised the refund scheme?")
    found = speakers_in(answer)
    assert "Bartholomew Idris" in found
    assert "Wenna Trago" not in found
