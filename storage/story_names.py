"""The names a storyline's articles share, read for comparing them loosely (ask/story_ties.py):
each article's people, organisations and places with their labels and its day, the
articles of a window of days, and in how many articles a name is given in any of its forms."""

from __future__ import annotations

from storage.db import Store
from storage.storyline import STORY_LABELS, article_entity_rows
from storage.window import ARTICLE_WHEN, window

_LABELS = ", ".join(f"'{label}'" for label in STORY_LABELS)
# The last word of an entity's key, as the index `entities_last_word` computes it.
_LAST_WORD = "substr(e.key, length(rtrim(e.key, replace(e.key, ' ', ''))) + 1)"


def article_names(store: Store, article_ids: list[int]) -> dict[int, set[tuple[str, str]]]:
    """The people, organisations and places each article names: article id -> {(folded key,
    label)}."""
    found: dict[int, set[tuple[str, str]]] = {}
    for article, _entity, key, label in article_entity_rows(store, article_ids):
        found.setdefault(article, set()).add((key, label))
    return found


def article_days(
    store: Store, article_ids: list[int], *, dated_only: bool = False
) -> dict[int, str]:
    """The day (YYYY-MM-DD, UTC) each article appeared: published, else ingested (else ""
    when `dated_only`: an article that gives no date has no day of its own)."""
    if not article_ids:
        return {}
    marks = ", ".join("?" for _ in article_ids)
    column = "a.published" if dated_only else ARTICLE_WHEN
    rows = store.db.execute(
        f"SELECT a.id, {column} FROM articles a WHERE a.id IN ({marks})", article_ids
    ).fetchall()
    return {int(a): str(when or "")[:10] for a, when in rows}


def articles_between(store: Store, since: str | None, until: str | None, limit: int) -> list[int]:
    """The ids of the articles that appeared in [since, until), newest first, at most `limit`."""
    clauses, params = window(since, until)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.db.execute(
        f"SELECT a.id FROM articles a{where} ORDER BY {ARTICLE_WHEN} DESC, a.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [int(r[0]) for r in rows]


def surname_article_count(store: Store, surname: str) -> int:
    """In how many articles a person with this surname (the last word of the key) is named."""
    row = store.db.execute(
        "SELECT COUNT(DISTINCT m.article_id) FROM entities e JOIN mentions m "
        f"ON m.entity_id = e.id WHERE {_LAST_WORD} = ? AND e.label = 'PERSON'",
        [surname],
    ).fetchone()
    return int(row[0]) if row else 0


def keys_article_count(store: Store, keys: list[str]) -> int:
    """In how many articles a name is given in any of these folded keys (as organisation,
    place or person)."""
    if not keys:
        return 0
    marks = ", ".join("?" for _ in keys)
    row = store.db.execute(
        "SELECT COUNT(DISTINCT m.article_id) FROM entities e JOIN mentions m "
        f"ON m.entity_id = e.id WHERE e.key IN ({marks}) AND e.label IN ({_LABELS})",
        keys,
    ).fetchone()
    return int(row[0]) if row else 0
