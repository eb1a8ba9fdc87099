"""When an article appeared, and the date window every query puts on it: one SQL expression,
written once, so the index of migration 002_ask (`articles_when`) serves every window."""

from __future__ import annotations

from typing import Any

# When an article `a` appeared: published, else ingested; in UTC as SQLite `datetime()` text.
# Indexed by migration 002_ask (the expression must stay exactly this).
ARTICLE_WHEN = "datetime(COALESCE(a.published, a.ingested_at))"
# Articles `a` newest first, as the index of migration 006_perf (`articles_appeared`) orders
# them: the ORDER BY of every "newest first" read (the expression must stay exactly this).
NEWEST_FIRST = "COALESCE(a.published, a.ingested_at) DESC"


def window(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions keeping the articles `a` that appeared in [since, until) (UTC datetime
    text; either may be None, for no bound), and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append(f"{ARTICLE_WHEN} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{ARTICLE_WHEN} < ?")
        params.append(until)
    return clauses, params
