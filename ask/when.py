"""Time filters in questions: "today", "yesterday", "this week", "since Monday", "in October",
"between 3 and 5 June", "last 48 hours".

Periods are computed in the newsroom's time zone (`NEWSBRIEF_TZ`) relative to now and turned
into UTC bounds; answers filter on an article's published date, else the time it was
ingested. Common phrases are read here with regular expressions (fast: the ask path must
answer in well under a second); any other date ("the 3rd of June 2025", "5/6/2025") goes to
dateparser, imported only then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# A single date as people type it: "5 June", "June 5th, 2025", "2025-06-05", "5/6/2025",
# "Monday", "yesterday".
_DATE = (
    rf"(?:(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+{_YEAR})?"
    rf"|(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+|(?:early|mid|late)[\s-]+)?{_MONTH}(?:\s+{_YEAR})?"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|(?:last\s+)?{_WEEKDAY}"
    rf"|(?:last|this)\s+(?:week|month|year)"
    rf"|today|yesterday|{_YEAR})"
)
_UNITS = {
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
    "fortnight": timedelta(weeks=2),
    "month": timedelta(days=30),
    "year": timedelta(days=365),
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "couple of": 2,
}
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"

_UNIT = r"(?:hour|day|week|fortnight|month|year)"
_PHRASES: list[tuple[str, re.Pattern[str]]] = [
    ("between", re.compile(
        rf"\b(?:between|from)\s+(?P<a>{_DATE})\s+(?:and|to|until|till|-)\s+(?P<b>{_DATE})\b"
    )),
    ("rolling", re.compile(
        rf"\b(?:(?:in|over|during|within|for)\s+the\s+(?:last|past|previous)|(?:the\s+)?past"
        rf"|(?:last|previous)(?=\s+{_COUNT}\s+{_UNIT}))\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>{_UNIT})s?\b"
    )),
    ("since", re.compile(rf"\b(?:since|after)\s+(?P<a>{_DATE})\b")),
    ("before", re.compile(rf"\b(?:before|until|till|up to|prior to)\s+(?P<a>{_DATE})\b")),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b")),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b")),
    ("this", re.compile(
        r"\b(?:(?:earlier|so\s+far)\s+)?(?:this|the current)\s+(?P<unit>week|month|year)"
        r"(?:\s+so\s+far)?\b"
    )),
    ("last", re.compile(r"\b(?:last|previous)\s+(?P<unit>week|month|year)\b")),
    ("on", re.compile(
        rf"\b(?:on|in|during|from|at(?=\s+the\s+(?:start|beginning|end)\s+of))\s+(?P<a>{_DATE})\b"
    )),
]  # fmt: skip


@dataclass(frozen=True)
class Period:
    """A time window: UTC bounds (`until` exclusive) and how to say it."""

    since: datetime | None
    until: datetime | None
    label: str
    year_implied: bool = False
    event: tuple[str, str] | None = None  # ("before" or "after", noun): ask/events.py dates it

    def sql_bounds(self) -> tuple[str | None, str | None]:
        """Bounds as SQLite `datetime()` text in UTC ("2025-06-05 00:00:00")."""
        return (_sql(self.since), _sql(self.until))

    def earlier_year(self) -> Period:
        """The same window a year before (for "in June" when this June has no articles)."""
        since = _minus_year(self.since)
        until = _minus_year(self.until)
        anchor = self.since or self.until
        label = self.label
        if anchor is not None:
            label = label.replace(str(anchor.year), str(anchor.year - 1))
        return replace(self, since=since, until=until, label=label)


def _sql(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _minus_year(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    try:
        return moment.replace(year=moment.year - 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - 1, day=28)


def zone(name: str | None) -> ZoneInfo:
    """The newsroom's time zone; UTC when the name is empty or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def find_period(text: str, now: datetime) -> tuple[Period | None, str]:
    """The time window a question names, and the question without those words.

    `now` is aware and in the newsroom's zone. Text is lower-case. Returns (None, text)
    when the question names no time, or names one that cannot be read.
    """
    # "between 9 and 11 September" -> "between 9 September and 11 September"
    text = re.sub(
        rf"\b(\d{{1,2}}){_ORD}\s+(and|to|-|until)\s+(\d{{1,2}}{_ORD}\s+({_MONTH})(\s+{_YEAR})?)",
        lambda m: f"{m.group(1)} {m.group(4)}{m.group(5) or ''} {m.group(2)} {m.group(3)}",
        text,
    )
    for kind, pattern in _PHRASES:
        for match in pattern.finditer(text):
            if (
                kind == "on"
                and re.fullmatch(_YEAR, match.group("a"))
                and text[match.end() :].strip()
            ):
                continue  # "the work done in 2022 by Halden": a topic, not a time filter
            period = _period(kind, match, now)
            if period is not None:
                rest = (text[: match.start()] + " " + text[match.end() :]).strip()
                return period, re.sub(r"\s+", " ", rest)
    return None, text


def _day_start(day: date, now: datetime) -> datetime:
    return datetime.combine(day, time(), tzinfo=now.tzinfo)


def _period(kind: str, match: re.Match[str], now: datetime) -> Period | None:
    today = _day_start(now.date(), now)
    groups = match.groupdict()
    if kind == "today":
        return Period(today, today + timedelta(days=1), "today")
    if kind == "yesterday":
        return Period(today - timedelta(days=1), today, "yesterday")
    if kind in ("this", "last"):
        return _calendar(kind, groups["unit"], today)
    if kind == "rolling":
        count = _count(groups.get("n"))
        unit = groups["unit"]
        if count is None:
            return None
        since = now - _UNITS[unit] * count
        label = f"in the last {count} {unit}s" if count != 1 else f"in the last {unit}"
        if unit == "day" and count == 1:
            label = "in the last 24 hours"
        return Period(since, None, label)
    first = _date_span(groups["a"], now)
    if first is None:
        return None
    start, end, label, implied = first
    if kind == "between":
        second = _date_span(groups["b"], now)
        if second is None:
            return None
        start2, end2, label2, implied2 = second
        if implied and not implied2:  # "between 3 June and 5 June 2025"
            start, end, label, _ = _date_span(f"{groups['a']} {start2.year}", now) or first
        if start2 < start and implied:
            start = _minus_year(start) or start
            label = label.replace(str(start.year + 1), str(start.year))
        if end2 <= start:
            return None
        return Period(start, end2, f"between {label} and {label2}", implied and implied2)
    if kind == "since":
        return Period(start, None, f"since {label}", implied)
    if kind == "before":
        return Period(None, start, f"before {label}", implied)
    return Period(
        start, end, ("on " if end - start <= timedelta(days=1) else "in ") + label, implied
    )


def _count(text: str | None) -> int | None:
    if not text:
        return 1
    text = text.strip()
    if text.isdigit():
        return int(text) if int(text) > 0 else None
    return _NUMBERS.get(text)


def _calendar(kind: str, unit: str, today: datetime) -> Period:
    if unit == "week":
        start = today - timedelta(days=today.weekday())
        if kind == "last":
            start -= timedelta(weeks=1)
        return Period(start, start + timedelta(weeks=1), f"{kind} week")
    if unit == "month":
        start = today.replace(day=1)
        if kind == "last":
            start = (start - timedelta(days=1)).replace(day=1)
        return Period(start, _next_month(start), f"{kind} month ({start:%B %Y})")
    start = today.replace(month=1, day=1)
    if kind == "last":
        start = start.replace(year=start.year - 1)
    return Period(start, start.replace(year=start.year + 1), f"{kind} year ({start.year})")


def _next_month(start: datetime) -> datetime:
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


def _date_span(text: str, now: datetime) -> tuple[datetime, datetime, str, bool] | None:
    """A named day, month or year as (start, end, label, year implied)."""
    text = text.strip().rstrip(".")
    today = _day_start(now.date(), now)
    if text == "today":
        return today, today + timedelta(days=1), "today", False
    if text == "yesterday":
        return today - timedelta(days=1), today, "yesterday", False
    calendar = re.fullmatch(r"(last|this)\s+(week|month|year)", text)
    if calendar:
        period = _calendar(calendar.group(1), calendar.group(2), today)
        assert period.since is not None and period.until is not None
        return period.since, period.until, period.label, False
    weekday = re.fullmatch(rf"(last\s+)?({_WEEKDAY})", text)
    if weekday:
        back = (today.weekday() - WEEKDAYS[weekday.group(2)]) % 7
        if weekday.group(1) and back == 0:
            back = 7
        day = today - timedelta(days=back)
        return day, day + timedelta(days=1), f"{day:%A} {day.day} {day:%B}", False
    if re.fullmatch(_YEAR, text):
        start = today.replace(year=int(text), month=1, day=1)
        return start, start.replace(year=start.year + 1), text, False
    month_only = re.fullmatch(
        rf"(?:(?:the\s+)?(start|beginning|end)\s+of\s+|(early|mid|late)[\s-]+)?({_MONTH})"
        rf"(?:\s+({_YEAR}))?",
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
        end, label = _next_month(start), f"{start:%B %Y}"
        if part:  # "early November": days 1-10; "mid-": 11-20; "late", "the end of": 21 on
            first, last = _THIRDS[part]
            start, end = start.replace(day=first), end if last is None else start.replace(day=last)
            label = f"{part} {label}" if part in _THIRDS_SAID else f"the {part} of {label}"
        return start, end, label, implied
    read = _read_day(text, now)
    if read is None:
        return None
    when, implied = read
    start = _day_start(when, now)
    return start, start + timedelta(days=1), f"{when.day} {when:%B %Y}", implied


def _read_day(text: str, now: datetime) -> tuple[date, bool] | None:
    """A calendar day; the year, when not given, is the latest not in the future."""
    text = re.sub(r"^the\s+", "", text)
    found = re.fullmatch(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})(?:,?\s+({_YEAR}))?", text)
    if found:
        day, month, year = found.group(1), found.group(2), found.group(3)
    else:
        found = re.fullmatch(rf"({_MONTH})\s+(\d{{1,2}}){_ORD}(?:,?\s+({_YEAR}))?", text)
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
    return parsed.date(), not re.search(_YEAR, text)
