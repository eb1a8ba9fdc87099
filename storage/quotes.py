"""Quote rows: what a stored quote reads back as, where quotes are, quotes by id and how many a
speaker has. The conditions every quote query shares are in storage/quote_filters.py, the
topic search in quote_search.py, lookups by speaker and article in quote_lookup.py."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from records.quotes import QuoteRow
from storage.db import Store
from storage.quote_filters import filters

__all__ = ["QuoteRow"]  # the record lives in records/quotes.py

SELECT = (
    "SELECT q.id, q.speaker_id, q.speaker, q.speaker_kind, q.speaker_title, q.speaker_org, "
    'q.mention, q.kind, q.cue, q.text, q.start, q."end", q.attribution, q.sentence, '
    "a.id, a.title, a.url, a.published, a.source, a.ingested_at, q.shape"
)
_COLUMNS = 21  # read by SELECT; a ranked query adds the rank after them


def read_rows(cursor: Any, ranked: bool = False) -> list[QuoteRow]:
    rows = []
    for r in cursor.fetchall():
        rank = float(r[_COLUMNS]) if ranked else 0.0
        rows.append(QuoteRow(*r[: _COLUMNS - 1], rank=rank, shape=r[_COLUMNS - 1]))  # type: ignore[misc]
    return rows


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


def _enclosing(store: Store, rows: list[QuoteRow], named: bool) -> list[tuple[int, str]]:
    """(quote id, cue) for each given quote and each statement of another speaker of its
    article whose reported words hold the quote's words; with `named`, only named speakers'
    statements. One query per 500 quotes."""
    ids = [row.id for row in rows]
    extra = "AND o.speaker_id IS NOT NULL " if named else ""
    found: list[tuple[int, str]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.extend(
            (hit, cue or "")
            for hit, cue in store.db.execute(
                "SELECT q.id, o.cue FROM quotes q JOIN quotes o ON o.article_id = q.article_id "
                'AND o.start <= q.start AND o."end" >= q."end" '
                "AND o.attribution != q.attribution AND o.speaker_id IS NOT q.speaker_id "
                f"AND o.id != q.id {extra}WHERE q.id IN ({marks})",
                chunk,
            )
        )
    return found


def inside_others(store: Store, rows: list[QuoteRow]) -> set[int]:
    """The ids of the given quotes whose words lie inside the reported words of another
    statement of their article, by another speaker ("X said the company still believed ...":
    the company's belief is X's report)."""
    return {hit for hit, _ in _enclosing(store, rows, named=False)}


def named_reporters(store: Store, rows: list[QuoteRow]) -> dict[int, list[str]]:
    """For each given quote whose words lie inside the reported words of a statement of
    another named speaker of its article, the cues of those statements ("Weaver said
    [Sanders believes the ads will pay off]": "said")."""
    found: dict[int, list[str]] = {}
    for hit, cue in _enclosing(store, rows, named=True):
        found.setdefault(hit, []).append(cue)
    return found
