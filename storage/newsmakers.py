"""Who is in the news: the people quoted most in a window, and the publishers articles
name (for the publisher filter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storage.db import Store
from storage.quote_filters import filters
from storage.quotes import SELECT, QuoteRow, read_rows
from storage.window import ARTICLE_WHEN


def _in_sources(sources: list[str] | None) -> tuple[str, list[Any]]:
    if not sources:
        return "", []
    return f" AND a.source IN ({', '.join('?' for _ in sources)})", list(sources)


def most_quoted_people(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    sources: list[str] | None = None,
    speaker_ids: list[int] | None = None,
    limit: int = 10,
    said: Callable[[str | None, str | None, str | None], bool] | None = None,
) -> list[dict[str, Any]]:
    """Named people by how many statements (attributions) they made in articles of the
    window (and of the publishers, or among the speakers, when given), most first: id,
    name, title, org, quotes (statements), articles and latest (when they last appeared).
    With `said`, only the quotes it accepts (by kind, shape and cue) count."""
    where, params = filters(since, until, speaker_ids)
    more, extra = _in_sources(sources)
    if said is not None:
        store.db.conn.create_function(
            "newsbrief_said", 3, lambda k, s, c: int(said(k, s, c)), deterministic=True
        )
        more += " AND newsbrief_said(q.kind, q.shape, q.cue)"
    sql = (
        "SELECT s.id, s.name, s.title, s.org, "
        "count(DISTINCT q.article_id || ':' || q.attribution) AS n, "
        f"count(DISTINCT q.article_id), max({ARTICLE_WHEN}) AS latest "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        "JOIN speakers s ON s.id = q.speaker_id "
        f"WHERE s.kind = 'person'{where}{more} GROUP BY s.id "
        "ORDER BY n DESC, latest DESC, s.name LIMIT ?"
    )
    rows = store.db.execute(sql, [*params, *extra, limit]).fetchall()
    keys = ("id", "name", "title", "org", "quotes", "articles", "latest")
    return [dict(zip(keys, row, strict=True)) for row in rows]


# Publishers are read once per state of the store: (path, newest article id) -> names.
_SOURCES: dict[tuple[str, int], list[str]] = {}


def source_names(store: Store) -> list[str]:
    """Every publisher name articles carry (their `source`), most articles first."""
    newest = store.db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    key = (str(store.path), int(newest))
    if key not in _SOURCES:
        rows = store.db.execute(
            "SELECT source FROM articles WHERE source IS NOT NULL AND source != '' "
            "GROUP BY source ORDER BY count(*) DESC"
        ).fetchall()
        _SOURCES.clear()
        _SOURCES[key] = [str(r[0]) for r in rows]
    return _SOURCES[key]


def quotes_in_sources(
    store: Store,
    sources: list[str],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    oldest_first: bool = False,
) -> list[QuoteRow]:
    """The quotes of the publishers' articles in the window (of every article in it when
    `sources` is empty), newest article first (`oldest_first`: the other way round), each
    article's in order."""
    where, params = filters(since, until, None)
    more, extra = _in_sources(sources)
    order = "ASC, a.id ASC" if oldest_first else "DESC, a.id DESC"
    sql = (
        f"{SELECT} FROM articles a CROSS JOIN quotes q ON q.article_id = a.id "
        f"WHERE 1 = 1{where}{more} ORDER BY {ARTICLE_WHEN} {order}, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [*params, *extra, limit]))


def statements_in_sources(
    store: Store, sources: list[str], *, since: str | None = None, until: str | None = None
) -> int:
    """How many statements (attributions) the publishers' articles in the window hold."""
    where, params = filters(since, until, None)
    more, extra = _in_sources(sources)
    sql = (
        "SELECT count(*) FROM (SELECT DISTINCT q.article_id, q.attribution FROM articles a "
        f"CROSS JOIN quotes q ON q.article_id = a.id WHERE 1 = 1{where}{more})"
    )
    return int(store.db.execute(sql, [*params, *extra]).fetchone()[0])
