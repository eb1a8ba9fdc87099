"""Reading quotes back: by topic (FTS5), by speaker, by article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storage.db import Store

# bm25 weights for quotes_fts columns: the words, their sentence, topic lemmas, headline.
QUOTE_WEIGHTS = (10.0, 4.0, 2.0, 1.0)
_SELECT = (
    "SELECT q.id, q.speaker_id, q.speaker, q.speaker_kind, q.speaker_title, q.speaker_org, "
    'q.mention, q.kind, q.cue, q.text, q.start, q."end", q.attribution, q.sentence, '
    "a.id, a.title, a.url, a.published, a.source, a.ingested_at"
)


@dataclass(frozen=True)
class QuoteRow:
    """A stored quote with its article."""

    id: int
    speaker_id: int | None
    speaker: str | None
    speaker_kind: str | None
    speaker_title: str | None
    speaker_org: str | None
    mention: str | None
    kind: str
    cue: str | None
    text: str
    start: int
    end: int
    attribution: int
    sentence: str
    article_id: int
    article_title: str
    url: str | None
    published: str | None
    source: str | None
    ingested_at: str
    rank: float = 0.0


def _rows(cursor: Any, ranked: bool = False) -> list[QuoteRow]:
    rows = []
    for r in cursor.fetchall():
        rank = float(r[20]) if ranked else 0.0
        rows.append(QuoteRow(*r[:20], rank=rank))  # type: ignore[misc]
    return rows


# When an article appeared: published, else ingested; in UTC as SQLite `datetime()` text.
# Indexed by migration 002_ask (the expression must stay exactly this).
ARTICLE_WHEN = "datetime(COALESCE(a.published, a.ingested_at))"
# The columns that hold a quote's own words (its text, sentence and their lemmas), as an
# FTS5 column filter: the headline is left out.
IN_QUOTE = "{text sentence topics}"


def _filters(
    since: str | None,
    until: str | None,
    speaker_ids: list[int] | None,
    articles: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if articles is not None:  # article ids in (after, through]: what a digest has not shown
        clauses.append("a.id > ? AND a.id <= ?")
        params.extend(articles)
    date = ARTICLE_WHEN
    if since:
        clauses.append(f"{date} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{date} < ?")
        params.append(until)
    if speaker_ids is not None:
        marks = ", ".join("?" for _ in speaker_ids) or "NULL"
        clauses.append(f"q.speaker_id IN ({marks})")
        params.extend(speaker_ids)
    return ("".join(f" AND {c}" for c in clauses), params)


def quotes_about(
    store: Store,
    fts_query: str,
    *,
    speaker_ids: list[int] | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    in_quote: bool = False,
    article_query: str | None = None,
    articles: tuple[int, int] | None = None,
) -> list[QuoteRow]:
    """Quotes whose words, sentence, topics or headline match an FTS5 query, best first.

    `in_quote` leaves the headline out (the quote itself must match); `article_query`
    also requires the quote's article to match that query (anywhere in its text);
    `articles` keeps quotes of articles with ids in (after, through]."""
    where, params = _filters(since, until, speaker_ids, articles)
    if article_query is not None:
        where += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(article_query)
    weights = ", ".join(str(w) for w in QUOTE_WEIGHTS)
    match = f"{IN_QUOTE} : ({fts_query})" if in_quote else fts_query
    sql = (
        f"{_SELECT}, bm25(quotes_fts, {weights}) AS rank FROM quotes_fts "
        "JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
        f"WHERE quotes_fts MATCH ?{where} ORDER BY rank LIMIT ?"
    )
    return _rows(store.db.execute(sql, [match, *params, limit]), ranked=True)


def quotes_by_speakers(
    store: Store,
    speaker_ids: list[int],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """Quotes by the given speakers, newest first."""
    where, params = _filters(since, until, speaker_ids)
    sql = (
        f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1{where} "
        "ORDER BY COALESCE(a.published, a.ingested_at) DESC, q.start LIMIT ?"
    )
    return _rows(store.db.execute(sql, [*params, limit]))


def quotes_in_articles(
    store: Store, speaker_ids: list[int] | None, article_ids: list[int], *, limit: int = 5000
) -> list[QuoteRow]:
    """The quotes in the given articles (by the given speakers, if any), in article order."""
    if not article_ids or speaker_ids == []:
        return []
    where, params = _filters(None, None, speaker_ids)
    articles = ", ".join("?" for _ in article_ids)
    sql = (
        f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE q.article_id IN ({articles}){where} ORDER BY q.article_id, q.start LIMIT ?"
    )
    return _rows(store.db.execute(sql, [*article_ids, *params, limit]))


def articles_quoting(
    store: Store,
    speaker_ids: list[int] | None,
    fts_query: str,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 150,
    articles: tuple[int, int] | None = None,
) -> list[int]:
    """Ids of articles whose text matches an FTS5 query and that quote someone (one of the
    speakers, if given), most relevant first; `articles` as for `quotes_about`."""
    where, params = _filters(since, until, speaker_ids, articles)
    sql = (
        "SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND EXISTS (SELECT 1 FROM quotes q WHERE "
        f"q.article_id = a.id{where}) ORDER BY bm25(articles_fts) LIMIT ?"
    )
    return [int(r[0]) for r in store.db.execute(sql, [fts_query, *params, limit]).fetchall()]


_MARK_OPEN, _MARK_CLOSE = "\x01", "\x02"
_MARKS = re.compile("[\x01\x02]")
_PARAGRAPH_BREAK = re.compile(r"\n+")


def topic_positions(
    store: Store, fts_query: str, article_ids: list[int]
) -> dict[int, tuple[list[int], list[int]]]:
    """Where an FTS5 query matches in each article's body: (offsets of the matched words,
    offsets where paragraphs start), both indexing the stored body."""
    if not article_ids:
        return {}
    marks = ", ".join("?" for _ in article_ids)
    rows = store.db.execute(
        "SELECT rowid, highlight(articles_fts, 2, char(1), char(2)) FROM articles_fts "
        f"WHERE articles_fts MATCH ? AND rowid IN ({marks})",
        [fts_query, *article_ids],
    ).fetchall()
    found: dict[int, tuple[list[int], list[int]]] = {}
    for article_id, marked in rows:
        positions = [
            mark.start() - removed
            for removed, mark in enumerate(_MARKS.finditer(marked or ""))
            if mark.group(0) == _MARK_OPEN
        ]
        plain = _MARKS.sub("", marked or "")
        paragraphs = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(plain)]
        found[int(article_id)] = (positions, paragraphs)
    return found


def quotes_in_articles_about(
    store: Store,
    fts_query: str,
    speaker_ids: list[int],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """Quotes by the speakers in articles whose text matches the query, newest first."""
    where, params = _filters(since, until, speaker_ids)
    sql = (
        f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        f"{where} ORDER BY COALESCE(a.published, a.ingested_at) DESC, q.start LIMIT ?"
    )
    return _rows(store.db.execute(sql, [fts_query, *params, limit]))


def quotes_in_article_range(
    store: Store, after: int, through: int, *, limit: int = 2000
) -> list[QuoteRow]:
    """The quotes of articles with ids in (after, through], in article order."""
    sql = (
        f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.article_id > ? AND q.article_id <= ? ORDER BY q.article_id, q.start LIMIT ?"
    )
    return _rows(store.db.execute(sql, [after, through, limit]))
