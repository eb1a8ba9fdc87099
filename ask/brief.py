"""Briefs: "brief me on X", "/brief X", "what's the latest on X".

On a topic: the latest articles about it, the key people (who is quoted most on it), the key
quotes (a few per speaker, most relevant first) and the key figures (casualty counts, sums,
shares, each with who gave it). On a person: their profile, latest quotes and articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ask.figures import key_figures
from ask.intents import BRIEF, Query
from ask.lexicon import concepts, describe, fts_query
from ask.ordering import distinct, grouped, to_views
from ask.people import find_speakers
from ask.search import Found, quotes_on_topic
from ask.statements import as_statements
from ask.views import Answer, ArticleRef
from ask.when import Period
from common.names import surname
from records.quotes import QuoteView
from storage.db import Store
from storage.profiles import articles_in_window, speaker_profile
from storage.quote_lookup import quotes_by_speakers

T = TypeVar("T")
QUOTES_PER_SPEAKER = 3
MAX_BRIEF_QUOTES = 30
MAX_PEOPLE = 8
MAX_ARTICLES = 5
FIGURE_ARTICLES = 8


def brief(store: Store, query: Query, period: Period | None, subject: str) -> Answer:
    """A brief on a subject, a person when the store knows the name, else a topic."""
    since, until = period.sql_bounds() if period else (None, None)
    when = f" {period.label}" if period else ""
    subject = subject.strip()
    answer = Answer(query.question, BRIEF, subject or None, None, "", period=period)
    person = find_speakers(store, subject, loose=False)
    if person.rows and person.exact and person.rows[0].kind == "person":
        row = person.rows[0]
        answer.speaker = row.name
        answer.searched = f"the latest on {row.name}{when}"
        answer.profile = speaker_profile(store, row.id, row.name)
        rows = quotes_by_speakers(store, [row.id], since=since, until=until, limit=10)
        found = distinct([Found(r, "speaker") for r in rows])
        answer.quotes = as_statements(store, to_views(found))
        articles = (answer.profile or {}).get("articles", [])
        answer.articles = [_ref(a) for a in articles[:MAX_ARTICLES]]
        answer.people = [{"name": n} for n in (answer.profile or {}).get("mentioned_with", [])]
        ids = [a["id"] for a in articles[:FIGURE_ARTICLES]]
        answer.figures = key_figures(store, ids, [surname(row.name)])
        return answer
    groups = concepts(subject)
    match = fts_query(groups)
    answer.searched = f"the latest on {describe(groups) if groups else subject}{when}"
    if match is None:
        answer.message = "Tell me what to brief you on, e.g. /brief Kingsferry Bridge."
        return answer
    newest = articles_in_window(store, match, since, until, limit=FIGURE_ARTICLES)
    answer.articles = [_ref(a) for a in newest[:MAX_ARTICLES]]
    found = quotes_on_topic(store, groups, since=since, until=until, stories=True)
    ordered = grouped(distinct(found), ranked=True, limit=0)
    answer.quotes = as_statements(store, to_views(_a_few_each(ordered)))
    answer.people = _key_people(found)
    terms = [form for group in groups for form in group]
    answer.figures = key_figures(store, [a["id"] for a in newest], terms)
    if not answer.quotes and not answer.articles:
        answer.message = f"I have nothing on {subject}{when} yet."
    return answer


def _ref(article: dict[str, Any]) -> ArticleRef:
    return ArticleRef(
        article["id"], article["title"], article["url"], article["published"], article["source"]
    )


def _a_few_each(ordered: list[Found]) -> list[Found]:
    return _few_each(ordered, lambda f: f.row.speaker_id or ("unnamed", f.row.mention))


def a_few_each(views: list[QuoteView]) -> list[QuoteView]:
    """At most QUOTES_PER_SPEAKER of each speaker's quotes (by speaker, else by the words an
    unnamed one is called), MAX_BRIEF_QUOTES in all, in order."""
    return _few_each(views, lambda v: v.speaker or ("unnamed", v.mention))


def _few_each(items: list[T], speaker: Callable[[T], Hashable]) -> list[T]:
    """At most QUOTES_PER_SPEAKER of the items of each speaker, MAX_BRIEF_QUOTES in all."""
    counts: Counter[Hashable] = Counter()
    kept = []
    for item in items:
        key = speaker(item)
        if counts[key] < QUOTES_PER_SPEAKER:
            counts[key] += 1
            kept.append(item)
            if len(kept) >= MAX_BRIEF_QUOTES:
                break
    return kept


def _key_people(found: list[Found]) -> list[dict[str, Any]]:
    """Named speakers by how often they are quoted on the subject."""
    counts: Counter[int] = Counter()
    first: dict[int, dict[str, Any]] = {}
    for item in found:
        row = item.row
        if row.speaker_id is None:
            continue
        counts[row.speaker_id] += 1
        first.setdefault(
            row.speaker_id,
            {"name": row.speaker, "title": row.speaker_title, "org": row.speaker_org},
        )
    people = []
    for speaker_id, count in counts.most_common(MAX_PEOPLE):
        people.append({**first[speaker_id], "quotes": count})
    return people
