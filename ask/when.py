"""Time filters in questions: "today", "yesterday", "over the weekend", "this week", "since
Monday", "in October", "between 3 and 5 June", "last 48 hours".

Periods are computed in the newsroom's time zone (`NEWSBRIEF_TZ`) relative to now and turned
into UTC bounds; answers filter on an article's published date, else the time it was
ingested. Common phrases are read here with regular expressions (fast: the ask path must
answer in well under a second); named days, months and years are read by ask/days.py (any
other date, "the 3rd of June 2025", "5/6/2025", goes to dateparser, imported only then).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask.days import (
    DATE_RE,
    MONTH_RE,
    MONTHS,
    ORDINAL_RE,
    WEEKDAYS,
    YEAR_RE,
    calendar_span,
    date_span,
    day_start,
    weekend_span,
)

__all__ = ["MONTHS", "WEEKDAYS", "Period", "find_period", "zone"]

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
        rf"\b(?:between|from)\s+(?P<a>{DATE_RE})\s+(?:and|to|until|till|-)\s+(?P<b>{DATE_RE})\b"
    )),
    ("rolling", re.compile(
        rf"\b(?:(?:in|over|during|within|for)\s+the\s+(?:last|past|previous)|(?:the\s+)?past"
        rf"|(?:last|previous)(?=\s+{_COUNT}\s+{_UNIT}))\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>{_UNIT})s?\b"
    )),
    ("since", re.compile(rf"\b(?:since|after)\s+(?P<a>{DATE_RE})\b")),
    ("before", re.compile(rf"\b(?:before|until|till|up to|prior to)\s+(?P<a>{DATE_RE})\b")),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b")),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b")),
    ("weekend", re.compile(
        r"\b(?:(?:over|at|on|during)\s+the|this|(?P<last>last|the\s+past))\s+weekend\b"
    )),
    ("this", re.compile(
        r"\b(?:(?:earlier|so\s+far)\s+)?(?:this|the current)\s+(?P<unit>week|month|year)"
        r"(?:\s+so\s+far)?\b"
    )),
    ("last", re.compile(r"\b(?:last|previous)\s+(?P<unit>week|month|year)\b")),
    ("on", re.compile(
        rf"\b(?:on|in|during|from|at(?=\s+the\s+(?:start|beginning|end)\s+of))\s+(?P<a>{DATE_RE})\b"
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
    zone: tzinfo | None = None  # the newsroom's zone an event's day is read in (None: UTC)

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
        rf"\b(\d{{1,2}}){ORDINAL_RE}\s+(and|to|-|until)\s+(\d{{1,2}}{ORDINAL_RE}\s+({MONTH_RE})(\s+{YEAR_RE})?)",
        lambda m: f"{m.group(1)} {m.group(4)}{m.group(5) or ''} {m.group(2)} {m.group(3)}",
        text,
    )
    for kind, pattern in _PHRASES:
        for match in pattern.finditer(text):
            if (
                kind == "on"
                and re.fullmatch(YEAR_RE, match.group("a"))
                and text[match.end() :].strip()
            ):
                continue  # "the work done in 2022 by Halden": a topic, not a time filter
            period = _period(kind, match, now)
            if period is not None:
                rest = (text[: match.start()] + " " + text[match.end() :]).strip()
                return period, re.sub(r"\s+", " ", rest)
    return None, text


def _period(kind: str, match: re.Match[str], now: datetime) -> Period | None:
    today = day_start(now.date(), now)
    groups = match.groupdict()
    if kind == "today":
        return Period(today, today + timedelta(days=1), "today")
    if kind == "weekend":
        start, end = weekend_span(today, bool(groups.get("last")))
        said = "last" if groups.get("last") else "over the"
        return Period(start, end, f"{said} weekend ({_days(start, end)})")
    if kind == "yesterday":
        return Period(today - timedelta(days=1), today, "yesterday")
    if kind in ("this", "last"):
        return Period(*calendar_span(kind, groups["unit"], today))
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
    first = date_span(groups["a"], now)
    if first is None:
        return None
    start, end, label, implied = first
    if kind == "between":
        second = date_span(groups["b"], now)
        if second is None:
            return None
        start2, end2, label2, implied2 = second
        if implied and not implied2:  # "between 3 June and 5 June 2025"
            start, end, label, _ = date_span(f"{groups['a']} {start2.year}", now) or first
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


def _days(start: datetime, end: datetime) -> str:
    """Two days as said: "28-29 November", "31 January-1 February"."""
    last = end - timedelta(days=1)
    if start.month == last.month:
        return f"{start.day}-{last.day} {last:%B}"
    return f"{start.day} {start:%B}-{last.day} {last:%B}"
