"""The cast of the stories a described-person question is about: each story's text and
every quote in it, so ask/cast.py can read how the story describes each speaker."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Store
from storage.folded import candidates_sql, phrase_query
from storage.quotes import SELECT, QuoteRow, read_rows
from storage.window import NEWEST_FIRST, window

# Stories read at most, newest first.
MAX_STORIES = 60


@dataclass(frozen=True)
class Story:
    """One story's headline, text and quotes (in article order)."""

    id: int
    title: str
    body: str
    quotes: list[QuoteRow]


def stories_with(
    store: Store,
    stems: list[str],
    topic_query: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Story]:
    """The stories whose folded text holds a word starting with one of the stems (and, with
    `topic_query`, that match it in the full-text index), newest first, with their quotes."""
    query = phrase_query(*stems) if stems else None
    if query is None:
        return []
    among, narrowed = candidates_sql(query)
    where, params = window(since, until)
    sql = f"SELECT a.id, a.title, a.body FROM articles a WHERE a.{among}"
    args: list[object] = [*narrowed]
    if topic_query:
        sql += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        args.append(topic_query)
    for clause in where:
        sql += f" AND {clause}"
    args += params
    sql += f" ORDER BY {NEWEST_FIRST} LIMIT ?"
    stories = store.db.execute(sql, [*args, MAX_STORIES]).fetchall()
    found: list[Story] = []
    for article_id, title, body in stories:
        rows = read_rows(
            store.db.execute(
                f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
                "WHERE q.article_id = ? ORDER BY q.start",
                [article_id],
            )
        )
        found.append(Story(int(article_id), str(title), str(body), rows))
    return found
