"""Named days, months and years in questions ("5 June", "June 5th, 2025", "Monday", "early
November", "last month", "2019"), read as spans of days in the newsroom's time zone: the
patterns ask/when.py builds its time filters from, and the spans they name."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY_RE = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
ORDINAL_RE = r"(?:st|nd|rd|th)?"
YEAR_RE = r"(?:19|20)\d\d"
# A single date as people type it: "5 June", "June 5th, 2025", "2025-06-05", "5/6/2025",
# "Monday", "yesterday".
# "Tuesday 24 November": the date says which Tuesday.
_ON_WEEKDAY = rf"(?:{WEEKDAY_RE},?\s+)?"
DATE_RE = (
    rf"(?:{_ON_WEEKDAY}(?:the\s+)?\d{{1,2}}{ORDINAL_RE}\s+(?:of\s+)?{MONTH_RE}(?:,?\s+{YEAR_RE})?"
    rf"|{_ON_WEEKDAY}{MONTH_RE}\s+\d{{1,2}}{ORDINAL_RE}(?:,?\s+{YEAR_RE})?"
    rf"|(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+|(?:early|mid|late)[\s-]+)?{MONTH_RE}(?:\s+{YEAR_RE})?"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|(?:last\s+)?{WEEKDAY_RE}"
    rf"|(?:last|this)\s+(?:week|month|year)"
    rf"|today|yesterday|{YEAR_RE})"
)


def day_start(day: date, now: datetime) -> datetime:
    """Midnight starting a day, in the zone of `now`."""
    return datetime.combine(day, time(), tzinfo=now.tzinfo)


def calendar_span(kind: str, unit: str, today: datetime) -> tuple[datetime, datetime, str]:
    """This or last week, month or year as (start, end, label)."""
    if unit == "week":
        start = today - timedelta(days=today.weekday())
        if kind == "last":
            start -= timedelta(weeks=1)
        return start, start + timedelta(weeks=1), f"{kind} week"
    if unit == "month":
        start = today.replace(day=1)
        if kind == "last":
            start = (start - timedelta(days=1)).replace(day=1)
        return start, next_month(start), f"{kind} month ({start:%B %Y})"
    start = today.replace(month=1, day=1)
    if kind == "last":
        start = start.replace(year=start.year - 1)
    return start, start.replace(year=start.year + 1), f"{kind} year ({start.year})"


def weekend_span(today: datetime, previous: bool) -> tuple[datetime, datetime]:
    """The weekend meant by "over the weekend": the latest Saturday and Sunday begun by
    `today` (midnight); with `previous` ("last weekend" said on a Saturday or a Sunday), the
    one before that."""
    back = (today.weekday() - 5) % 7  # days since the latest Saturday
    start = today - timedelta(days=back)
    if previous and back <= 1:
        start -= timedelta(weeks=1)
    return start, start + timedelta(days=2)


def next_month(start: datetime) -> datetime:
    """The first of the next month."""
    return (
        start.replace(year=start.year + 1, month=1)
        if start.month == 12
        else start.replace(month=start.month + 1)
    )


# Parts of a month: (first day, day after the last; None: the month's end).
_THIRDS = {
    "early": (1, 11),
    "start": (1, 11),
    "beginning": (1, 11),
    "mid": (11, 21),
    "late": (21, None),
    "end": (21, None),
}
_THIRDS_SAID = ("early", "mid", "late")


def date_span(text: str, now: datetime) -> tuple[datetime, datetime, str, bool] | None:
    """A named day, month or year as (start, end, label, year implied)."""
    text = text.strip().rstrip(".")
    dated = re.fullmatch(rf"{WEEKDAY_RE},?\s+(.*\d.*)", text)
    text = dated.group(1) if dated else text  # "Tuesday 24 November": 24 November
    today = day_start(now.date(), now)
    if text == "today":
        return today, today + timedelta(days=1), "today", False
    if text == "yesterday":
        return today - timedelta(days=1), today, "yesterday", False
    calendar = re.fullmatch(r"(last|this)\s+(week|month|year)", text)
    if calendar:
        start, end, label = calendar_span(calendar.group(1), calendar.group(2), today)
        return start, end, label, False
    weekday = re.fullmatch(rf"(last\s+)?({WEEKDAY_RE})", text)
    if weekday:
        back = (today.weekday() - WEEKDAYS[weekday.group(2)]) % 7
        if weekday.group(1) and back == 0:
            back = 7
        day = today - timedelta(days=back)
        return day, day + timedelta(days=1), f"{day:%A} {day.day} {day:%B}", False
    if re.fullmatch(YEAR_RE, text):
        start = today.replace(year=int(text), month=1, day=1)
        return start, start.replace(year=start.year + 1), text, False
    month_only = re.fullmatch(
        rf"(?:(?:the\s+)?(start|beginning|end)\s+of\s+|(early|mid|late)[\s-]+)?({MONTH_RE})"
        rf"(?:\s+({YEAR_RE}))?",
        text,
    )
    if month_only:
        part = month_only.group(1) or month_only.group(2)
        month = MONTHS[month_only.group(3).rstrip(".")]
        year = int(month_only.group(4)) if month_only.group(4) else None
        implied = year is None
        if year is None:
            year = now.year if month <= now.month else now.year - 1
        start = today.replace(year=year, month=month, day=1)
        end, label = next_month(start), f"{start:%B %Y}"
        if part:  # "early November": days 1-10; "mid-": 11-20; "late", "the end of": 21 on
            first, last = _THIRDS[part]
            start, end = start.replace(day=first), end if last is None else start.replace(day=last)
            label = f"{part} {label}" if part in _THIRDS_SAID else f"the {part} of {label}"
        return start, end, label, implied
    read = _read_day(text, now)
    if read is None:
        return None
    when, implied = read
    start = day_start(when, now)
    return start, start + timedelta(days=1), f"{when.day} {when:%B %Y}", implied


def _read_day(text: str, now: datetime) -> tuple[date, bool] | None:
    """A calendar day; the year, when not given, is the latest not in the future."""
    text = re.sub(r"^the\s+", "", text)
    found = re.fullmatch(
        rf"(\d{{1,2}}){ORDINAL_RE}\s+(?:of\s+)?({MONTH_RE})(?:,?\s+({YEAR_RE}))?", text
    )
    if found:
        day, month, year = found.group(1), found.group(2), found.group(3)
    else:
        found = re.fullmatch(rf"({MONTH_RE})\s+(\d{{1,2}}){ORDINAL_RE}(?:,?\s+({YEAR_RE}))?", text)
        if found:
            month, day, year = found.group(1), found.group(2), found.group(3)
    if found:
        number = MONTHS[month.rstrip(".")]
        return _latest(int(day), number, int(year) if year else None, now)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), False
        except ValueError:
            return None
    return _dateparser_day(text, now)


def _latest(day: int, month: int, year: int | None, now: datetime) -> tuple[date, bool] | None:
    try:
        if year is not None:
            return date(year, month, day), False
        when = date(now.year, month, day)
        if when > now.date():
            when = date(now.year - 1, month, day)
        return when, True
    except ValueError:
        return None


def _dateparser_day(text: str, now: datetime) -> tuple[date, bool] | None:
    import dateparser  # slow; only for dates the patterns above cannot read

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": now.replace(tzinfo=None),
            "DATE_ORDER": "DMY",
        },
    )
    if parsed is None:
        return None
    return parsed.date(), not re.search(YEAR_RE, text)
