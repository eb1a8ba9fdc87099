"""The articles a kind of organisation is read from: those whose title or body uses the
kind's words ("the airline", "the fire service"), with their folded text."""

from __future__ import annotations

from common.names import fold
from storage.db import Store
from storage.folded import candidates_sql, phrase_query


def articles_using(store: Store, words: str) -> list[tuple[int, str]]:
    """(article id, folded title and body) of the articles whose title or body holds the
    words, oldest id first."""
    key = fold(words)
    if not key:
        return []
    among, narrowed = candidates_sql(phrase_query(key))  # the folded-words index narrows
    rows = store.db.execute(
        "SELECT id, fold(title) || char(10) || fold(body) FROM articles WHERE "
        f"({among} OR instr(fold(title), ?) > 0) "
        "AND instr(fold(title) || ' ' || fold(body), ?) > 0 ORDER BY id",
        [*narrowed, key, key],
    ).fetchall()
    return [(int(article_id), str(text)) for article_id, text in rows]


def org_mentions(store: Store, article_id: int) -> list[str]:
    """The names of the organisations an article mentions (its ORG entities)."""
    rows = store.db.execute(
        "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = ? AND e.label = 'ORG' ORDER BY e.name",
        [article_id],
    ).fetchall()
    return [str(name) for (name,) in rows if name]
