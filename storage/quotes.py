"""Reading quotes back: by topic (FTS5), by speaker, by article."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, replace
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
    by_article: bool = False,
    articles: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    """SQL conditions on quotes `q` and articles `a`. `by_article`: the quotes are looked up
    by article, so the speaker condition must not pull in the speaker index. `articles`:
    article ids in (after, through], what a digest has not shown yet."""
    clauses: list[str] = []
    params: list[Any] = []
    if articles is not None:
        clauses.append("q.article_id > ? AND q.article_id <= ?")
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
        clauses.append(f"{'+' if by_article else ''}q.speaker_id IN ({marks})")
        params.extend(speaker_ids)
    return ("".join(f" AND {c}" for c in clauses), params)


# Ranking reads every match's positions, so its cost grows with the matches: at most the
# newest RANK_WINDOW matching quotes (after the speaker and time filters) are ranked. That is
# every match of most topics even in a store of a million quotes; for the commonest words
# ("election": 160,000 quotes there) the answer is the most relevant of the latest months.
RANK_WINDOW = 5_000


# Filters that leave at most this many quotes (or articles) are applied inside the index
# scan, by id, instead of looking every match up in the quotes and articles tables.
MAX_CANDIDATES = 60_000


def _by_candidates(
    store: Store,
    table: str,
    speaker_ids: list[int] | None,
    since: str | None,
    until: str | None,
    articles: tuple[int, int] | None = None,
) -> tuple[str, list[Any]] | None:
    """The filters as a condition on `table`.rowid (quotes_fts: the quotes they keep;
    articles_fts: the articles holding such quotes): the ids, and the span they lie in for
    the index to skip the rest. None when there are no filters or they keep too many."""
    if speaker_ids is None and not since and not until and articles is None:
        return None
    if speaker_ids is not None and _quote_count(store, speaker_ids) > MAX_CANDIDATES:
        return None
    if (
        speaker_ids is None
        and _window_articles(store, since, until, articles) > MAX_CANDIDATES // 8
    ):
        return None  # a long window: most quotes pass, looking them up is cheaper
    where, params = _filters(since, until, speaker_ids, articles=articles)
    column = "q.id" if table == "quotes_fts" else "DISTINCT q.article_id"
    if speaker_ids is not None and not since and not until and articles is None:
        source = "quotes q"
    elif speaker_ids is not None:  # the speakers' quotes (quotes_speaker), then their dates
        source = "quotes q JOIN articles a ON a.id = q.article_id"
    else:  # the window's articles (articles_when), then their quotes (quotes_article_start)
        source = "articles a CROSS JOIN quotes q ON q.article_id = a.id"
    sql = f"SELECT {column} FROM {source} WHERE 1 = 1{where} LIMIT ?"
    ids = [r[0] for r in store.db.execute(sql, [*params, MAX_CANDIDATES + 1]).fetchall()]
    if len(ids) > MAX_CANDIDATES:
        return None
    if not ids:
        return " AND 0", []
    condition = (
        f" AND {table}.rowid BETWEEN ? AND ? AND +{table}.rowid IN (SELECT value FROM json_each(?))"
    )
    return condition, [min(ids), max(ids), json.dumps(ids)]


def _window_articles(
    store: Store, since: str | None, until: str | None, articles: tuple[int, int] | None
) -> int:
    where, params = _filters(since, until, None)
    if articles is not None:
        where += " AND a.id > ? AND a.id <= ?"
        params.extend(articles)
    sql = f"SELECT count(*) FROM articles a WHERE 1 = 1{where}"
    return int(store.db.execute(sql, params).fetchone()[0])


def _scan_filters(
    store: Store,
    speaker_ids: list[int] | None,
    since: str | None,
    until: str | None,
    articles: tuple[int, int] | None = None,
) -> tuple[str, str, list[Any]]:
    """Joins, conditions and parameters that apply the filters to a scan of quotes_fts:
    by id when they keep few quotes, else by looking each match up (CROSS JOIN keeps the
    index the outer loop: looking matches up one rowid at a time is far slower)."""
    by_id = _by_candidates(store, "quotes_fts", speaker_ids, since, until, articles)
    if by_id is not None:
        return "", by_id[0], by_id[1]
    where, params = _filters(since, until, speaker_ids, articles=articles)
    joins = ""
    if where:
        joins = " CROSS JOIN quotes q ON q.id = quotes_fts.rowid"
        if since or until:
            joins += " CROSS JOIN articles a ON a.id = q.article_id"
    return joins, where, params


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
    """Quotes whose words, sentence, topics or headline match an FTS5 query, best first
    (bm25, among the newest RANK_WINDOW matches).

    `in_quote` leaves the headline out (the quote itself must match); `article_query`
    also requires the quote's article to match that query (anywhere in its text);
    `articles` keeps quotes of articles with ids in (after, through]."""
    # The index is read newest first and only the rows the filters keep are ranked.
    joins, where, params = _scan_filters(store, speaker_ids, since, until, articles)
    if article_query is not None:
        joins = joins or " CROSS JOIN quotes q ON q.id = quotes_fts.rowid"
        where += " AND q.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(article_query)
    weights = ", ".join(str(w) for w in QUOTE_WEIGHTS)
    match = f"{IN_QUOTE} : ({fts_query})" if in_quote else fts_query
    ranked = (
        f"SELECT quotes_fts.rowid AS id, bm25(quotes_fts, {weights}) AS rank FROM quotes_fts"
        f"{joins} WHERE quotes_fts MATCH ?{where} ORDER BY quotes_fts.rowid DESC LIMIT ?"
    )
    sql = (
        f"{_SELECT}, f.rank FROM ({ranked}) f JOIN quotes q ON q.id = f.id "
        "JOIN articles a ON a.id = q.article_id ORDER BY f.rank LIMIT ?"
    )
    values = [match, *params, RANK_WINDOW, limit]
    return _rows(store.db.execute(sql, values), ranked=True)


def quotes_and_headlines(
    store: Store,
    fts_query: str,
    *,
    speaker_ids: list[int] | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    articles: tuple[int, int] | None = None,
) -> tuple[list[QuoteRow], list[QuoteRow]]:
    """For a query of one concept (one phrase, or phrases joined by OR), in one pass over
    the index: the quotes whose own words match, best first (as `quotes_about(in_quote=True)`:
    their rank leaves the headline out), and the best matches anywhere, headline included
    (as `quotes_about`). With a single concept a quote matches by its own words exactly when
    the headline-less bm25 is not zero."""
    joins, where, params = _scan_filters(store, speaker_ids, since, until, articles)
    own = ", ".join(str(w) for w in QUOTE_WEIGHTS[:3])
    weights = ", ".join(str(w) for w in QUOTE_WEIGHTS)
    scan = (
        f"SELECT quotes_fts.rowid AS id, bm25(quotes_fts, {own}, 0.0) AS own, "
        f"bm25(quotes_fts, {weights}) AS rank FROM quotes_fts{joins} "
        f"WHERE quotes_fts MATCH ?{where} ORDER BY quotes_fts.rowid DESC LIMIT ?"
    )
    sql = (
        f"WITH f AS MATERIALIZED ({scan}) "
        "SELECT * FROM (SELECT id, own, 0 FROM f WHERE own < 0 ORDER BY own LIMIT ?) "
        "UNION ALL SELECT * FROM (SELECT id, rank, 1 FROM f ORDER BY rank LIMIT ?)"
    )
    values = [fts_query, *params, RANK_WINDOW, limit, limit]
    found = store.db.execute(sql, values).fetchall()
    rows = {row.id: row for row in quotes_by_id(store, list({r[0] for r in found}))}
    core: list[QuoteRow] = []
    anywhere: list[QuoteRow] = []
    for quote_id, rank, headline in found:
        (anywhere if headline else core).append(replace(rows[quote_id], rank=float(rank)))
    return core, anywhere


# A speaker quoted more often than this is read article by article, newest first, until the
# limit is reached; one quoted less, all at once and sorted.
MANY_QUOTES = 2_000


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
    order = "ORDER BY COALESCE(a.published, a.ingested_at) DESC, q.start"
    if _quote_count(store, speaker_ids) > MANY_QUOTES:
        # Articles newest first (articles_appeared), each one's quotes in order
        # (quotes_article_start): stops at the limit instead of sorting every quote.
        sql = (
            f"{_SELECT} FROM articles a CROSS JOIN quotes q ON q.article_id = a.id "
            f"WHERE 1 = 1{where} {order} LIMIT ?"
        )
    else:
        sql = (
            f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1{where} "
            f"{order} LIMIT ?"
        )
    return _rows(store.db.execute(sql, [*params, limit]))


def _quote_count(store: Store, speaker_ids: list[int]) -> int:
    """How many quotes the speakers have: it only chooses how to read them, so a count a
    few seconds old (remembered across the queries of one question) will do."""
    if not speaker_ids:
        return 0
    key = (id(store), tuple(speaker_ids))
    now = time.monotonic()
    known = _COUNTS.get(key)
    if known is not None and now - known[1] < COUNT_SECONDS:
        return known[0]
    marks = ", ".join("?" for _ in speaker_ids)
    sql = f"SELECT count(*) FROM quotes WHERE speaker_id IN ({marks})"
    count = int(store.db.execute(sql, speaker_ids).fetchone()[0])
    if len(_COUNTS) > 64:
        _COUNTS.clear()
    _COUNTS[key] = (count, now)
    return count


COUNT_SECONDS = 10.0
_COUNTS: dict[tuple[int, tuple[int, ...]], tuple[int, float]] = {}


def latest_articles_of(store: Store, speaker_id: int, limit: int) -> list[int]:
    """Ids of the newest articles quoting a speaker."""
    if _quote_count(store, [speaker_id]) > MANY_QUOTES:
        sql = (
            "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM quotes q WHERE "
            "q.speaker_id = ? AND q.article_id = a.id) "
            "ORDER BY COALESCE(a.published, a.ingested_at) DESC LIMIT ?"
        )
    else:
        sql = (
            "SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM quotes "
            "WHERE speaker_id = ?) ORDER BY COALESCE(a.published, a.ingested_at) DESC LIMIT ?"
        )
    return [int(r[0]) for r in store.db.execute(sql, [speaker_id, limit]).fetchall()]


def quotes_in_articles(
    store: Store, speaker_ids: list[int] | None, article_ids: list[int], *, limit: int = 5000
) -> list[QuoteRow]:
    """The quotes in the given articles (by the given speakers, if any), in article order."""
    return quotes_by_id(store, [p.id for p in quote_places(store, speaker_ids, article_ids, limit)])


@dataclass(frozen=True)
class QuotePlace:
    """Where a quote is: its id, article, offset and speaker (no words: cheap to read)."""

    id: int
    article_id: int
    start: int
    speaker_id: int | None


def quote_places(
    store: Store, speaker_ids: list[int] | None, article_ids: list[int], limit: int = 5000
) -> list[QuotePlace]:
    """Where the quotes of the given articles (by the given speakers, if any) are, in
    article order: a covering index answers it without reading the quotes."""
    if not article_ids or speaker_ids == []:
        return []
    where, params = _filters(None, None, speaker_ids)
    articles = ", ".join("?" for _ in article_ids)
    sql = (
        "SELECT q.id, q.article_id, q.start, q.speaker_id FROM quotes q "
        f"WHERE q.article_id IN ({articles}){where} ORDER BY q.article_id, q.start, q.id LIMIT ?"
    )
    rows = store.db.execute(sql, [*article_ids, *params, limit]).fetchall()
    return [QuotePlace(*r) for r in rows]


def quotes_by_id(store: Store, ids: list[int]) -> list[QuoteRow]:
    """Quotes with their articles, in the order of the ids given."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    sql = f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id IN ({marks})"
    by_id = {row.id: row for row in _rows(store.db.execute(sql, ids))}
    return [by_id[i] for i in ids if i in by_id]


# As for quotes: at most the newest ARTICLE_RANK_WINDOW matching articles are ranked.
ARTICLE_RANK_WINDOW = 1_000


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
    speakers, if given), most relevant first (among the newest ARTICLE_RANK_WINDOW);
    `articles` as for `quotes_about`."""
    by_id = _by_candidates(store, "articles_fts", speaker_ids, since, until, articles)
    if by_id is not None:  # the articles holding quotes the filters keep, by id
        where, params = by_id
        holds = ""
    else:
        where, params = _filters(since, until, speaker_ids, by_article=True, articles=articles)
        holds = "CROSS JOIN articles a ON a.id = articles_fts.rowid "
        where = f" AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id{where})"
    ranked = (
        "SELECT articles_fts.rowid AS id, bm25(articles_fts) AS rank FROM articles_fts "
        f"{holds}WHERE articles_fts MATCH ?{where} ORDER BY articles_fts.rowid DESC LIMIT ?"
    )
    sql = f"SELECT id FROM ({ranked}) ORDER BY rank LIMIT ?"
    values = [fts_query, *params, ARTICLE_RANK_WINDOW, limit]
    rows = store.db.execute(sql, values).fetchall()
    return [int(r[0]) for r in rows]


_MARK_OPEN, _MARK_CLOSE = "\x01", "\x02"
_MARK_OR_BREAK = re.compile("[\x01\x02]|\n+")


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
        # One pass: offsets in the body are offsets in the marked text less the marks before.
        positions: list[int] = []
        paragraphs = [0]
        removed = 0
        for mark in _MARK_OR_BREAK.finditer(marked or ""):
            if mark.group(0) == _MARK_OPEN:
                positions.append(mark.start() - removed)
                removed += 1
            elif mark.group(0) == _MARK_CLOSE:
                removed += 1
            else:  # marks never fall inside a run of line breaks
                paragraphs.append(mark.end() - removed)
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


def fts_rank_ids(store: Store, fts_query: str, limit: int = 20) -> list[int]:
    """The ids of the best-ranked quotes for an FTS5 query, and nothing else: the baseline
    the query benchmark measures the ask path against."""
    rows = store.db.execute(
        "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?",
        [fts_query, limit],
    ).fetchall()
    return [int(r[0]) for r in rows]


def quotes_in_article_range(
    store: Store, after: int, through: int, *, limit: int = 2000
) -> list[QuoteRow]:
    """The quotes of articles with ids in (after, through], in article order."""
    sql = (
        f"{_SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.article_id > ? AND q.article_id <= ? ORDER BY q.article_id, q.start LIMIT ?"
    )
    return _rows(store.db.execute(sql, [after, through, limit]))
