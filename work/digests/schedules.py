"""Digest schedules: "daily 08:00", "weekdays 07:30", "every 6h", each in an IANA time zone,
parsed from what an editor types and turned into the UTC instants ("slots") a digest is due.

Slots are computed from local dates through zoneinfo, so daylight saving is followed: a daily
08:00 in Europe/London is 07:00 UTC in summer and 08:00 UTC in winter. A local time that does
not exist on the day the clocks go forward (02:30 in London) comes an hour later that day; a
local time that happens twice when they go back comes once (the first time). Two local times
that fall on the same instant give one slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storage.digests import SubscriptionRow

DAILY = "daily"
WEEKDAYS = "weekdays"
EVERY = "every"
KINDS = (DAILY, WEEKDAYS, EVERY)
MAX_EVERY_HOURS = 24

_TIME = re.compile(r"^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)
_EVERY = re.compile(r"^(\d+)\s*(?:h|hr|hrs|hour|hours)?$", re.IGNORECASE)
# Abbreviations people type for zones; they are ambiguous (IST: India, Ireland, Israel), so
# they are refused with a hint instead of being guessed.
# fmt: off
ABBREVIATIONS = frozenset((
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "BST",
    "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "JST", "KST", "AEST", "AEDT",
    "ACST", "AWST", "NZST", "NZDT", "SAST", "WAT", "CAT", "EAT", "ART", "BRT",
))
# fmt: on
ZONE_HINT = "use an IANA name such as Europe/London, America/New_York or UTC"


class ScheduleError(ValueError):
    """A schedule, time or zone that cannot be used (the message says why)."""


@dataclass(frozen=True)
class Schedule:
    """When a digest is due: `kind` daily / weekdays (at `at`) or every `every_hours` hours
    (on the hour, counted from local midnight), in the IANA zone `zone`."""

    kind: str
    zone: str
    at: time | None = None
    every_hours: int = 0

    @property
    def tz(self) -> ZoneInfo:
        """The zone as a tzinfo."""
        return ZoneInfo(self.zone)

    @property
    def at_text(self) -> str | None:
        """The time of day as stored and shown: "08:00" (or "08:00:30")."""
        if self.at is None:
            return None
        return self.at.strftime("%H:%M:%S" if self.at.second else "%H:%M")

    def describe(self) -> str:
        """For people: "daily at 08:00 (Europe/London)", "every 6h (UTC)"."""
        if self.kind == EVERY:
            return f"every {self.every_hours}h ({self.zone})"
        when = "weekdays" if self.kind == WEEKDAYS else "daily"
        return f"{when} at {self.at_text} ({self.zone})"

    def spec(self) -> str:
        """The schedule as it would be typed: "daily 08:00 Europe/London"."""
        if self.kind == EVERY:
            return f"every {self.every_hours}h {self.zone}"
        return f"{self.kind} {self.at_text} {self.zone}"

    def local_times(self, day: date) -> list[time]:
        """The local times of day the digest is due on a local date."""
        if self.kind == EVERY:
            return [time(hour) for hour in range(0, 24, self.every_hours)]
        assert self.at is not None
        if self.kind == WEEKDAYS and day.weekday() >= 5:
            return []
        return [self.at]

    def slots_on(self, day: date) -> list[datetime]:
        """The slots (UTC) of one local date."""
        zone = self.tz
        return [
            datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)
            for moment in self.local_times(day)
        ]

    def _around(self, moment: datetime, back: int, ahead: int) -> list[datetime]:
        today = _aware(moment).astimezone(self.tz).date()
        found: set[datetime] = set()
        for offset in range(-back, ahead + 1):
            found.update(self.slots_on(today + timedelta(days=offset)))
        return sorted(found)

    def next_slot(self, moment: datetime) -> datetime:
        """The first slot at or after `moment` (aware), in UTC."""
        moment = _aware(moment)
        for slot in self._around(moment, 1, 8):
            if slot >= moment:
                return slot
        raise ScheduleError(f"no slot within a week of {moment.isoformat()}")  # pragma: no cover

    def latest_slot(self, moment: datetime) -> datetime | None:
        """The last slot at or before `moment` (aware), in UTC (None: none in the past week)."""
        moment = _aware(moment)
        earlier = [slot for slot in self._around(moment, 8, 1) if slot <= moment]
        return earlier[-1] if earlier else None

    def slots_between(self, start: datetime, end: datetime) -> Iterator[datetime]:
        """Every slot in [start, end), in order."""
        slot = self.next_slot(start)
        while slot < _aware(end):
            yield slot
            slot = self.next_slot(slot + timedelta(seconds=1))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def parse_time(text: str) -> time:
    """ "08:00", "8:30", "8am", "6:15pm", "07:00:30" as a time of day (ScheduleError says
    why not)."""
    match = _TIME.match(text.strip())
    if not match or (match.group(2) is None and match.group(4) is None):
        raise ScheduleError(f"{text} is not a time of day: write it as HH:MM, e.g. 08:00 or 17:30")
    hour, minute, second = (int(g) if g else 0 for g in match.group(1, 2, 3))
    meridiem = (match.group(4) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"{text} is not a time of day: with am/pm the hour is 1 to 12")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ScheduleError(
            f"{text} is not a time of day: hours go from 00 to 23 and minutes from 00 to 59"
        )
    return time(hour, minute, second)


def parse_every(text: str, min_hours: int) -> int:
    """ "6h", "6" or "6 hours" as a whole number of hours, at least `min_hours` and at most
    a day."""
    match = _EVERY.match(text.strip())
    if not match:
        raise ScheduleError(f"{text} is not an interval: write it in whole hours, e.g. every 6h")
    hours = int(match.group(1))
    if hours < min_hours:
        raise ScheduleError(
            f"every {hours}h is too often: digests come at most every {min_hours}h "
            "(NEWSBRIEF_DIGEST_MIN_INTERVAL_HOURS)"
        )
    if hours > MAX_EVERY_HOURS:
        raise ScheduleError(f"every {hours}h is longer than a day: use daily HH:MM instead")
    return hours


def looks_like_zone(word: str) -> bool:
    """True for a word meant as a time zone (an IANA name has a slash; UTC, GMT and common
    abbreviations count too), so that topic words are never taken for zones."""
    return "/" in word or word.upper() in ("UTC", "GMT", "Z") or word.upper() in ABBREVIATIONS


def check_zone(name: str) -> str:
    """The canonical IANA zone name, or ScheduleError saying why it cannot be used."""
    if name.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    if name.upper() in ABBREVIATIONS:
        raise ScheduleError(f"{name} is an abbreviation, not a time zone: {ZONE_HINT}")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"{name} is not a time zone I know: {ZONE_HINT}") from None
    return name


def schedule_from_row(kind: str, zone: str, at: str | None, every_hours: int | None) -> Schedule:
    """A stored subscription's schedule."""
    moment = parse_time(at) if at else None
    return Schedule(kind, zone, moment, every_hours or 0)


def iso(moment: datetime) -> str:
    """A UTC timestamp as the store keeps it: ISO 8601 to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    """A stored timestamp back to an aware datetime."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def schedule_of(sub: SubscriptionRow) -> Schedule:
    """A subscription's schedule."""
    return schedule_from_row(sub.kind, sub.zone, sub.at_time, sub.every_hours)


def meta_line(sub: SubscriptionRow) -> str:
    """A line about the subscription under its digests: "#3 · daily at 08:00 (UTC)"."""
    return f"Digest #{sub.id} \u00b7 {schedule_of(sub).describe()}"
