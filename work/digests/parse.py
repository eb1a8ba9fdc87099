"""Reading `/digest` lines: the action, and for `subscribe` the schedule (daily, weekdays or
every N hours), time, zone, topic and `--empty`. Whatever cannot work is refused with the
reason ("25:99 is not a time of day ...; Mars/Olympus is not a time zone I know ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from ask.intents import clean_question
from ask.lexicon import concepts, fts_query
from work.digests.schedules import (
    DAILY,
    EVERY,
    WEEKDAYS,
    ScheduleError,
    check_zone,
    looks_like_zone,
    parse_every,
    parse_time,
)

USAGE = (
    "Usage: /digest subscribe daily HH:MM [zone] [topic] | subscribe weekdays HH:MM [zone] "
    "[topic] | subscribe every Nh [zone] [topic] | list | unsubscribe ID | now"
)
EXAMPLES = (
    "Examples: /digest subscribe daily 08:00 Europe/London ceasefire \u00b7 "
    "/digest subscribe weekdays 7:30am \u00b7 /digest subscribe every 6h UTC. "
    "The zone is an IANA name (your Slack time zone when left out). Add --empty to post a "
    "digest even when nothing is new."
)
SUBSCRIBE_WORDS = ("subscribe", "sub", "add")
UNSUBSCRIBE_WORDS = ("unsubscribe", "unsub", "remove", "cancel", "delete")
LIST_WORDS = ("list", "ls", "status")
NOW_WORDS = ("now", "preview")
EMPTY_FLAGS = ("--empty", "--always")
_MERIDIEM = ("am", "pm", "a.m.", "p.m.")
MAX_TOPIC_CHARS = 200


@dataclass(frozen=True)
class DigestRequest:
    """What a /digest line asks for; `error` says what is wrong with it (nothing is done)."""

    action: str  # help, subscribe, list, unsubscribe, now
    kind: str | None = None
    at: time | None = None
    every_hours: int = 0
    zone: str | None = None
    topic: str | None = None
    post_empty: bool = False
    subscription_id: int | None = None
    error: str | None = None


def parse_digest(text: str, min_interval_hours: int = 1) -> DigestRequest:
    """Read a /digest command's text; malformed schedules, times and zones get an `error`
    that says why."""
    words = clean_question(text).split()
    if not words or words[0].lower() in ("help", "usage", "?"):
        return DigestRequest("help")
    action, rest = words[0].lower(), words[1:]
    if action in SUBSCRIBE_WORDS:
        return _parse_subscribe(rest, min_interval_hours)
    if action in LIST_WORDS:
        return DigestRequest("list")
    if action in NOW_WORDS:
        return DigestRequest("now")
    if action in UNSUBSCRIBE_WORDS:
        number = rest[0].lstrip("#") if len(rest) == 1 else ""
        if not number.isdigit():
            return DigestRequest(
                "unsubscribe", error="Say which digest: /digest unsubscribe ID (see /digest list)"
            )
        return DigestRequest("unsubscribe", subscription_id=int(number))
    return DigestRequest("help", error=f"I do not know /digest {words[0]}. {USAGE}")


def _parse_subscribe(words: list[str], min_hours: int) -> DigestRequest:
    post_empty = any(w.lower() in EMPTY_FLAGS for w in words)
    words = [w for w in words if w.lower() not in EMPTY_FLAGS]
    when = "say when: daily HH:MM, weekdays HH:MM or every Nh"
    if not words:
        return _refused([f"Cannot subscribe: {when}"])
    first = words[0].lower()
    errors: list[str] = []
    at: time | None = None
    every = 0
    if first in (DAILY, WEEKDAYS, "weekday", EVERY):
        kind = WEEKDAYS if first == "weekday" else first
        rest = words[1:]
    elif re.match(r"^\d{1,2}[:.]?\d{0,2}", first):  # "/digest subscribe 08:00": daily
        kind, rest = DAILY, words
    else:
        return _refused([f"{words[0]} is not a schedule: {when}"])
    if kind == EVERY:
        if not rest:
            return _refused(["every needs an interval in hours, e.g. every 6h"])
        interval, rest = rest[0], rest[1:]
        if rest and rest[0].lower() in ("h", "hr", "hrs", "hour", "hours"):
            interval, rest = interval + "h", rest[1:]
        try:
            every = parse_every(interval, min_hours)
        except ScheduleError as exc:
            errors.append(str(exc))
    else:
        if rest and rest[0].lower() == "at":
            rest = rest[1:]
        if not rest:
            return _refused([f"{kind} needs a time of day, e.g. {kind} 08:00"])
        moment, rest = rest[0], rest[1:]
        if rest and rest[0].lower() in _MERIDIEM:
            moment, rest = moment + rest[0], rest[1:]
        try:
            at = parse_time(moment)
        except ScheduleError as exc:
            errors.append(str(exc))
    zone = None
    if rest and looks_like_zone(rest[0]):
        try:
            zone = check_zone(rest[0])
        except ScheduleError as exc:
            errors.append(str(exc))
        rest = rest[1:]
    else:  # "daily 08:00 ceasefire Europe/London": a real zone after the topic
        for index, word in enumerate(rest):
            if "/" in word and _is_zone(word):
                zone = word
                rest = rest[:index] + rest[index + 1 :]
                break
    topic = _topic(rest)
    if topic and fts_query(concepts(topic)) is None:
        errors.append(f"{topic!r} has no words to search for: name a topic, e.g. ceasefire")
    if errors:
        return _refused(errors)
    return DigestRequest(
        "subscribe",
        kind=kind,
        at=at,
        every_hours=every,
        zone=zone,
        topic=topic,
        post_empty=post_empty,
    )


def _is_zone(word: str) -> bool:
    try:
        check_zone(word)
    except ScheduleError:
        return False
    return True


def _topic(words: list[str]) -> str | None:
    if words and words[0].lower() in ("about", "on", "topic", "topic:"):
        words = words[1:]
    topic = " ".join(words).strip(" \"'\u201c\u201d:")[:MAX_TOPIC_CHARS]
    return topic or None


def _refused(errors: list[str]) -> DigestRequest:
    reasons = " ".join(e.rstrip(".") + "." for e in errors)
    if not reasons.startswith("Cannot subscribe"):
        reasons = "Cannot subscribe: " + reasons
    return DigestRequest("subscribe", error=f"{reasons}\n{USAGE}")
