"""Named events as the bounds of a time window: "before the vote", "since the ballot", "after
the strike". The event is the one the stored articles report on the question's topic (or in
the speaker's stories): its day is the date those articles give it most often, read from the
sentences that name it ("put to a full council vote on 24 November", "strikes every Tuesday
and Friday from 1 December", "voted ... on Tuesday evening" in a story of that Tuesday), else
the day of the first story whose headline names it. The event nouns are data
(ask/data/events.json)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from ask.data_files import ask_data
from ask.lexicon import concepts, fts_query
from ask.when import MONTHS, WEEKDAYS, Period
from storage.db import Store
from storage.profiles import article_texts, articles_about
from storage.quote_lookup import latest_articles_of
from storage.quote_search import topic_places

# How many stories are read to date an event.
STORIES = 40
_RELATIONS = {
    "before": "before",
    "until": "before",
    "till": "before",
    "ahead of": "before",
    "prior to": "before",
    "in the run-up to": "before",
    "in the lead-up to": "before",
    "after": "after",
    "since": "after",
    "following": "after",
}


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Every event noun of ask/data/events.json."""
    raw = ask_data("events.json")
    return frozenset(n for key, nouns in raw.items() if key != "about" for n in nouns)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    relations = "|".join(sorted(map(re.escape, _RELATIONS), key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, event_nouns()), key=len, reverse=True))
    return re.compile(rf"\b(?P<rel>{relations})\s+the\s+(?P<noun>{nouns})\b")


def find_event(text: str, zone: tzinfo | None = None) -> tuple[Period | None, str]:
    """A window bounded by a named event ("before the vote"), not yet dated (its day is read
    in `zone`, the newsroom's, when answered), and the question without those words; (None,
    text) when the question names none. Lower-case text."""
    match = _pattern().search(text)
    if match is None:
        return None, text
    relation = _RELATIONS[match["rel"]]
    label = f"{match['rel']} the {match['noun']}"
    rest = re.sub(r"\s+", " ", f"{text[: match.start()]} {text[match.end() :]}").strip()
    return Period(None, None, label, event=(relation, match["noun"]), zone=zone), rest


def date_event(store: Store, period: Period, topic: str | None, speaker_ids: list[int]) -> Period:
    """The window with its event dated from the stories on the topic (else the speakers'
    stories, else any): "before" ends the day the event began, "after" starts that day
    (days in the newsroom's zone, `period.zone`: a story published at 23:30 UTC on the
    24th is of the 25th in Berlin). Undated (no story names the event) it bounds nothing
    and says so."""
    if period.event is None:
        return period
    relation, noun = period.event
    event = concepts(noun)
    wanted = fts_query((concepts(topic) if topic else []) + event)
    if wanted is None:
        return replace(period, label=f"{period.label} (no date found for it)")
    if not topic and speaker_ids:  # "what did Lusk say since the vote?": his stories' vote
        theirs = list(
            dict.fromkeys(a for s in speaker_ids[:5] for a in latest_articles_of(store, s, STORIES))
        )
        ids = sorted(topic_places(store, wanted, theirs))
    else:
        ids = [int(a["id"]) for a in articles_about(store, wanted, STORIES)]
    zone = period.zone or UTC
    day = event_day(article_texts(store, ids), [form for group in event for form in group], zone)
    if day is None:
        return replace(period, label=f"{period.label} (no date found for it)")
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    label = f"{period.label} ({day.day} {day:%B %Y})"
    if relation == "before":
        return replace(period, until=start, label=label)
    return replace(period, since=start, label=label)


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\b\.?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>\d{{4}}))?"
    rf"|\bon\s+(?P<wd>{_WEEKDAY})\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+|\n+")


def event_day(stories: list[dict[str, Any]], forms: list[str], zone: tzinfo = UTC) -> date | None:
    """The day the stories give the event most often: in each sentence naming it, the date
    nearest the name (a weekday is the latest one not after the story's date, its day in
    `zone`); else the first story whose headline names it."""
    days: Counter[date] = Counter()
    headlined: list[date] = []
    for story in stories:
        published = _day_of(story.get("published"), zone)
        if published is None:
            continue
        if any(_names(str(story.get("title") or ""), forms)):
            headlined.append(published)
        for sentence in _SENTENCE.split(str(story.get("body") or "")):
            where = _names(sentence, forms)
            if not where:
                continue
            dates = [
                (m.start(), day)
                for m in _DATE.finditer(sentence)
                if (day := _resolve(m, published)) is not None
            ]
            if dates:
                nearest = min(dates, key=lambda pair: min(abs(pair[0] - w) for w in where))
                days[nearest[1]] += 1
    if days:
        return max(days, key=lambda d: (days[d], d))
    return min(headlined) if headlined else None


def _names(text: str, forms: list[str]) -> list[int]:
    """Where the text names the event (any of its forms, in any inflection)."""
    lower = text.lower()
    found = []
    for form in forms:
        stem = form[:-1] if form.endswith("e") else form  # "vote": voted, voting, votes
        pattern = rf"\b{re.escape(stem)}(?:e|es|ed|ing|s|d|er|ers)?\b"
        found += [m.start() for m in re.finditer(pattern, lower)]
    return found


def _day_of(published: object, zone: tzinfo = UTC) -> date | None:
    """A story's day in the zone (a date without a time or an offset: as written)."""
    text = str(published or "")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        found = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        return date(int(found[1]), int(found[2]), int(found[3])) if found else None
    return moment.astimezone(zone).date() if moment.tzinfo is not None else moment.date()


def _resolve(match: re.Match[str], published: date) -> date | None:
    """A date in a story: a weekday is the latest one not after the story's day; a day
    without a year is the one nearest the story's day."""
    if match["wd"]:
        back = (published.weekday() - WEEKDAYS[match["wd"].lower()]) % 7
        return published - timedelta(days=back)
    month = MONTHS[(match["m1"] or match["m2"]).lower()]
    day = int(match["d1"] or match["d2"])
    years = (
        [int(match["y"])]
        if match["y"]
        else [published.year - 1, published.year, published.year + 1]
    )
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - published)) if candidates else None
