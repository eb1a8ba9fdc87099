"""People in the news: "who's in the news (this week)", "who has been quoted about taxes",
"the most quoted people", `/newsbrief people [topic]`: the people quoted most (in the
window, on the topic, in the publishers asked about), with their roles, how many statements
each made and one of them.

Without a topic or a time, "in the news" means the week up to the store's latest article.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta

from ask.lexicon import concepts, describe, fts_query
from ask.ordering import to_views
from ask.search import Found, quotes_on_topic
from ask.speech import row_is_said
from ask.statements import as_statements
from ask.views import Answer
from ask.when import Period
from storage.db import Store
from storage.newsmakers import most_quoted_people
from storage.overview import article_span
from storage.quote_lookup import quotes_by_speakers
from storage.quotes import QuoteRow

PEOPLE = "people"
MAX_PEOPLE = 10
ALL_PEOPLE = 200
TOPIC_QUOTES = 2_000  # quotes read to count who spoke on a topic

_ABOUT = r"(?:about|on|over|regarding|concerning|in relation to)"
_PHRASES = [
    re.compile(r"^/newsbrief\s+people\b(?:\s+(?:about|on|quoted about)\b)?\s*(?P<topic>.*)$"),
    re.compile(
        r"^who(?:'s|\s+is|\s+are|\s+was|\s+were|\s+has|\s+have)?\s+(?:been\s+)?"
        r"(?:in|making)\s+(?:the\s+)?(?:news|headlines)"
        rf"(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
    ),
    re.compile(
        r"^who(?:'s|\s+is|\s+are|\s+was|\s+were|\s+has|\s+have)?\s+(?:been\s+)?(?:the\s+)?"
        r"(?:most|top)[\s-]+quoted(?:\s+(?:people|persons?|speakers?|sources?|voices?))?"
        rf"(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
    ),
    re.compile(
        r"^who(?:'s|\s+has|\s+have|\s+is|\s+are)?\s+(?:been\s+|being\s+)?"
        rf"quoted(?:\s+(?:the\s+)?most)?\s+{_ABOUT}\s+(?P<topic>.+)$"
    ),
    re.compile(
        r"^(?:the\s+)?(?:(?:most[\s-]+quoted|top|key)\s+(?:people|speakers|sources|voices)|"
        r"people in the news|newsmakers)(?:\s+(?:of|in)\s+the\s+news)?"
        rf"(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
    ),
]


# `/newsbrief people [about] TOPIC`: the command's text, its name already read (parse_command).
_COMMAND = re.compile(r"^people\b(?:\s+(?:about|on|quoted about)\b)?\s*(?P<topic>.*)$")


def people_command_topic(text: str) -> str | None:
    """For the text of `/newsbrief people ...` (normalised, time words removed): its topic
    ("" for none); None when the text does not start with "people"."""
    match = _COMMAND.match(text)
    return (match.group("topic") or "").strip(" ?!.,;:\"'") if match else None


def people_topic(text: str) -> str | None:
    """For a question asking who is in the news (normalised, time words removed): its
    topic ("" for none); None for any other question."""
    for pattern in _PHRASES:
        match = pattern.match(text)
        if match:
            return (match.group("topic") or "").strip(" ?!.,;:\"'")
    return None


def people_answer(
    store: Store,
    question: str,
    topic: str | None,
    period: Period | None,
    limit: int | None = None,
    sources: list[str] | None = None,
) -> Answer:
    """The people quoted most (at most `limit`, default MAX_PEOPLE; 0: up to ALL_PEOPLE),
    with their roles and statement counts, and one statement each as the answer's quotes."""
    most = MAX_PEOPLE if limit is None else (limit or ALL_PEOPLE)
    if period is None and not topic:
        period = _latest_week(store)
    since, until = period.sql_bounds() if period else (None, None)
    when = f" {period.label}" if period else ""
    answer = Answer(question, PEOPLE, topic or None, None, "", period=period)
    best: dict[int, Found] = {}
    if topic:
        groups = concepts(topic)
        answer.searched = f"the people quoted most about {describe(groups)}{when}"
        if fts_query(groups) is None:
            answer.message = "Tell me a topic, e.g. who has been quoted about the strike?"
            return answer
        found = quotes_on_topic(
            store, groups, since=since, until=until, stories=True, limit=TOPIC_QUOTES
        )
        people = _count(found, sources)
        for item in found:  # each person's best statement that counts (see `_count`)
            who = item.row.speaker_id
            if who is not None and who in people and _counts(item.row, sources):
                best.setdefault(who, item)
        ids = sorted(people, key=lambda i: -people[i])[:most]
        rows = most_quoted_people(
            store, since=since, until=until, speaker_ids=ids, limit=most, said=row_is_said
        )
        by_id = {r["id"]: r for r in rows}
        answer.people = [{**by_id[i], "quotes": people[i]} for i in ids if i in by_id]
    else:
        answer.searched = f"the people quoted most{when}"
        answer.people = most_quoted_people(
            store, since=since, until=until, sources=sources, limit=most, said=row_is_said
        )
    chosen = []
    for person in answer.people:
        if person["id"] in best:
            chosen.append(best[person["id"]])
            continue
        latest = quotes_by_speakers(store, [person["id"]], since=since, until=until, limit=5)
        latest = [r for r in latest if _counts(r, sources)]
        chosen += [Found(latest[0], "speaker")] if latest else []
    answer.quotes = as_statements(store, to_views(chosen))
    if not answer.people:
        about = f" about {topic}" if topic else ""
        answer.message = f"Nobody has been quoted{about}{when} in the articles I have read."
        _, last = article_span(store)
        if last is not None and period is not None and (period.sql_bounds()[0] or "") > last:
            day = datetime.fromisoformat(last)
            answer.message += (
                f" My latest articles are from {day.day} {day:%B %Y}: ask"
                ' "who\'s in the news" for the week up to them.'
            )
    return answer


def _count(found: list[Found], sources: list[str] | None) -> Counter[int]:
    """Statements per named speaker among the quotes found."""
    seen: set[tuple[int, int]] = set()
    counts: Counter[int] = Counter()
    for item in found:
        row = item.row
        if row.speaker_id is None or row.speaker_kind != "person" or not _counts(row, sources):
            continue
        if (row.article_id, row.attribution) not in seen:
            seen.add((row.article_id, row.attribution))
            counts[row.speaker_id] += 1
    return counts


def _counts(row: QuoteRow, sources: list[str] | None) -> bool:
    """Whether a quote counts for its speaker: in the publishers' articles (when given), and
    something answers show as said (`row_is_said`)."""
    return (not sources or row.source in sources) and row_is_said(row.kind, row.shape, row.cue)


def _latest_week(store: Store) -> Period | None:
    """The seven days up to the store's latest article (None for an empty store)."""
    _, latest = article_span(store)
    if latest is None:
        return None
    day = datetime.fromisoformat(latest).replace(hour=0, minute=0, second=0, tzinfo=UTC)
    end = day + timedelta(days=1)
    start = end - timedelta(days=7)
    last = end - timedelta(days=1)
    return Period(start, end, f"in the week to {last.day} {last:%B %Y}")
