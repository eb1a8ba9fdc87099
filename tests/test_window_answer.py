"""Everything said in a window (ask/window_answer.py): a question naming a time and no topic
or speaker ("what was said yesterday?", "any quotes from this morning", "who was quoted last
week?") answers with every remark made in that window, dated by when the words were said
(ask/said_days.py), not only by when the story appeared."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ask.said_days import occasion
from ask.when import find_period
from ask.window_answer import asks_everything
from tests.conftest import ask_json, invoke, said_in
from tests.test_said_days import WEDNESDAY, _store

NOW = datetime(2026, 3, 15, 12, tzinfo=UTC)


def _period(question: str):  # type: ignore[no-untyped-def]
    return find_period(question.lower(), NOW)[0]


@pytest.mark.parametrize(
    "question",
    [
        "what was said yesterday?",
        "any quotes from this morning",
        "who was quoted last week?",
        "show me the comments since Monday",
        "what did anyone say on Friday?",
        "who said anything on 2 March",
        "who said what on Tuesday",
        "Remarks made between 3 and 5 March?",
    ],
)
def test_a_time_and_no_topic_asks_for_everything_said(question: str) -> None:
    assert asks_everything(question, _period(question))


@pytest.mark.parametrize(
    "question",
    [
        "what did Pike say on Tuesday?",  # a speaker
        "who said what about the lido yesterday?",  # a topic
        "what did the mayor say this week",  # a speaker by title
        "who said what",  # no time
        "what did residents say yesterday?",  # a public (ask/publics.py)
        "what's new this week",  # no word of speech
    ],
)
def test_a_speaker_a_topic_or_no_time_is_not_everything(question: str) -> None:
    assert not asks_everything(question, _period(question))


def _speakers(db: Path, question: str) -> set[str]:
    answer = ask_json(db, question, "--limit", "0", "--as-of", "2026-03-15")
    return {speaker for speaker, _ in said_in(answer)}


def test_everything_said_on_a_day_is_dated_by_when_it_was_said(tmp_path: Path) -> None:
    db = _store(tmp_path)
    # Thursday's story: "said yesterday"; Wednesday's story: "on Monday night" is not Wednesday.
    wednesday = _speakers(db, "who said what on Wednesday?")
    assert "Ines Calloway" in wednesday
    assert "Bram Oyelaran" not in wednesday
    # Wednesday's story of Tuesday evening's board meeting; Tuesday's story of last week.
    tuesday = _speakers(db, "what was said on Tuesday?")
    assert "Odile Fairbairn" in tuesday
    assert "Casimir Wendt" not in tuesday
    # Saturday's story of Thursday's hearing.
    assert "Lowri Pennant" in _speakers(db, "who was quoted on Thursday?")
    assert "Bram Oyelaran" in _speakers(db, "any quotes from Monday")


def test_a_window_with_nothing_said_says_so(tmp_path: Path) -> None:
    db = _store(tmp_path)
    answer = ask_json(db, "who said what on 2 February?", "--as-of", "2026-03-15")
    assert answer["quotes"] == []
    assert "No quotes found" in (answer["message"] or "")


def test_a_remark_of_the_day_before_its_story_is_news_of_both_days(tmp_path: Path) -> None:
    db = _store(tmp_path)
    # Wednesday's story of Tuesday evening's board meeting: Tuesday's words, Wednesday's news.
    assert "Odile Fairbairn" in _speakers(db, "what was said on Tuesday?")
    assert "Odile Fairbairn" in _speakers(db, "who said what on Wednesday?")
    # Wednesday's story of what was said on Monday night: not Wednesday's.
    assert "Bram Oyelaran" not in _speakers(db, "who said what on Wednesday?")


FRIDAY_STORY = (
    "Parish council split over artificial tree\n\n"
    "ASHWORTH, 13 March 2026 \u2013 The parish council voted on Wednesday night to buy an "
    "artificial tree for the green.\n\n"
    "\u201cThis is the sensible thing to do with public money,\u201d said the chairman, "
    "Cllr Hector Ravensdale.\n\n"
    "Ottoline Pryce, who runs the village shop, said last week that a real tree "
    "\u201cbrings people out on a cold night\u201d."
)


def test_a_days_stories_are_its_news_whatever_occasion_their_opening_names(
    tmp_path: Path,
) -> None:
    (tmp_path / "tree.txt").write_text(FRIDAY_STORY, encoding="utf-8")
    db = tmp_path / "tree.db"
    assert invoke("--db", str(db), "ingest", str(tmp_path / "tree.txt")).exit_code == 0
    # Friday's story of Wednesday night's vote is Friday's news ...
    friday = _speakers(db, "what was said on Friday?")
    assert "Hector Ravensdale" in friday
    # ... but not what its own sentence says was said the week before.
    assert "Ottoline Pryce" not in friday


@pytest.mark.parametrize(
    "lede, day",
    [
        ("Councillors will vote on Thursday on the depot's future.", None),
        ("The new ward is due to open on Monday, the trust said.", None),
        ("Traders have until Sunday to object to the market plans.", None),
        ("Talks resume next Friday after a week of stalemate.", None),
        ("Staff are expected back at work on Monday morning.", None),
        ("The strike is set to begin at Thursday's shift change.", None),
        ("Ministers met on Monday, ahead of Friday's deadline.", "Mon 09"),
        ("The harbour board agreed on Tuesday evening to sell the slipway.", "Tue 10"),
    ],
)
def test_a_day_still_to_come_is_no_occasion(lede: str, day: str | None) -> None:
    found = occasion(lede, WEDNESDAY, ZoneInfo("UTC"))
    assert (None if found is None else f"{found[0]:%a %d}") == day


@pytest.mark.parametrize(
    "question",
    [
        "what was said on Tuesday 3 March?",
        "what was said on Tuesday, March 3?",
        "what was said on 3 March?",
    ],
)
def test_a_weekday_before_a_date_is_that_date(question: str) -> None:
    # asked on Sunday 15 March: the latest Tuesday is the 10th, the date says the 3rd
    period = _period(question)
    assert period is not None and period.since is not None
    assert period.since.date().isoformat() == "2026-03-03"
