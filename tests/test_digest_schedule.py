"""Digest schedules: what editors type, refused clearly when it cannot work; the slots a
schedule gives, daylight saving included; the APScheduler trigger built on them."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.scheduler import SlotTrigger
from work.digests.parse import parse_digest
from work.digests.schedules import DAILY, EVERY, WEEKDAYS, Schedule, check_zone, parse_time

LONDON = "Europe/London"
NEW_YORK = "America/New_York"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("08:00", time(8, 0)),
        ("8:05", time(8, 5)),
        ("7:30am", time(7, 30)),
        ("6pm", time(18, 0)),
        ("12am", time(0, 0)),
        ("12:15pm", time(12, 15)),
        ("23:59", time(23, 59)),
        ("14:03:30", time(14, 3, 30)),
    ],
)
def test_times_of_day(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "subscribe daily 08:00 Europe/London ceasefire",
            ("subscribe", DAILY, time(8), 0, LONDON, "ceasefire", False),
        ),
        (
            "subscribe weekdays at 7:30 am water shortage --empty",
            ("subscribe", WEEKDAYS, time(7, 30), 0, None, "water shortage", True),
        ),
        ("subscribe every 6h UTC", ("subscribe", EVERY, None, 6, "UTC", None, False)),
        ("subscribe every 3 hours", ("subscribe", EVERY, None, 3, None, None, False)),
        (
            "subscribe 09:15 GMT about the bridge",
            ("subscribe", DAILY, time(9, 15), 0, "UTC", "the bridge", False),
        ),
        (
            "subscribe daily 08:00 ceasefire America/New_York",
            ("subscribe", DAILY, time(8), 0, NEW_YORK, "ceasefire", False),
        ),
        # A country that is also a legacy zone name is a topic, not a zone.
        ("subscribe daily 08:00 Iran", ("subscribe", DAILY, time(8), 0, None, "Iran", False)),
    ],
)
def test_subscribe_lines(text: str, expected: tuple[object, ...]) -> None:
    request = parse_digest(text)
    assert request.error is None
    got = (
        request.action,
        request.kind,
        request.at,
        request.every_hours,
        request.zone,
        request.topic,
        request.post_empty,
    )
    assert got == expected


@pytest.mark.parametrize(
    "text, why",
    [
        (
            "subscribe daily 25:99 Mars/Olympus",
            [
                "25:99 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59",
                "Mars/Olympus is not a time zone I know",
            ],
        ),
        ("subscribe daily 8:60", ["minutes from 00 to 59"]),
        ("subscribe daily noon", ["noon is not a time of day"]),
        ("subscribe daily", ["daily needs a time of day"]),
        ("subscribe weekdays 13pm", ["with am/pm the hour is 1 to 12"]),
        ("subscribe daily 08:00 EST", ["EST is an abbreviation, not a time zone"]),
        ("subscribe every 0h", ["every 0h is too often"]),
        ("subscribe every 48h", ["longer than a day"]),
        ("subscribe every soon", ["soon is not an interval"]),
        ("subscribe tomorrow 08:00", ["tomorrow is not a schedule"]),
        ("subscribe", ["say when"]),
        ("subscribe daily 08:00 the of", ["no words to search for"]),
        ("unsubscribe", ["Say which digest"]),
        ("frobnicate", ["I do not know /digest frobnicate"]),
    ],
)
def test_bad_lines_are_refused_saying_why(text: str, why: list[str]) -> None:
    request = parse_digest(text)
    assert request.error is not None
    for reason in why:
        assert reason in request.error


def test_minimum_interval_is_a_setting() -> None:
    assert parse_digest("subscribe every 2h", min_interval_hours=2).error is None
    refused = parse_digest("subscribe every 1h", min_interval_hours=2).error
    assert refused is not None and "at most every 2h" in refused


def test_zone_names() -> None:
    assert check_zone("Asia/Kolkata") == "Asia/Kolkata"
    assert check_zone("utc") == "UTC"
    with pytest.raises(ValueError, match="not a time zone"):
        check_zone("../../etc/passwd")


def test_daily_slots_follow_daylight_saving_in_london() -> None:
    schedule = Schedule(DAILY, LONDON, time(8, 0))
    # Clocks go forward on Sunday 30 March 2025 and back on Sunday 26 October 2025.
    march = list(schedule.slots_between(utc(2025, 3, 29), utc(2025, 4, 1)))
    assert march == [utc(2025, 3, 29, 8), utc(2025, 3, 30, 7), utc(2025, 3, 31, 7)]
    october = list(schedule.slots_between(utc(2025, 10, 25), utc(2025, 10, 28)))
    assert october == [utc(2025, 10, 25, 7), utc(2025, 10, 26, 8), utc(2025, 10, 27, 8)]


def test_a_time_the_clocks_skip_comes_an_hour_later_and_a_repeated_one_once() -> None:
    skipped = Schedule(DAILY, LONDON, time(1, 30))  # 01:30 does not exist on 30 March
    assert skipped.next_slot(utc(2025, 3, 30, 0)) == utc(2025, 3, 30, 1, 30)  # 02:30 BST
    twice = Schedule(DAILY, LONDON, time(1, 30))  # 01:30 happens twice on 26 October
    slots = list(twice.slots_between(utc(2025, 10, 25, 12), utc(2025, 10, 26, 12)))
    assert slots == [utc(2025, 10, 26, 0, 30)]  # the first 01:30 (BST), once


def test_every_hours_on_the_day_the_clocks_go_forward_gives_distinct_slots() -> None:
    schedule = Schedule(EVERY, NEW_YORK, every_hours=1)
    # 9 March 2025: 02:00 EST becomes 03:00 EDT; the day has 23 hours.
    day = list(schedule.slots_between(utc(2025, 3, 9, 5), utc(2025, 3, 10, 4)))
    assert len(day) == len(set(day)) == 23
    assert all(b - a == timedelta(hours=1) for a, b in zip(day, day[1:], strict=False))


def test_weekdays_skip_the_weekend_in_the_zone() -> None:
    schedule = Schedule(WEEKDAYS, "Asia/Tokyo", time(7, 0))
    # Friday 6 June 2025 07:00 JST is Thursday 22:00 UTC.
    slots = list(schedule.slots_between(utc(2025, 6, 5), utc(2025, 6, 10)))
    assert slots == [utc(2025, 6, 5, 22), utc(2025, 6, 8, 22), utc(2025, 6, 9, 22)]


def test_every_six_hours_counts_from_local_midnight() -> None:
    schedule = Schedule(EVERY, "Asia/Kolkata", every_hours=6)  # UTC+05:30
    slots = list(schedule.slots_between(utc(2025, 6, 1, 0), utc(2025, 6, 2, 0)))
    assert slots == [
        utc(2025, 6, 1, 0, 30),
        utc(2025, 6, 1, 6, 30),
        utc(2025, 6, 1, 12, 30),
        utc(2025, 6, 1, 18, 30),
    ]


def test_latest_slot() -> None:
    schedule = Schedule(DAILY, "UTC", time(14, 5))
    assert schedule.latest_slot(utc(2025, 6, 6, 14, 5)) == utc(2025, 6, 6, 14, 5)
    assert schedule.latest_slot(utc(2025, 6, 6, 14, 4, 59)) == utc(2025, 6, 5, 14, 5)


def test_trigger_fires_at_slots_and_offers_missed_ones_for_coalescing() -> None:
    trigger = SlotTrigger(Schedule(DAILY, LONDON, time(8, 0)))
    now = utc(2025, 3, 29, 9)
    assert trigger.get_next_fire_time(None, now) == utc(2025, 3, 30, 7)
    # After a pause of two days, the missed slots come one by one (APScheduler coalesces).
    later = utc(2025, 4, 1, 9)
    first = trigger.get_next_fire_time(utc(2025, 3, 29, 8), later)
    assert first == utc(2025, 3, 30, 7)
    assert trigger.get_next_fire_time(first, later) == utc(2025, 3, 31, 7)
