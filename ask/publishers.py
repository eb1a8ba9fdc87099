"""The publisher filter: "taxes in the nyt", "what did Trump say about trade in Politico",
"quotes from the Coast Gazette".

A phrase after "in", "from", "by", "at" or "according to" names a publisher when it is the
source of stored articles, by name or by another name the alias table (data:
`ask/data/publishers.json`) gives the same publisher. The rest of the question is answered
as usual, from those publishers' articles only. The parser does not know the store, so the
filter is found at answer time; a phrase that names no stored source ("quotes from Halden")
stays in the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from ask.data_files import ask_data
from ask.intents import PEOPLE, Query, parse_question
from ask.ordering import to_views
from ask.people_news import people_answer
from ask.statements import as_statements
from ask.views import Answer
from ask.when import Period
from common.names import fold
from storage.db import Store
from storage.newsmakers import quotes_in_sources, source_names, statements_in_sources

_BEFORE = re.compile(r"\b(?:in|from|by|at|per|according to)\s+(?=\S)", re.I)
_WORD = re.compile(r"\S+")
MAX_WORDS = 5
ALL_ROWS = 5_000  # quotes read for "quotes from Politico"
# What is left of "quotes from Politico" once the publisher is out: all its quotes.
_NOTHING_ELSE = re.compile(
    r"^(?:(?:show me|give me|any|all|the|some|latest|recent|every)\s+)*"
    r"(?:quotes?|quotations?|statements?|remarks?|comments?|anything|everything|stories|"
    r"articles|news|what'?s new|who said what)?$",
    re.I,
)


def key(name: str) -> str:
    """A publisher name as compared: folded, lower-case, dots, hyphens and apostrophes as
    spaces, no leading "the" ("The New York Times" -> "new york times")."""
    text = re.sub(r"[.\-'\u2019_]+", " ", fold(name).lower())
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text.strip(" ?!,;:")


@lru_cache(maxsize=1)
def alias_groups() -> dict[str, frozenset[str]]:
    """Each name of a publisher in the alias table -> every name of it (as `key`s)."""
    data = ask_data("publishers.json")
    table: dict[str, frozenset[str]] = {}
    for names in data["publishers"]:
        group = frozenset(key(n) for n in names)
        for name in group:
            table[name] = table.get(name, frozenset()) | group
    return table


def sources_named(phrase: str, stored: list[str]) -> list[str]:
    """The stored sources a phrase names: the same name, or a name of the same publisher."""
    wanted = key(phrase)
    if not wanted:
        return []
    names = alias_groups().get(wanted, frozenset()) | {wanted}
    return [s for s in stored if key(s) in names]


@dataclass(frozen=True)
class Scope:
    """A question's publisher filter: the question without it, the stored sources it
    names, and how to say it ("in The New York Times")."""

    question: str
    sources: list[str]
    label: str

    @property
    def everything(self) -> bool:
        """True when the question asks for nothing but the publisher ("quotes from X")."""
        return bool(_NOTHING_ELSE.match(self.question.strip(" ?!.,;:")))


def find_scope(store: Store, question: str) -> Scope | None:
    """The publisher filter a question names (the longest phrase naming stored sources),
    or None."""
    if not _BEFORE.search(question):
        return None
    stored = source_names(store)
    if not stored:
        return None
    best: tuple[int, int, int, list[str]] | None = None
    for cue in _BEFORE.finditer(question):
        words = list(_WORD.finditer(question, cue.end()))[:MAX_WORDS]
        for count in range(len(words), 0, -1):
            end = words[count - 1].end()
            found = sources_named(question[cue.end() : end], stored)
            if found and (best is None or end - cue.end() > best[1] - best[0]):
                best = (cue.end(), end, cue.start(), found)
                break
    if best is None:
        return None
    start, end, cue_start, found = best
    rest = " ".join((question[:cue_start] + " " + question[end:]).split())
    label = " or ".join(found[:3]) + (" and others" if len(found) > 3 else "")
    return Scope(rest, found, f"in {label}")


def narrow(answer: Answer, scope: Scope, limit: int) -> Answer:
    """An answer kept to the publishers' articles (those its search did not keep to them
    already: profiles, briefs), at most `limit` quotes (0: all), and said so."""
    allowed = set(scope.sources)
    kept = [q for q in answer.quotes if q.article.source in allowed]
    found = len(answer.quotes) + answer.more - (len(answer.quotes) - len(kept))
    answer.quotes = kept[:limit] if limit else kept
    answer.total = found
    answer.articles = [a for a in answer.articles if a.source in allowed]
    answer.searched = f"{answer.searched} {scope.label}"
    if not kept and answer.message:
        answer.message = f"{answer.message.rstrip('.')} {scope.label}."
    elif not kept:
        about = f" about {answer.topic}" if answer.topic else ""
        answer.message = f"No quotes found{about} {scope.label}."
    return answer


def scoped_query(query: Query, scope: Scope) -> Query:
    """The question without its publisher, parsed again, its time window as first read.
    The window is `query.period` (read in the newsroom's zone), so the zone of this second
    parse only strips the time words and is never read from the environment."""
    parsed = parse_question(scope.question, tz="UTC")
    return replace(parsed, question=query.question, period=query.period)


def in_publishers(
    store: Store,
    query: Query,
    scope: Scope,
    most: int,
    limit: int | None,
    answer_all: Callable[[Query], Answer],  # the rest of the question, in their articles
    resolve: Callable[[Period | None], Period | None],
) -> Answer:
    """The answer to a question with a publisher filter: the rest of the question answered
    (`answer_all`) from the publishers' articles; "who's in the news in
    Politico" counts only their articles; "quotes from Politico", their latest quotes."""
    scoped = scoped_query(query, scope)
    period = resolve(scoped.period)
    if scoped.intent == PEOPLE:
        answer = people_answer(store, query.question, scoped.topic, period, limit, scope.sources)
        answer.searched = f"{answer.searched} {scope.label}"
        return answer
    if scope.everything:
        since, until = period.sql_bounds() if period else (None, None)
        window = {"since": since, "until": until}
        rows = quotes_in_sources(
            store, scope.sources, since=since, until=until, limit=4 * most or ALL_ROWS
        )
        when = f" {period.label}" if period else ""
        answer = Answer(query.question, scoped.intent, None, None, f"quotes{when}", period=period)
        views = as_statements(store, to_views(rows))
        answer.quotes = views[:most] if most else views
        answer.total = statements_in_sources(store, scope.sources, **window)
        return narrow(answer, scope, most)
    return narrow(answer_all(scoped), scope, most)
