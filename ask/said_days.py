"""The day a remark was made, as the article dates it. News dates remarks relative to the
day it is published: "said on Tuesday", "told a meeting on Monday night", "said yesterday",
"at Thursday's meeting", "last week"; a remark whose own sentence names no day was made on
the day its paragraph names before it ("X gave evidence on Tuesday. He told ..."), else on
the article's occasion, the day its opening paragraphs name ("The cabinet agreed on Tuesday
evening ..."). A question about a day ("on Tuesday", "yesterday") means the remark's day: a
story published on Wednesday reporting what was said on Tuesday counts; a story published on
Tuesday reporting what was said the week before does not. The phrases are data
(ask/data/day_words.json)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo

from ask.data_files import ask_data
from ask.days import WEEKDAY_RE, WEEKDAYS, day_start
from ask.when import Period
from records.quotes import QuoteRow
from storage.db import Store
from storage.quote_lookup import passages

_WORDS = ask_data("day_words.json")


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_RELATIVE = {w: 0 for w in _WORDS["same_day"]} | {w: -1 for w in _WORDS["day_before"]}
_DAY = (
    rf"(?:(?P<rel>{_alternatives(list(_RELATIVE))})"
    rf"|(?P<week>{_alternatives(_WORDS['week_before'])})"
    rf"|(?:(?:on|at|during|by)\s+)?(?P<last>last\s+)?(?P<wd>{WEEKDAY_RE}day|{WEEKDAY_RE})"
    rf"(?:['\u2019]s)?(?:\s+(?:{_alternatives(_WORDS['day_parts'])}))?)\b"
)
_DAY_RE = re.compile(rf"\b{_DAY}", re.I)
# A day still to come: an 'ahead' word within the four words before the day phrase ("will
# vote on Thursday", "next Friday", "due to open on Monday").
_AHEAD_RE = re.compile(
    rf"\b(?:{_alternatives(_WORDS['ahead'])})\b(?:\s+[\w'\u2019-]+){{0,3}}\s*(?:on\s+|at\s+|by\s+)?$",
    re.I,
)
# A day phrase a few words after a speech cue, or opening the sentence.
# "said on Tuesday", "said in a statement on Friday": what lies between opens with a word of
# `gap_starts` ("said the vote on Tuesday would be close" dates the vote, not the remark);
# "told a packed meeting at the town hall on Monday night": an addressee between.
_GAP = rf"(?:\s+(?:{_alternatives(_WORDS['gap_starts'])})\b(?:\s+[\w'\u2019-]+){{0,6}}?)?"
_CUED_RE = re.compile(
    rf"\b(?:(?:{_alternatives(_WORDS['speech_cues'])})\b{_GAP}"
    rf"|(?:{_alternatives(_WORDS['addressee_cues'])})\b(?:\s+[\w'\u2019-]+){{0,8}}?)\s+{_DAY}",
    re.I,
)
# A statement followed by a paragraph break closes its sentence.
_PARAGRAPH_AFTER = re.compile(r"^[\"'\u201d\u2019]?[ \t]*\n")
_OPENING_RE = re.compile(rf"^\W*(?:(?:speaking|earlier|later)\s+)?(?:on\s+)?{_DAY}", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?$")
# How many characters of an article's opening are read for its occasion.
LEDE = 600
# How far before and after a statement its sentence is looked for.
_REACH = 400
_WEEKDAY_NAMES = {name: n for name, n in WEEKDAYS.items() if len(name) > 4}


def statement_sentence(before: str, after: str) -> str:
    """The words of the sentence reporting a statement, outside the statement: `before` is
    the body before it, `after` the body after it."""
    ends = list(_SENTENCE_END.finditer(before))
    lead = before[ends[-1].end() :] if ends else before
    if _ENDS_SENTENCE.search(before):  # the statement opens a new sentence: no lead
        lead = ""
    tail_end = _SENTENCE_END.search(after)
    tail = after[: tail_end.start() + 1] if tail_end else after
    if _PARAGRAPH_AFTER.match(after):  # the next paragraph reports other words
        tail = ""
    return f"{lead} {tail}"


def _published_day(published: str | None, zone: tzinfo) -> date | None:
    try:
        moment = datetime.fromisoformat((published or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def _span(found: re.Match[str], day: date) -> tuple[date, date]:
    """The days a phrase names, relative to the day the article was published."""
    if found.group("rel"):
        when = day + timedelta(days=_RELATIVE[re.sub(r"\s+", " ", found.group("rel").lower())])
        return when, when + timedelta(days=1)
    if found.group("week"):
        start = day - timedelta(days=day.weekday() + 7)
        return start, start + timedelta(days=7)
    name = found.group("wd").lower()
    back = (day.weekday() - WEEKDAYS.get(name, _WEEKDAY_NAMES.get(name, 0))) % 7
    if found.group("last") and back == 0:
        back = 7
    when = day - timedelta(days=back)
    return when, when + timedelta(days=1)


def said_days(sentence: str, published: str | None, zone: tzinfo) -> tuple[date, date] | None:
    """The days a statement's own sentence says it was made on ("said on Tuesday", "On
    Monday night, she told ..."), or None when it names none."""
    day = _published_day(published, zone)
    if day is None:
        return None
    found = _CUED_RE.search(sentence) or _OPENING_RE.search(sentence)
    return _span(found, day) if found else None


def occasion(lede: str, published: str | None, zone: tzinfo) -> tuple[date, date] | None:
    """The day an article's opening paragraphs name: the occasion of its undated remarks."""
    day = _published_day(published, zone)
    if day is None:
        return None
    for found in _DAY_RE.finditer(lede):
        if not _AHEAD_RE.search(lede[max(0, found.start() - 60) : found.start()]):
            return _span(found, day)
    return None


def _zone(period: Period) -> tzinfo:
    return (period.since.tzinfo if period.since else None) or period.zone or UTC


def within(days: tuple[date, date], period: Period) -> bool:
    """Whether the window holds all the days."""
    zone = _zone(period)
    start, end = (datetime.combine(d, datetime.min.time(), tzinfo=zone) for d in days)
    return (period.since is None or period.since <= start) and (
        period.until is None or end <= period.until
    )


def outside(days: tuple[date, date], period: Period) -> bool:
    """Whether the days all fall outside the window."""
    zone = _zone(period)
    start, end = (datetime.combine(d, datetime.min.time(), tzinfo=zone) for d in days)
    return (period.since is not None and end <= period.since) or (
        period.until is not None and start >= period.until
    )


def days_later(period: Period | None) -> tuple[str, str] | None:
    """The bounds (SQL text) of the articles published in the week after a window of at
    most a week (stories that may report a remark made in it); None for any other window."""
    if period is None or period.since is None or period.until is None:
        return None
    if period.until - period.since > timedelta(days=7):
        return None
    after = day_start(period.until.date(), period.until) + timedelta(days=7)
    return period.sql_bounds()[1] or "", after.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def remark_days(
    store: Store, rows: list[QuoteRow], zone: tzinfo, occasions: bool = True
) -> dict[int, tuple[date, date] | None]:
    """The days each quote was made on, as its article dates it (by the quote's own sentence,
    else by its paragraph before it: "X gave evidence on Tuesday. He told the inspector ...
    '...,' he said", else by the article's occasion; `occasions` False: by its own sentence
    only), by quote id; None when the article names no day. Days are counted back from the
    day the article was published, or, with no date of its own, the day it came in (as every
    window dates such a story)."""
    spans = []
    for row in rows:
        spans += [
            (row.article_id, max(0, row.start - _REACH), row.start),
            (row.article_id, row.end, row.end + _REACH),
            (row.article_id, 0, LEDE),
        ]
    text = passages(store, spans) if rows else {}
    days: dict[int, tuple[date, date] | None] = {}
    for row in rows:
        before = text.get((row.article_id, max(0, row.start - _REACH), row.start), "")
        after = text.get((row.article_id, row.end, row.end + _REACH), "")
        paragraph = before[before.rfind("\n") + 1 :]  # "X gave evidence on Tuesday. He told"
        day = row.published or row.ingested_at  # an undated story's day is the day it came in
        days[row.id] = said_days(statement_sentence(before, after), day, zone)
        if days[row.id] is None and occasions:
            days[row.id] = occasion(paragraph, day, zone) or occasion(
                text.get((row.article_id, 0, LEDE), ""), day, zone
            )
    return days


def dated_into(store: Store, rows: list[QuoteRow], period: Period) -> set[int]:
    """The ids of the quotes (from articles after the window) made, as their articles date
    them, on days the window holds: by their own sentence, else by the article's occasion."""
    days = remark_days(store, rows, _zone(period))
    return {i for i, d in days.items() if d is not None and within(d, period)}


def reported(days: tuple[date, date], published: str | None, zone: tzinfo) -> tuple[date, date]:
    """The days a remark is news on: the days it was made and, when its story appeared the
    day after them, that day too ("said on Thursday" in Friday's paper is Friday's news:
    a reporter asking on Saturday what was said yesterday means it)."""
    day = _published_day(published, zone)
    if day is not None and days[1] == day:
        return days[0], day + timedelta(days=1)
    return days


def dated_outside(store: Store, rows: list[QuoteRow], period: Period) -> set[int]:
    """The ids of the quotes their own sentences date wholly outside the window ("said
    last week" in a story of the window); a remark of the day before its story is news of
    both days. An undated remark of a story whose opening names an earlier occasion
    ("The council voted on Wednesday night ..." in Friday's paper) stays the story's day's
    news: reporters asking for a day's remarks mean that day's stories."""
    zone = _zone(period)
    days = remark_days(store, rows, zone, occasions=False)
    published = {row.id: row.published or row.ingested_at for row in rows}
    return {
        i
        for i, d in days.items()
        if d is not None and outside(reported(d, published[i], zone), period)
    }
