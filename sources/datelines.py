"""The date a story's dateline gives ("BRACKWELL, 15 October -", "ROTTERVIK, May 4 (Wire) -"),
or a short byline or broadcast line with a full date ("By Ann Lee | Thursday 26 November
2026", "Broadcast: Wednesday 2 December 2026"), for articles that carry no publication date of
their own (.txt files, pages without date markup): without it such a story would count as
published when it was ingested, and date windows ("in October", "since 20 November") would
keep or drop it wrongly."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta

# Month names and their short forms, from the calendar ("Sept" as well as "Sep").
_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9

_PLACE = r"[A-Z][A-Z'\u2019.\- ]{1,40}(?:,\s*[A-Z][A-Za-z'\u2019.\- ]{1,30})?"
_CREDIT = r"(?:\s*\([^()]{1,40}\))?"
_DAY_MONTH = r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?"
_MONTH_DAY = r"(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
# "FERRINGTON, Monday 23 November 2026 -": the day of the week may come first.
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATELINE = re.compile(
    rf"^{_PLACE}{_CREDIT},\s*{_WEEKDAY}(?:{_DAY_MONTH}|{_MONTH_DAY})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"{_CREDIT}\s*[-\u2013\u2014:]"
)
# A full date inside a short lead line: "Thursday 26 November 2026", "December 2, 2026".
_FULL_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<year>\d{4})\b"
)
# A byline or broadcast line is short and is no sentence of the story.
_DATED_LINE_WORDS = 12
# Datelines lead the body; a byline or a repeated standfirst may come first.
LEAD_PARAGRAPHS = 3


def dateline_date(body: str, reference: datetime | None = None) -> str | None:
    """The ISO timestamp (noon UTC) of the dateline opening one of the body's first
    paragraphs, or None. A dateline without a year is the latest such day not after
    `reference` (default: now), as a paper dates its own stories."""
    now = (reference or datetime.now(UTC)).date()
    for paragraph in body.split("\n\n")[:LEAD_PARAGRAPHS]:
        found = _DATELINE.match(paragraph.strip()) or _dated_line(paragraph.strip())
        if found is None:
            continue
        month = _MONTHS.get((found["m1"] or found["m2"] or "").lower())
        day = int(found["d1"] or found["d2"])
        if month is None:
            continue
        day_of = _day(found["year"], month, day, now)
        if day_of is not None:
            return _noon(day_of)
    return None


# "on Friday 20 November", "Thursday, 26th of November", "Tuesday December 1": a day the
# week's name pins to one year.
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_NAMED_DAY = re.compile(
    r"\b(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:the\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[A-Z][a-z]{2,8})\.?"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<year>\d{4}))?"
)
# Words before a day that make it one still to come, not the news's ("will meet on Tuesday 8
# December", "due by Friday 4 December", "until Monday 30 November").
_AHEAD = re.compile(
    r"\b(?:will|would|shall|due|until|till|by|before|from|next|expected|scheduled|planned|"
    r"set|deadline|ends?|closes?|opens?)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)
# How many of the lead's paragraphs may give the news's day.
LEAD_DATE_PARAGRAPHS = 4


def lead_date(body: str, reference: datetime | None = None) -> str | None:
    """The ISO timestamp (noon UTC) of the latest day, gone by, that the story's lead gives
    with its day of the week ("The club was told on Friday 20 November ..."), for a story
    with no date of its own nor a dateline: the news's day, which the week's day pins to one
    year. A day still to come ("will vote on Tuesday 8 December") is not the news's. None
    when the lead gives no such day."""
    now = (reference or datetime.now(UTC)).date()
    days: list[date] = []
    for paragraph in body.split("\n\n")[:LEAD_DATE_PARAGRAPHS]:
        for found in _NAMED_DAY.finditer(paragraph):
            if _AHEAD.search(paragraph[max(0, found.start() - 60) : found.start()]):
                continue
            month = _MONTHS.get((found["m1"] or found["m2"] or "").lower())
            if month is None:
                continue
            day = _weekday_day(found, month, now)
            if day is not None:
                days.append(day)
    return _noon(max(days)) if days else None


def _weekday_day(found: re.Match[str], month: int, now: date) -> date | None:
    """The day named with its day of the week, in the year given or else the latest year
    that keeps it from the future (`_day`), when it falls on that weekday: a day and a
    weekday that disagree date nothing."""
    day = _day(found["year"], month, int(found["d1"] or found["d2"]), now)
    weekday = _WEEKDAYS[found["weekday"].lower()]
    return (
        day
        if day is not None and day.weekday() == weekday and day <= now + timedelta(days=1)
        else None
    )


_NAME_DATE = re.compile(r"^(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)")


def name_date(file_name: str) -> str | None:
    """The ISO timestamp (noon UTC) of a date opening a file's name, as archives name their
    stories ("2026-11-26-four-day-week-vote.txt"), for a story that gives no date of its own."""
    found = _NAME_DATE.match(file_name)
    if found is None:
        return None
    try:
        return _noon(date(int(found[1]), int(found[2]), int(found[3])))
    except ValueError:
        return None


def _noon(day: date) -> str:
    """A day as the ISO timestamp of its noon, UTC: the time a story's date alone gives."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).isoformat()


def _dated_line(paragraph: str) -> re.Match[str] | None:
    """The full date in a short lead line that is no sentence ("By Ann Lee | Thursday 26
    November 2026", "Published 3 December 2026"), or None."""
    if len(paragraph.split()) > _DATED_LINE_WORDS or paragraph.endswith((".", "!", "?")):
        return None
    return _FULL_DATE.search(paragraph)


def _day(year: str | None, month: int, day: int, now: date) -> date | None:
    """The day, in the year given or else the latest year that keeps it from the future."""
    years = [int(year)] if year else [now.year, now.year - 1]
    for candidate in years:
        try:
            found = date(candidate, month, day)
        except ValueError:
            return None
        if year or found <= now + timedelta(days=1):  # a day's grace for time zones
            return found
    return None
