"""Quote rows: what a stored quote reads back as, the filters every quote query shares, and
quotes by id."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from records.quotes import QuoteRow
from storage.db import Store
from storage.window import window

__all__ = ["QuoteRow"]  # the record lives in records/quotes.py

SELECT = (
    "SELECT q.id, q.speaker_id, q.speaker, q.speaker_kind, q.speaker_title, q.speaker_org, "
    'q.mention, q.kind, q.cue, q.text, q.start, q."end", q.attribution, q.sentence, '
    "a.id, a.title, a.url, a.published, a.source, a.ingested_at"
)


def read_rows(cursor: Any, ranked: bool = False) -> list[QuoteRow]:
    rows = []
    for r in cursor.fetchall():
        rank = float(r[20]) if ranked else 0.0
        rows.append(QuoteRow(*r[:20], rank=rank))  # type: ignore[misc]
    return rows


# The columns that hold a quote's own words (its text, sentence and their lemmas), as an
# FTS5 column filter: the headline is left out.
IN_QUOTE = "{text sentence topics}"


def filters(
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
    dated, dates = window(since, until)
    clauses.extend(dated)
    params.extend(dates)
    if speaker_ids is not None:
        marks = ", ".join("?" for _ in speaker_ids) or "NULL"
        clauses.append(f"{'+' if by_article else ''}q.speaker_id IN ({marks})")
        params.extend(speaker_ids)
    return ("".join(f" AND {c}" for c in clauses), params)


@dataclass(frozen=True)
class QuotePlace:
    """Where a quote is: its id, article, offset, speaker and statement (no words: cheap to
    read)."""

    id: int
    article_id: int
    start: int
    speaker_id: int | None
    attribution: int


def quote_places(
    store: Store, speaker_ids: list[int] | None, article_ids: list[int], limit: int = 5000
) -> list[QuotePlace]:
    """Where the quotes of the given articles (by the given speakers, if any) are, in
    article order: a covering index answers it without reading the quotes."""
    if not article_ids or speaker_ids == []:
        return []
    where, params = filters(None, None, speaker_ids)
    articles = ", ".join("?" for _ in article_ids)
    sql = (
        "SELECT q.id, q.article_id, q.start, q.speaker_id, q.attribution FROM quotes q "
        f"WHERE q.article_id IN ({articles}){where} ORDER BY q.article_id, q.start, q.id LIMIT ?"
    )
    rows = store.db.execute(sql, [*article_ids, *params, limit]).fetchall()
    return [QuotePlace(*r) for r in rows]


def quotes_by_id(store: Store, ids: list[int]) -> list[QuoteRow]:
    """Quotes with their articles, in the order of the ids given."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    sql = f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id IN ({marks})"
    by_id = {row.id: row for row in read_rows(store.db.execute(sql, ids))}
    return [by_id[i] for i in ids if i in by_id]


def quote_count(store: Store, speaker_ids: list[int]) -> int:
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
