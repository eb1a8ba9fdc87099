"""The day a remark was made, as its article dates it (ask/said_days.py): a question about a
day ("on Tuesday", "yesterday") finds the remarks a later story dates to that day ("said
yesterday", "told a meeting on Monday night", "at Thursday's hearing", the occasion its
opening names), and leaves out what a story of that day reports as said the week before."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ask.said_days import occasion, said_days
from tests.conftest import ask_json, invoke, said_in

UTC_ZONE = ZoneInfo("UTC")
WEDNESDAY = "2026-03-11T08:00:00+00:00"

STORIES = {
    # Thursday 12 March: "said yesterday" is Wednesday 11 March.
    "slipway": (
        "Slipway to reopen after storm repairs\n\n"
        "PORTHALLOW, 12 March 2026 \u2013 The village slipway is to reopen next month.\n\n"
        "The harbourmaster, Ines Calloway, said yesterday that the new ramp was "
        "\u201cstronger than anything the sea has thrown at it\u201d."
    ),
    # Wednesday 11 March: "told a meeting on Monday night" is Monday 9 March.
    "library": (
        "Campaigners vow to keep Elmcote library open\n\n"
        "ELMCOTE, 11 March 2026 \u2013 Campaigners have promised to run the library "
        "themselves if the council closes it.\n\n"
        "Bram Oyelaran told a packed meeting at the community centre on Monday night that "
        "\u201cevery shelf in that building belongs to this town\u201d."
    ),
    # Saturday 14 March: "at Thursday's hearing" is Thursday 12 March.
    "inquiry": (
        "Quarry inquiry hears from neighbours\n\n"
        "DUNWICH, 14 March 2026 \u2013 The planning inquiry into the quarry extension "
        "closed its first week.\n\n"
        "Speaking at Thursday's hearing, Lowri Pennant said: \u201cThe dust settles on "
        "our washing every single afternoon.\u201d"
    ),
    # Wednesday 11 March: the opening names the occasion, Tuesday 10 March.
    "trust": (
        "Hospital trust approves night shuttle\n\n"
        "KESTON, 11 March 2026 \u2013 The hospital trust's board voted on Tuesday evening "
        "to run a night shuttle bus for staff.\n\n"
        "\u201cNurses should not have to walk home in the dark after a twelve-hour "
        "shift,\u201d said Odile Fairbairn, the board's chair."
    ),
    # Tuesday 10 March, reporting what was said the week before.
    "ferry": (
        "Ferry fares to rise in April\n\n"
        "TARBERT, 10 March 2026 \u2013 Ferry fares on the island route will rise by 6 per "
        "cent from April.\n\n"
        "The operator's director, Casimir Wendt, said last week that \u201cfuel costs have "
        "left us no other choice this spring\u201d."
    ),
    # Saturday 14 March: the inquiry closed on Friday; the paragraph dates its evidence.
    "bypass": (
        "Bypass inquiry closes\n\n"
        "HALSWORTH, 14 March 2026 \u2013 The public inquiry into the Halsworth bypass closed "
        "on Friday.\n\n"
        "Ottilie Marchbank, who chairs the parish council, gave evidence on Tuesday. She told "
        "the inspector the lane had no pavement. \u201cSomeone will be killed on that bend,\u201d "
        "she said.\n\n"
        "\u201cWe have listened to every voice,\u201d said the inspector, Rafael Quist."
    ),
}


def _store(folder: Path) -> Path:
    for name, text in STORIES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = folder / "days.db"
    result = invoke("--db", str(db), "ingest", str(folder))
    assert result.exit_code == 0, result.output
    return db


def _said(db: Path, question: str) -> str:
    answer = ask_json(db, question, "--limit", "0", "--as-of", "2026-03-15")
    return " | ".join(words for _, words in said_in(answer))


def test_a_day_question_finds_what_a_later_story_dates_to_that_day(tmp_path: Path) -> None:
    db = _store(tmp_path)
    assert "stronger than anything the sea" in _said(db, "what did Calloway say on Wednesday?")
    assert "every shelf in that building" in _said(db, "what did Oyelaran say on Monday?")
    assert "The dust settles on our washing" in _said(db, "what did Pennant say on Thursday?")
    assert "walk home in the dark" in _said(db, "what did Fairbairn say on Tuesday?")


def test_a_remarks_paragraph_dates_it_before_the_articles_occasion(tmp_path: Path) -> None:
    db = _store(tmp_path)
    assert "killed on that bend" in _said(db, "what did Marchbank say on Tuesday?")
    assert "killed on that bend" not in _said(db, "what did Marchbank say on Friday?")
    # a paragraph naming no day: the article's occasion, Friday
    assert "every voice" in _said(db, "what did Quist say on Friday?")


def test_a_day_question_leaves_out_other_days(tmp_path: Path) -> None:
    db = _store(tmp_path)
    # The story of Tuesday reports what was said the week before.
    assert "fuel costs" not in _said(db, "what did Wendt say on Tuesday?")
    assert "fuel costs" in _said(db, "what did Wendt say?")
    # Said on Monday, reported on Wednesday: not Wednesday's words.
    assert "every shelf" not in _said(db, "what did Oyelaran say on Wednesday?")


def test_day_phrases_are_read_relative_to_the_publication_day() -> None:
    def day(sentence: str) -> str | None:
        found = said_days(sentence, WEDNESDAY, UTC_ZONE)
        return None if found is None else f"{found[0]:%a %d}-{found[1]:%a %d}"

    assert day("She said on Tuesday that . ") == "Tue 10-Wed 11"
    assert day("On Monday night, the mayor told reporters ") == "Mon 09-Tue 10"
    assert day("he said late on Friday.") == "Fri 06-Sat 07"
    assert day("the minister told MPs yesterday.") == "Tue 10-Wed 11"
    assert day("she said last night.") == "Tue 10-Wed 11"
    assert day("he told the BBC this morning.") == "Wed 11-Thu 12"
    assert day("the union said last week.") == "Mon 02-Mon 09"
    assert day("he said.") is None
    assert day("she said in a statement on Monday.") == "Mon 09-Tue 10"
    assert day("He said the vote on Friday would be close.") is None
    assert day("she said the ballot, which closes on Thursday, would go ahead.") is None
    lede = "The council agreed at Sunday's meeting to sell the depot."
    found = occasion(lede, WEDNESDAY, UTC_ZONE)
    assert found is not None and f"{found[0]:%a %d}" == "Sun 08"


def test_the_next_paragraph_does_not_date_a_statement() -> None:
    from ask.said_days import statement_sentence

    sentence = statement_sentence(
        ", she said. \u201c", "\u201d\n\nShe said the talks end on Friday."
    )
    assert said_days(sentence, WEDNESDAY, UTC_ZONE) is None


def test_an_undated_story_counts_its_days_back_from_the_day_it_came_in(tmp_path: Path) -> None:
    """A story with no date of its own is dated by the day it was ingested (as every window
    dates it): its "told a meeting on <day>" is that day of the week it came in, so a
    question about that day finds it, and about another day does not."""
    today = datetime.now(UTC_ZONE).date()
    said_on = today - timedelta(days=2)
    day = said_on.strftime("%A")
    other = (said_on - timedelta(days=1)).strftime("%A")
    (tmp_path / "pool.txt").write_text(
        "Council rules out rescue cash for Elmcote pool\n\n"
        f"The council will not save Elmcote pool, its leisure chief told a meeting on {day} "
        "night.\n\n"
        "Cllr Femi Harrow said the council could not justify the cost. \u201cI cannot close a "
        "children's centre to keep a pool open,\u201d she said.",
        encoding="utf-8",
    )
    db = tmp_path / "undated.db"
    assert invoke("--db", str(db), "ingest", str(tmp_path)).exit_code == 0
    as_of = ["--limit", "0", "--as-of", today.isoformat()]
    asked = ask_json(db, f"what was said about the Elmcote pool on {day}?", *as_of)
    assert any("children's centre" in words for _, words in said_in(asked))
    elsewhere = ask_json(db, f"what was said about the Elmcote pool on {other}?", *as_of)
    assert not said_in(elsewhere)
