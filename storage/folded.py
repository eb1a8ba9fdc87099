"""Articles' bodies as folded words (common.names.fold: lower case, accents dropped, "ß" as
"ss", ligatures as their letters), in a full-text index, so a question that looks for a
phrase in every article reads the few articles that hold its words, not every body.

`articles_folded` is a contentless FTS5 index (it keeps no copy of the text) of fold(body),
commas kept as a word (`COMMA`), tokenised by unicode61 alone (no stemming, no diacritics
rule: the text is folded already). Python writes it as each article is stored
(`index_folded`); articles are never deleted or rewritten. It only narrows: callers check
each candidate article's text exactly as before, so answers are the ones a scan of every
body gave. Its words are those of fold(body), where the general index `articles_fts`
(unicode61 over the raw text) keeps "straße" and "ﬁnance" as written and would miss
"strasse" and "finance".
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from common.names import fold

INDEX = "articles_folded"
# A comma is written as this word (the tokenizer drops punctuation): ", a passenger group"
# then finds the few articles with the comma, not every "a passenger group". An article
# that happens to write the word itself only adds a candidate to check.
COMMA = " zzcommazz "


def folded_words(text: str) -> str:
    """The text the index holds for a body, or looks for in a phrase: fold(text), commas
    as a word of their own."""
    return fold(text).replace(",", COMMA)


def create_folded_index(db: sqlite_utils.Database) -> None:
    """Migration 011: the folded-words index, filled from the articles already stored."""
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(body, content='', columnsize=0, "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    db.execute(
        f"INSERT INTO {INDEX} (rowid, body) SELECT id, replace(fold(body), ',', ?) FROM articles",
        [COMMA],
    )


def index_folded(db: sqlite_utils.Database, articles: Iterable[tuple[int, str]]) -> None:
    """Add (article id, body) pairs to the folded-words index, in the caller's transaction."""
    db.conn.executemany(
        f"INSERT INTO {INDEX} (rowid, body) VALUES (?, ?)",
        ((article_id, folded_words(body)) for article_id, body in articles),
    )


def phrase_query(*phrases: str) -> str | None:
    """An FTS5 query for articles whose folded words hold one of the phrases' words in a
    row, the last word possibly longer ("group" finds "groups"): every article whose folded
    text holds a phrase starting at a word's start. None when a phrase has no word to look
    for (the caller then reads every article)."""
    parts = []
    for phrase in phrases:
        folded = folded_words(phrase)
        if not any(c.isalnum() for c in fold(phrase)):
            return None
        parts.append('"' + folded.replace('"', '""') + '" *')
    return " OR ".join(parts) if parts else None


def candidates_sql(query: str | None) -> tuple[str, list[str]]:
    """A WHERE clause (with its parameters) keeping the articles (`id`) the folded index
    finds for a `phrase_query`; none (every article) when the query is None."""
    if query is None:
        return "1 = 1", []
    return f"id IN (SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?)", [query]


def words_in_bodies(db: sqlite_utils.Database, words: Iterable[str]) -> set[str]:
    """Those of the (folded, one-word) words some article's body says, as a word or with an
    "s" after it: one look-up of the index each."""
    said = set()
    for word in words:
        if not word.isalpha():
            continue
        query = f'"{word}" OR "{word}s"'
        if db.execute(f"SELECT 1 FROM {INDEX} WHERE {INDEX} MATCH ? LIMIT 1", [query]).fetchone():
            said.add(word)
    return said
