""" "Who said what in/at/during <named event>" asks about the event as "about" does: the
stories of its storyline (sharing its distinctive people, court and places) answer it, the
stories that say the event's word first; a story that shares only a common word ("trial")
or only the place does not. Fictional stories of a ferry pilot's trial, ingested through
the CLI, asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.intents import parse_question
from ask.named_stories import asks_about
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "opens": (
        "Ferry pilot ignored storm warnings, manslaughter trial hears\n"
        "The jury was told the crossing should never have left port.\n"
        "KILCARROW, 2 February 2026 - A harbour pilot ignored two storm warnings before the "
        "Saltmere ferry capsized, killing three passengers, a jury at Kilcarrow Crown Court "
        "heard on Monday at the start of his trial.\n"
        "Tobias Wren, 47, denies three counts of gross negligence manslaughter.\n"
        'Opening the case, Anwen Lloyd KC said: "The sea that night was no place for a '
        'crowded ferry, and Mr Wren knew it."\n'
        "Defending, Rhodri Vance KC said his client had followed the harbour's own rules.\n"
    ),
    "verdict": (
        "Saltmere ferry pilot guilty of killing three passengers\n"
        "Tobias Wren will be sentenced next month.\n"
        "KILCARROW, 13 February 2026 - A harbour pilot has been found guilty of the "
        "manslaughter of three passengers who drowned when the Saltmere ferry capsized.\n"
        "A jury at Kilcarrow Crown Court convicted Tobias Wren after two days of deliberation.\n"
        'Judge Fenella Orde told him: "You must expect to go to prison."\n'
        "Anwen Lloyd KC, prosecuting, said the families had waited a long time for answers.\n"
        'Rhodri Vance KC said outside court: "Mr Wren will consider an appeal."\n'
    ),
    "regatta": (
        "Saltmere regatta returns after a five-year break\n"
        "Forty boats raced in the bay on Sunday.\n"
        "SALTMERE, 8 February 2026 - Forty boats raced across Saltmere bay on Sunday as the "
        "village regatta returned for the first time in five years.\n"
        '"It felt like the whole coast turned out," said Morwenna Tait, the race secretary.\n'
    ),
    "drugs": (
        "Hospital trial of new asthma inhaler shows promise\n"
        "Early results were published on Tuesday.\n"
        "LOWMOOR, 10 February 2026 - A trial of a new asthma inhaler at Lowmoor General "
        "Hospital cut emergency admissions by a third, doctors said on Tuesday.\n"
        '"The results are better than we dared hope," said Dr Imogen Carrick, who led the '
        "trial.\n"
    ),
}


@pytest.fixture(scope="module")
def trial_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the four stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("named_events"), STORIES)


@pytest.mark.parametrize("place", ["in", "at", "during"])
def test_the_storylines_stories_answer_who_said_what_in_the_event(
    trial_db: Path, place: str
) -> None:
    answer = ask_json(trial_db, f"who said what {place} the Saltmere ferry trial")
    said = " | ".join(q["text"] for q in answer["quotes"])
    # the verdict story never says "trial": it is of the same storyline (court, defendant,
    # barristers), so the judge's words there answer too
    assert "You must expect to go to prison" in said
    assert {"Anwen Lloyd", "Fenella Orde"} <= speakers_in(answer)
    # the story that says the event's words comes first
    assert answer["quotes"][0]["match"] != "part"
    assert "The sea that night" in said
    # the village's regatta and another "trial" are not the pilot's trial
    assert not {"Morwenna Tait", "Imogen Carrick"} & speakers_in(answer)


@pytest.mark.parametrize(
    "question",
    [
        "who said what at the Harwick inquest",
        "who said what during the Kellway dock strike",
        "who said what following the Tarnford derailment",
        "who said what after the Kestrel Cup final",
        "who said what in the Aranda libel case",
        "who said what before the Dunmore by-election",
    ],
)
def test_an_event_placed_by_in_at_during_or_after_is_asked_about(question: str) -> None:
    topic = parse_question(question, tz="UTC").topic or ""
    assert asks_about(question, topic)


@pytest.mark.parametrize(
    "question",
    [
        "who said the harbour is not for sale",
        "who said in the debate that fares would rise",
    ],
)
def test_a_claim_is_still_no_subject(question: str) -> None:
    topic = parse_question(question, tz="UTC").topic or ""
    assert not asks_about(question, topic)
