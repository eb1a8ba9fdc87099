"""Quotes by speaker and by article: newest first, or in article order."""

from __future__ import annotations

from storage.db import Store
from storage.quotes import SELECT, QuoteRow, filters, quote_count, read_rows

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
    where, params = filters(since, until, speaker_ids)
    order = "ORDER BY COALESCE(a.published, a.ingested_at) DESC, q.start"
    if quote_count(store, speaker_ids) > MANY_QUOTES:
        # Articles newest first (articles_appeared), each one's quotes in order
        # (quotes_article_start): stops at the limit instead of sorting every quote.
        sql = (
            f"{SELECT} FROM articles a CROSS JOIN quotes q ON q.article_id = a.id "
            f"WHERE 1 = 1{where} {order} LIMIT ?"
        )
    else:
        sql = (
            f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1{where} "
            f"{order} LIMIT ?"
        )
    return read_rows(store.db.execute(sql, [*params, limit]))


def latest_articles_of(store: Store, speaker_id: int, limit: int) -> list[int]:
    """Ids of the newest articles quoting a speaker."""
    if quote_count(store, [speaker_id]) > MANY_QUOTES:
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


def quotes_in_article_range(
    store: Store, after: int, through: int, *, limit: int = 2000
) -> list[QuoteRow]:
    """The quotes of articles with ids in (after, through], in article order."""
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.article_id > ? AND q.article_id <= ? ORDER BY q.article_id, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [after, through, limit]))
