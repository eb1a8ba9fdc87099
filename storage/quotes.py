"""Reading quotes back: by topic (FTS5), by speaker, by article."""

from __future__ import annotations

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


def _filters(
    since: str | None, until: str | None, speaker_ids: list[int] | None
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    date = "COALESCE(a.published, a.ingested_at)"
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
) -> list[QuoteRow]:
    """Quotes whose words, sentence, topics or headline match an FTS5 query, best first."""
    where, params = _filters(since, until, speaker_ids)
    weights = ", ".join(str(w) for w in QUOTE_WEIGHTS)
    sql = (
        f"{_SELECT}, bm25(quotes_fts, {weights}) AS rank FROM quotes_fts "
        "JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
        f"WHERE quotes_fts MATCH ?{where} ORDER BY rank LIMIT ?"
    )
    return _rows(store.db.execute(sql, [fts_query, *params, limit]), ranked=True)


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
