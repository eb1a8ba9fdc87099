"""Time filters: the words reporters use, read in the newsroom's time zone, and answers
filtered on when articles appeared (published, else ingested)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ask.intents import WHAT_DID_X_SAY, WHO_SAID_WHAT, parse_question
from tests.conftest import ask_json, invoke

# A Wednesday, mid-morning, in a newsroom on UTC.
NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "question, label, since, until, rest",
    [
        ("who said what about the strike today", "today", "2026-11-25", "2026-11-26", "strike"),
        ("what did the mayor say yesterday?", "yesterday", "2026-11-24", "2026-11-25", None),
        ("/whosaid truce this week", "this week", "2026-11-23", "2026-11-30", "truce"),
        ("any quotes on the strike since Monday", "since Monday 23 November", "2026-11-23",
         None, "strike"),
        ("what did Okafor say last week", "last week", "2026-11-16", "2026-11-23", None),
        ("quotes about pay in October", "in October 2026", "2026-10-01", "2026-11-01", "pay"),
        ("who said what about the strike between 9 and 11 September 2025",
         "between 9 September 2025 and 11 September 2025", "2025-09-09", "2025-09-12", "strike"),
        ("who said what about the strike between June 3 and June 5, 2025",
         "between 3 June 2025 and 5 June 2025", "2025-06-03", "2025-06-06", "strike"),
        ("what did Rahman say on 6 June 2025", "on 6 June 2025", "2025-06-06", "2025-06-07", None),
        ("what did Rahman say before 2025-06-06", "before 6 June 2025", None, "2025-06-06", None),
        ("what has Halden said in the last 48 hours", "in the last 48 hours", "2026-11-23",
         None, None),
        ("who said what about the strike over the weekend", "over the weekend (21-22 November)",
         "2026-11-21", "2026-11-23", "strike"),
        ("what did Okafor say at the weekend?", "over the weekend (21-22 November)",
         "2026-11-21", "2026-11-23", None),
        ("quotes on the strike earlier this month", "this month (November 2026)", "2026-11-01",
         "2026-12-01", "strike"),
    ],
)  # fmt: skip
def test_time_words_become_a_window(
    question: str, label: str, since: str | None, until: str | None, rest: str | None
) -> None:
    query = parse_question(question, tz="UTC", now=NOW)
    assert query.period is not None
    assert query.period.label == label
    got_since, got_until = query.period.sql_bounds()
    assert (got_since or "")[:10] == (since or "")
    assert (got_until or "")[:10] == (until or "")
    if rest:
        assert rest in (query.topic or "")
    assert "today" not in (query.topic or "") and "since" not in (query.topic or "")


def test_last_weekend_said_at_the_weekend_is_the_one_before() -> None:
    sunday = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)
    this = parse_question("what did Okafor say over the weekend", tz="UTC", now=sunday).period
    last = parse_question("what did Okafor say last weekend", tz="UTC", now=sunday).period
    assert this is not None and this.sql_bounds()[0] == "2026-11-28 00:00:00"
    assert last is not None and last.sql_bounds() == ("2026-11-21 00:00:00", "2026-11-23 00:00:00")
    assert last.label == "last weekend (21-22 November)"


def test_the_window_follows_the_newsroom_time_zone() -> None:
    late_evening = datetime(2026, 11, 25, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    query = parse_question("who said what about the strike today", tz="UTC", now=late_evening)
    assert query.period is not None
    # New York's 25 November runs from 05:00 to 05:00 UTC.
    assert query.period.sql_bounds() == ("2026-11-25 05:00:00", "2026-11-26 05:00:00")


@pytest.mark.parametrize(
    "question", ["who criticised the work done in 2022 by Halden", "what did Theresa May say"]
)
def test_words_that_only_look_like_dates_stay_in_the_topic(question: str) -> None:
    query = parse_question(question, tz="UTC", now=NOW)
    assert query.period is None
    assert query.intent in (WHO_SAID_WHAT, WHAT_DID_X_SAY)


def _article(folder: Path, name: str, published: datetime, speaker: str, words: str) -> None:
    body = (
        f"Drivers stayed off the buses again as the transit strike went on.\n\n"
        f"\u201c{words},\u201d said {speaker}, a union organiser, outside the depot."
    )
    (folder / name).write_text(
        json.dumps(
            {
                "title": f"Strike day: {speaker} speaks",
                "url": f"https://news.example/{name}",
                "published": published.isoformat(),
                "source": "Test Wire",
                "body": body,
            }
        ),
        "utf-8",
    )


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles published today, three days ago and forty days ago (relative to the clock)."""
    folder = tmp_path_factory.mktemp("dated")
    now = datetime.now(UTC)
    _article(folder, "today.json", now - timedelta(minutes=5), "Alma Reyes", "We stay out")
    _article(folder, "recent.json", now - timedelta(days=3), "Bruno Lenz", "Not one bus moves")
    _article(folder, "old.json", now - timedelta(days=40), "Carla Voss", "This is only the start")
    path = folder / "t.db"
    result = invoke("--db", str(path), "ingest", str(folder))
    assert result.exit_code == 0, result.output
    return path


def _speakers(db: Path, question: str) -> set[str]:
    return {q["speaker"] for q in ask_json(db, question)["quotes"]}


def test_answers_keep_only_the_window(dated_db: Path) -> None:
    assert _speakers(dated_db, "who said what about the strike") == {
        "Alma Reyes",
        "Bruno Lenz",
        "Carla Voss",
    }
    assert _speakers(dated_db, "who said what about the strike today") == {"Alma Reyes"}
    assert _speakers(dated_db, "/whosaid strike in the last 7 days") == {
        "Alma Reyes",
        "Bruno Lenz",
    }
    answer = ask_json(dated_db, "what did Carla Voss say this week")
    assert answer["quotes"] == []
    assert "this week" in answer["message"]
    assert answer["period"]["label"] == "this week"
