"""Quotes in answer order, and as the views answers show."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ask.search import Found
from ask.speech import hypothetical
from records.quotes import QuoteRow, QuoteView

MAX_QUOTES = 60


def to_views(found: list[Found] | list[QuoteRow]) -> list[QuoteView]:
    """Quotes as answers show them, with how each was found."""
    views = []
    for item in found:
        row, how = (item.row, item.how) if isinstance(item, Found) else (item, "speaker")
        views.append(QuoteView.from_row(row, how, hypothetical(row.sentence, row.cue)))
    return views


def _date(row: QuoteRow) -> str:
    return row.published or row.ingested_at or ""


@lru_cache(maxsize=4096)
def _reverse(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


# How a quote was found, best first: its own words (or its speaker) match; it is in the
# paragraph on the topic; it is the speaker's remark in a story about the topic; in a story
# about the names the topic holds (ask/named_stories.py).
TIERS = {"quote": 0, "speaker": 0, "context": 1, "article": 2, "part": 3}


def distinct(found: list[Found]) -> list[Found]:
    """One entry per statement (pieces share `attribution`): its best-found piece, where the
    statement first appears."""
    best: dict[tuple[int, int], Found] = {}
    for item in found:
        key = (item.row.article_id, item.row.attribution)
        held = best.get(key)
        if held is None or _tier_rank(item) < _tier_rank(held):
            best[key] = item
    return list(best.values())


def _tier_rank(item: Found) -> tuple[int, float]:
    return (TIERS.get(item.how, 4), item.score)


def select(found: list[Found], ranked: bool, limit: int = MAX_QUOTES) -> tuple[list[Found], int]:
    """The statements an answer shows (at most `limit`; 0: all), in display order (see
    `grouped`), and how many statements were found in all. Which statements make the cut
    goes by tier (direct matches first), then relevance (when `ranked`), then date."""
    unique = distinct(found)
    chosen = unique
    if limit and len(unique) > limit:
        by_merit = sorted(
            unique,
            key=lambda m: (
                TIERS.get(m.how, 4),
                m.score if ranked else 0.0,
                _reverse(_date(m.row)),
                m.row.article_id,
                m.row.start,
            ),
        )
        chosen = by_merit[:limit]
    return grouped(chosen, ranked, limit=0), len(unique)


def grouped(found: list[Found], ranked: bool, limit: int = MAX_QUOTES) -> list[Found]:
    """Named speakers before unnamed sources; speakers by their best match (most relevant
    first), then by their newest quote; each speaker's quotes by how they matched, then
    newest first, in article order. At most `limit` (0: all)."""
    groups: dict[Any, list[Found]] = {}
    for item in found:
        row = item.row
        key = row.speaker_id if row.speaker_id is not None else ("unnamed", row.mention)
        groups.setdefault(key, []).append(item)

    def group_key(entry: tuple[Any, list[Found]]) -> tuple[Any, ...]:
        key, members = entry
        best = min(_tier_rank(m) for m in members) if ranked else (0, 0.0)
        newest = max(_date(m.row) for m in members)
        return (isinstance(key, tuple), best, _reverse(newest))

    order = TIERS
    ordered: list[Found] = []
    for _, members in sorted(groups.items(), key=group_key):
        members.sort(
            key=lambda m: (
                order.get(m.how, 4),
                _reverse(_date(m.row)),
                m.row.article_id,
                m.row.start,
            )
        )
        ordered.extend(members)
    return ordered[:limit] if limit else ordered


def newest_first(rows: list[QuoteRow]) -> list[QuoteRow]:
    """Quotes of several lookups as one answer: newest article first, in article order."""
    return sorted(rows, key=lambda r: r.published or r.ingested_at or "", reverse=True)
