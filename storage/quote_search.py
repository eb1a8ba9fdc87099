"""Quotes and articles by topic: FTS5 scans, bm25 ranking, where a topic is in an article."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from extract.credits import turns as turn_paragraphs
from storage.db import Store
from storage.quote_filters import IN_QUOTE, filters
from storage.quotes import SELECT, QuoteRow, quote_count, read_rows

# bm25 weights for quotes_fts columns: the words, their sentence, topic lemmas, headline.
QUOTE_WEIGHTS = (10.0, 4.0, 2.0, 1.0)


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
    if speaker_ids is not None and quote_count(store, speaker_ids) > MAX_CANDIDATES:
        return None
    if (
        speaker_ids is None
        and _window_articles(store, since, until, articles) > MAX_CANDIDATES // 8
    ):
        return None  # a long window: most quotes pass, looking them up is cheaper
    where, params = filters(since, until, speaker_ids, articles=articles)
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
    where, params = filters(since, until, None)
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
    where, params = filters(since, until, speaker_ids, articles=articles)
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
    """Quotes whose words, sentence, topics or headline match an FTS5 query for quotes_fts
    (its column filters are the caller's: ask/lexicon.py `quote_query`), best first (bm25,
    among the newest RANK_WINDOW matches).

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
        f"{SELECT}, f.rank FROM ({ranked}) f JOIN quotes q ON q.id = f.id "
        "JOIN articles a ON a.id = q.article_id ORDER BY f.rank LIMIT ?"
    )
    values = [match, *params, RANK_WINDOW, limit]
    return read_rows(store.db.execute(sql, values), ranked=True)


# bm25 weights for articles_fts columns: an article whose headline or standfirst names the
# topic is about it more than one that mentions it in passing.
ARTICLE_WEIGHTS = (10.0, 5.0, 1.0)
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
        where, params = filters(since, until, speaker_ids, by_article=True, articles=articles)
        holds = "CROSS JOIN articles a ON a.id = articles_fts.rowid "
        where = f" AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id{where})"
    weights = ", ".join(str(w) for w in ARTICLE_WEIGHTS)
    ranked = (
        f"SELECT articles_fts.rowid AS id, bm25(articles_fts, {weights}) AS rank FROM articles_fts "
        f"{holds}WHERE articles_fts MATCH ?{where} ORDER BY articles_fts.rowid DESC LIMIT ?"
    )
    sql = f"SELECT id FROM ({ranked}) ORDER BY rank LIMIT ?"
    values = [fts_query, *params, ARTICLE_RANK_WINDOW, limit]
    rows = store.db.execute(sql, values).fetchall()
    return [int(r[0]) for r in rows]


_MARK_OPEN, _MARK_CLOSE = "\x01", "\x02"
_MARK_OR_BREAK = re.compile("[\x01\x02]|\n+")


_MARKED = re.compile("\x01([^\x02]*)\x02")


@dataclass(frozen=True)
class TopicPlaces:
    """Where an FTS5 query matches in one article: the matched words in its headline and
    standfirst, the matched words in its body with their offsets, where the body's
    paragraphs start, the body's length, which paragraphs are turns of a transcript or
    an interview ("Q: ...", "PRESENTER: ...": extract/credits.py `turns`), and the
    paragraph where the story's own text starts (1 when the body opens with the standfirst,
    as stored articles with one do)."""

    headline: list[str]
    standfirst: list[str]
    body: list[tuple[int, str]]
    paragraphs: list[int]
    length: int
    turns: frozenset[int] = frozenset()
    story_from: int = 0


def topic_places(store: Store, fts_query: str, article_ids: list[int]) -> dict[int, TopicPlaces]:
    """Where an FTS5 query matches in each of the articles (those it matches at all);
    offsets index the stored body."""
    if not article_ids:
        return {}
    marks = ", ".join("?" for _ in article_ids)
    rows = store.db.execute(
        "SELECT rowid, highlight(articles_fts, 0, char(1), char(2)), "
        "highlight(articles_fts, 1, char(1), char(2)), "
        "highlight(articles_fts, 2, char(1), char(2)) FROM articles_fts "
        f"WHERE articles_fts MATCH ? AND rowid IN ({marks})",
        [fts_query, *article_ids],
    ).fetchall()
    found: dict[int, TopicPlaces] = {}
    for article_id, headline, standfirst, marked in rows:
        # One pass: offsets in the body are offsets in the marked text less the marks before.
        words: list[tuple[int, str]] = []
        paragraphs = [0]
        removed = 0
        opened = 0
        for mark in _MARK_OR_BREAK.finditer(marked or ""):
            if mark.group(0) == _MARK_OPEN:
                opened = mark.end()
                removed += 1
            elif mark.group(0) == _MARK_CLOSE:
                words.append((opened - removed, marked[opened : mark.start()]))
                removed += 1
            else:  # marks never fall inside a run of line breaks
                paragraphs.append(mark.end() - removed)
        plain = (marked or "").replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
        turns = turn_paragraphs([plain[at : at + 80] for at in paragraphs])
        told = (standfirst or "").replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "").strip()
        first = plain[: paragraphs[1]] if len(paragraphs) > 1 else plain
        found[int(article_id)] = TopicPlaces(
            _MARKED.findall(headline or ""),
            _MARKED.findall(standfirst or ""),
            words,
            paragraphs,
            len(marked or "") - removed,
            turns,
            int(bool(told) and first.strip() == told),
        )
    return found


def articles_naming(
    store: Store, fts_query: str, article_ids: list[int], *, headed: bool = False
) -> set[int]:
    """Which of the articles match an FTS5 query (`headed`: in their headline and
    standfirst alone)."""
    if not article_ids:
        return set()
    marks = ", ".join("?" for _ in article_ids)
    rows = store.db.execute(
        f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})",
        [f"{{title standfirst}} : ({fts_query})" if headed else fts_query, *article_ids],
    ).fetchall()
    return {int(r[0]) for r in rows}


def articles_matching(store: Store, fts_query: str, most: int) -> int:
    """How many articles an FTS5 query matches, counting no further than `most` + 1."""
    row = store.db.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
        [fts_query, most + 1],
    ).fetchone()
    return int(row[0]) if row else 0
