"""Date windows, article dates and transcripts on fictional island news
(tests/data/windows_transcripts/): a story dated only by its byline or broadcast line, an RSS
item saved with `pubDate` and `link`, front matter with an RFC 2822 date; a radio transcript
whose labels are in ordinary case ("Presenter:", "Mr Okonjo:"); and a promise recalled from
2019 that a window on this November must not count as said in it; a trust's vote on a
harbour levy as the bound of "before the vote" and "since the vote"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from spacy.language import Language

from ask.events import event_day, find_event
from ask.intents import parse_question
from ask.recalled import said_year
from sources.datelines import dateline_date
from sources.dates import normalise_date
from sources.files import parse_json_text, parse_text
from tests.conftest import DATA, ROOT, ask_json, extracted_quotes, ingested, normalise

ARTICLES = DATA / "windows_transcripts" / "articles"
EVENT_FAMILIES = json.loads((ROOT / "ask" / "data" / "events.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("windows-transcripts") / "w.db", ARTICLES)


def said(db: Path, question: str) -> list[tuple[str | None, str]]:
    answer: dict[str, Any] = ask_json(db, question, "--limit", "0")
    return [(q["speaker"], normalise(q["text"])) for q in answer["quotes"]]


def test_articles_take_their_date_from_byline_rss_and_front_matter() -> None:
    radio = parse_text((ARTICLES / "orrin-ferry-radio.txt").read_text("utf-8"), "radio")
    assert (radio.published or "").startswith("2026-11-17")
    rss = parse_json_text((ARTICLES / "orrin-harbour-rss.json").read_text("utf-8"), "rss")
    assert rss.published == "2026-11-12T09:00:00+00:00"
    assert rss.url == "https://www.westrayherald.example/news/orrin-harbour-wall"
    text = (ARTICLES / "orrin-school-front-matter.txt").read_text("utf-8")
    school = parse_text(text, "school")
    assert school.published == "2026-11-23T16:00:00+00:00"
    assert (school.title, school.source) == (
        "Orrin school to stay open after review",
        "Westray Herald",
    )
    assert "---" not in school.body and "Nov 2026" not in school.body


def test_dates_keep_their_offset_and_bylines_are_short_lines() -> None:
    assert normalise_date("Wed, 11 Nov 2026 19:00:00 -0500") == "2026-11-11T19:00:00-05:00"
    assert (dateline_date("By Ann Lee | Thursday 26 November 2026\n\nThe port") or "").startswith(
        "2026-11-26"
    )
    story = "The port, which opened on 26 November 2026, has handled forty ships since then."
    assert dateline_date(story) is None  # a sentence of the story, not a byline


def test_windows_use_those_dates(db: Path) -> None:
    wall = said(db, "who said what about the harbour wall on 12 November 2026?")
    # "..., the island trust has confirmed. Isla Brodie, who chairs the Orrin Island Trust,":
    # the description is the trust named after it (extract/kind_bodies.py).
    assert {s for s, _ in wall} == {"Isla Brodie", "Orrin Island Trust"}
    trust = [t for s, t in wall if s == "Orrin Island Trust"]
    assert any(t.startswith("Repairs to the storm-damaged harbour wall") for t in trust)
    assert not said(db, "who said what about the harbour wall on 13 November 2026?")
    november = said(db, "what did Okonjo say in November 2026?")
    assert any("Because nobody was on it" in t for _, t in november)
    assert not said(db, "what did Okonjo say in October 2026?")


def test_a_transcript_in_ordinary_case_is_its_speakers_words(db: Path) -> None:
    # The presenter names the topic; his answer does not repeat it.
    quotes = said(db, "what did Okonjo say about the school?")
    assert {s for s, _ in quotes} == {"Callum Okonjo"}
    assert any("We will put on a late boat" in t for _, t in quotes)
    assert not any("islanders say" in t for _, t in quotes)  # the presenter's question


def test_a_lone_update_or_broadcast_line_is_no_speaker(nlp: Language) -> None:
    text = parse_text((ARTICLES / "orrin-school-front-matter.txt").read_text("utf-8"), "s").body
    speakers = {q.speaker for q in extracted_quotes(nlp, text)}
    assert "Update" not in speakers and "Morag Fyfe" in speakers
    radio = parse_text((ARTICLES / "orrin-ferry-radio.txt").read_text("utf-8"), "r").body
    assert "Broadcast" not in {q.speaker for q in extracted_quotes(nlp, radio)}


def test_speech_recalled_from_an_earlier_year_is_not_said_in_the_window(db: Path) -> None:
    recent = said(db, "what did Wren say since 20 November 2026?")
    assert any("I am glad we have kept that promise" in t for _, t in recent)
    assert not any("as long as there are children" in t for _, t in recent)
    every = said(db, "what did Wren say?")  # no window: the promise is his words too
    assert any("as long as there are children" in t for _, t in every)


def test_speech_recalled_from_a_year_is_said_in_a_window_holding_that_year(db: Path) -> None:
    # "In 2019, ... Wren had told parents that ..." in a story of November 2026: said then.
    then = said(db, "what did Wren say in 2019?")
    assert any("as long as there are children" in t for _, t in then)
    assert not any("I am glad we have kept that promise" in t for _, t in then)
    assert any(
        "as long as there are children" in t for _, t in said(db, "what did Wren say before 2020?")
    )
    assert not said(db, "what did Wren say in 2018?")
    about = said(db, "who said what about the school in 2019?")
    assert any("as long as there are children" in t for _, t in about)
    assert not any("I am glad we have kept that promise" in t for _, t in about)


def test_said_year_needs_the_past_perfect_and_an_earlier_year() -> None:
    published = "2026-11-23T16:00:00+00:00"
    assert said_year("Last year. In 2019, she had told parents that ", "", published) == 2019
    assert said_year("Last year. She had said in 2022 that ", ". Next.", published) == 2022
    assert said_year("Sales fell in 2019, she said, ", "", published) is None  # said now
    assert said_year("She had warned in 2027 that ", "", published) is None  # not earlier


def test_a_named_event_bounds_the_window_on_the_day_the_stories_give_it(db: Path) -> None:
    # "to be put to a vote ... on 19 November"; "Members voted ... on Thursday" (19 November).
    answer = ask_json(db, "what did Brodie say before the vote?", "--limit", "0")
    assert "19 November 2026" in answer["period"]["label"]
    before = [normalise(q["text"]) for q in answer["quotes"]]
    assert any("not one of them pays a penny" in t for t in before)
    assert not any("here for our grandchildren" in t for t in before)
    after = [t for _, t in said(db, "what did Brodie say since the vote?")]
    assert any("here for our grandchildren" in t for t in after)
    assert not any("not one of them pays a penny" in t for t in after)
    assert not any("harbour wall" in t for t in after)  # 12 November: before the vote


def test_every_event_noun_bounds_a_question() -> None:
    """ask/data/events.json: each family's nouns are read as a bound, not as the topic."""
    for family in ("decisions", "actions", "proceedings", "happenings"):
        nouns = EVENT_FAMILIES[family]
        assert nouns, family
        for noun in nouns:
            period, rest = find_event(f"what did the mayor say before the {noun}")
            assert period is not None and period.event == ("before", noun), noun
            assert rest == "what did the mayor say"
    since = parse_question("what did Brodie say since the strike?", tz="UTC").period
    assert since is not None and since.event == ("after", "strike")
    assert find_event("what did the mayor say about the vote")[0] is None  # the topic


def test_an_interviewer_label_is_nobodys_statement(nlp: Language) -> None:
    """not_speech.json interviewer_labels: the presenter's questions are no one's words, in
    capitals or in ordinary case; the guest's answers stay theirs."""
    radio = parse_text((ARTICLES / "orrin-ferry-radio.txt").read_text("utf-8"), "r").body
    quotes = extracted_quotes(nlp, radio)
    assert {q.speaker for q in quotes} == {"Callum Okonjo"}
    shouted = radio.replace("Presenter:", "PRESENTER:").replace("Mr Okonjo:", "OKONJO:")
    assert {q.speaker for q in extracted_quotes(nlp, shouted)} == {"Callum Okonjo"}


def test_a_tally_in_label_layout_is_no_transcript(nlp: Language) -> None:
    text = (
        "Delegates won so far, by the count of the Ardley Courier:\n\n"
        "Hallam: 547 delegates.\n\nOkafor: 46.\n\nHallam: 2,316.\n\nOkafor: 1,547."
    )
    assert not any(q.speaker in ("Hallam", "Okafor") for q in extracted_quotes(nlp, text))


def test_an_event_is_dated_by_its_stories_else_by_the_first_headline() -> None:
    plans = {
        "published": "2026-11-05T12:00:00+00:00",
        "title": "Levy plans",
        "body": "ORRIN, 5 November 2026 - The plans go to a vote on 19 November.",
    }
    result = {
        "published": "2026-11-19T20:00:00+00:00",
        "title": "Levy backed",
        "body": "Members voted by 212 to 61 on Thursday evening.",
    }
    forms = ["vote", "ballot"]
    day = event_day([plans, result], forms)  # nearest the word, not the dateline's day
    assert day is not None and day.isoformat() == "2026-11-19"
    undated = [
        {"published": "2026-11-16T17:00:00+00:00", "title": "Drivers back ballot", "body": "x"}
    ]
    assert str(event_day(undated, forms)) == "2026-11-16"
    assert (
        event_day([{"published": "2026-11-16", "title": "Pay", "body": "No news."}], forms) is None
    )


def test_an_event_is_dated_in_the_newsroom_zone(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    late = [{"published": "2026-11-24T23:30:00+00:00", "title": "Levy backed in vote", "body": "x"}]
    assert str(event_day(late, ["vote"])) == "2026-11-24"
    assert str(event_day(late, ["vote"], ZoneInfo("Europe/Berlin"))) == "2026-11-25"
    # The vote of 19 November, for a newsroom in Auckland: its 19 November begins at 11:00
    # UTC the day before.
    monkeypatch.setenv("NEWSBRIEF_TZ", "Pacific/Auckland")
    answer = ask_json(db, "what did Brodie say before the vote?", "--limit", "0")
    assert answer["period"]["until"] == "2026-11-18 11:00:00"
    assert "19 November 2026" in answer["period"]["label"]
