"""Title holders, transcripts and date windows on fictional news (tests/data/titles_windows/:
a borough's parking row and bin collections, a harbour radio interview), asked through
`newsbrief ask --json` as a reporter would: "the council leader" is the leader however the
story introduces him, named or not, and never the opposition's leader or the deputy; a
transcript answer counts on the topic of the question it answers; a story dated only by its
dateline ("TARNWICK, 8 October 2026 -") falls in the right month."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from extract.people_words import COMPLEMENT_RANKS, RANK_WORDS
from sources.datelines import dateline_date
from tests.conftest import DATA, ask_json, ingested, invoke, normalise, stories_db

ARTICLES = DATA / "titles_windows" / "articles"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("titles-windows") / "t.db", ARTICLES)


def said(db: Path, question: str) -> list[tuple[str | None, str]]:
    answer: dict[str, Any] = ask_json(db, question, "--limit", "0")
    return [(q["speaker"], normalise(q["text"])) for q in answer["quotes"]]


def test_the_council_leader_is_neither_the_opposition_leader_nor_the_deputy(store: Path) -> None:
    quotes = said(store, "what did the council leader say about parking charges?")
    speakers = {s for s, _ in quotes}
    assert "Gideon Fairweather" in speakers
    assert not speakers & {"Moses Adeyemi", "Rhiannon Sayle"}  # opposition leader, deputy
    # Unnamed in the protest story: "The leader of the council came out ... he told the crowd".
    assert any("I am not going to pretend I don't" in t for _, t in quotes)
    opposition = {s for s, _ in said(store, "what did the opposition leader say?")}
    assert opposition == {"Moses Adeyemi"}


def test_a_transcript_answer_counts_on_the_topic_of_its_question(store: Path) -> None:
    # The presenter names the topic; her answer does not repeat it.
    quotes = said(store, "what did Mwangi say about the lifeboat station?")
    assert any("Nobody moves it while I have this job" in t for _, t in quotes)
    assert not any("half past five" in t for _, t in quotes)  # answers another question


def test_a_story_dated_only_by_its_dateline_falls_in_its_month(store: Path) -> None:
    october = said(store, "who said what about parking charges in October 2026?")
    assert {s for s, _ in october} == {"Ollie Brandt"}
    november = {s for s, _ in said(store, "who said what about parking charges in November?")}
    assert "Ollie Brandt" not in november and "Gideon Fairweather" in november


def test_a_dateline_without_a_year_is_the_latest_such_day_gone_by() -> None:
    now = datetime(2027, 1, 10, tzinfo=UTC)
    assert dateline_date("SKERROW, 30 November – The port", now) == "2026-11-30T12:00:00+00:00"
    assert dateline_date("SKERROW, Jan. 9 (Wire) - The port", now) == "2027-01-09T12:00:00+00:00"
    assert dateline_date("By Ann Lee\n\nSKERROW, 2 March 2025 - x", now).startswith("2025-03-02")
    assert dateline_date("SKERROW (Wire) - The port reopened on 30 November.", now) is None
    assert dateline_date("On 30 November - the port reopened.", now) is None


def test_a_dateline_may_give_the_day_of_the_week() -> None:
    """A story of many sentences opening "TRELLICK, Tuesday 1 December 2026 - ..." is dated
    so: without it, a .txt story would count as published when it was read in."""
    lead = "TRELLICK, Tuesday 1 December 2026 \u2013 The quay reopened. " + "It rained. " * 20
    assert dateline_date(f"Standfirst.\n\n{lead}") == "2026-12-01T12:00:00+00:00"
    now = datetime(2026, 12, 6, tzinfo=UTC)
    assert dateline_date("TRELLICK, Thursday, Dec. 3 - The quay", now).startswith("2026-12-03")


def test_a_story_file_named_by_its_date_is_dated_so(tmp_path: Path) -> None:
    """An archive's "2026-11-24-ferry-fares.txt", with no date inside, is a story of 24
    November: "on Tuesday" (24 November, asked on 5 December) finds it, the next week not."""
    stories = {
        "2026-11-24-ferry-fares.txt": "Ferry fares to rise\nThe operator blamed fuel.\n"
        'Skipper Tobias Lenk said: "Fuel has doubled since the spring."\n',
        "2026-12-01-ferry-timetable.txt": "Ferry timetable cut\nTwo sailings go.\n"
        'Harbour master Ines Vossberg said: "Two sailings a day is not a service."\n',
    }
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = ingested(tmp_path / "t.db", folder)
    answer = ask_json(
        db, "what was said about the ferry on Tuesday 24 November?", "--as-of", "2026-12-05"
    )
    assert {q["speaker"] for q in answer["quotes"]} == {"Tobias Lenk"}


def test_complement_ranks_are_ranks() -> None:
    """people_words.json complement_ranks: each is a rank word (another office) too."""
    assert COMPLEMENT_RANKS and COMPLEMENT_RANKS <= RANK_WORDS
    assert {"opposition", "deputy", "shadow"} <= COMPLEMENT_RANKS


def test_the_former_leader_is_the_person_the_sentence_before_is_about() -> None:
    """No title in the story says "former leader": the description is the person the
    sentence before is about, as a reader takes it (`newsbrief extract`)."""
    text = (
        "Council leader Ruth Pembury said the vote had been a fair one.\n\n"
        "Bernard Quilley, 67, who announced his resignation last week, was applauded as he "
        "took a seat on the back benches.\n\n"
        '"Twelve years is long enough for anybody," the former leader said.'
    )
    result = invoke("extract", "-", input=json.dumps({"id": "a", "text": text}) + "\n")
    quotes = json.loads(result.output.splitlines()[0])["quotes"]
    assert [(q["speaker"], q["text"]) for q in quotes if "Twelve years" in q["text"]] == [
        ("Bernard Quilley", "Twelve years is long enough for anybody")
    ]


def test_a_story_dated_only_by_the_day_its_lead_gives_is_dated_so(tmp_path: Path) -> None:
    """A .txt story with no date line, no dated file name and no dateline, whose lead says
    "on Friday 20 November", is a story of that day: "this week" (asked on 5 December) does
    not find it, "on Friday 20 November" does. A day still to come ("will vote on Tuesday 1
    December") and a weekday that does not fit its day date nothing."""
    stories = {
        "pool-closes": "Pool to close\nThe lido shuts for good.\n"
        "Swimmers were told on Friday 20 November that the lido would shut for good.\n"
        'Lifeguard Odile Marchetti said: "We found out from a notice on the gate."\n',
        "pool-vote": "Pool vote due\nCouncillors will decide.\n"
        "Councillors will vote on Tuesday 1 December on the lido's future.\n"
        'Swimmer Tariq Bensalem said: "The lido has been here ninety years."\n',
        "pool-rally": "Pool rally\nSwimmers marched.\n"
        "Swimmers marched on Friday 21 November to save the lido.\n"
        'Organiser Liesel Brandauer said: "Nobody asked the people who swim here."\n',
    }
    db = stories_db(tmp_path, stories)
    on_day = ask_json(
        db, "what was said about the lido on Friday 20 November?", "--as-of", "2026-12-05"
    )
    assert {q["speaker"] for q in on_day["quotes"]} == {"Odile Marchetti"}
    week = ask_json(db, "what was said about the lido this week?", "--as-of", "2026-12-05")
    assert "Odile Marchetti" not in {q["speaker"] for q in week["quotes"]}
    every = ask_json(db, "lido", "--limit", "0")["quotes"]
    published = {q["speaker"]: q["article"]["published"] for q in every}
    assert published["Odile Marchetti"].startswith("2026-11-20")
    assert published["Tariq Bensalem"] is None  # a vote to come dates nothing
    assert published["Liesel Brandauer"] is None  # 21 November 2026 was a Saturday
