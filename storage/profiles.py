"""Profiles of speakers and entities, and articles about a topic."""

from __future__ import annotations

from typing import Any

from common.names import fold
from storage.db import Store
from storage.folded_keys import ENTITY_LAST, last_word, like_safe
from storage.quote_lookup import latest_articles_of
from storage.window import ARTICLE_WHEN, NEWEST_FIRST, window

# A profile lists (and finds people mentioned in) a speaker's newest articles, at most these.
PROFILE_ARTICLES = 100


def speaker_profile(store: Store, speaker_id: int | None, name: str) -> dict[str, Any] | None:
    """A speaker's profile (titles, organisation, their newest PROFILE_ARTICLES articles,
    people mentioned with them there), or, for someone never quoted, what the articles that
    mention them say."""
    db = store.db
    if speaker_id is not None:
        row = db.execute(
            "SELECT id, name, kind, title, org, first_seen, last_seen FROM speakers WHERE id = ?",
            [speaker_id],
        ).fetchone()
        if row is None:
            return None
        article_ids = latest_articles_of(store, speaker_id, PROFILE_ARTICLES)
        titles = [  # in order of first appearance (speaker_roles ids)
            r[0]
            for r in db.execute(
                "SELECT title FROM speaker_roles WHERE speaker_id = ? AND title != '' "
                "GROUP BY title ORDER BY min(id)",
                [speaker_id],
            ).fetchall()
        ]
        aliases = [
            r[0]
            for r in db.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias",
                [speaker_id],
            ).fetchall()
        ]
        profile: dict[str, Any] = {
            "name": row[1],
            "kind": row[2],
            "title": row[3],
            "org": row[4],
            "titles": titles,
            "aliases": aliases,
            "first_seen": row[5],
            "last_seen": row[6],
            "quoted": True,
        }
    else:
        rows = entity_mentions(store, name)
        if not rows:
            return None
        article_ids = list(dict.fromkeys(r[1] for r in rows))
        full = max((r[0] for r in rows), key=len)
        profile = {
            "name": full,
            "kind": None,
            "title": None,
            "org": None,
            "titles": [],
            "aliases": [],
            "quoted": False,
            "described_in": _sentences_around(store, [(r[1], r[2], r[3]) for r in rows]),
        }
    profile["articles"] = _articles(store, article_ids)
    profile["mentioned_with"] = _co_mentioned(store, article_ids, profile["name"])
    return profile


def entity_mentions(store: Store, name: str) -> list[tuple[str, int, int, int]]:
    """The mentions of the named entities (people, organisations, places) called by a name
    or whose name ends with it ("Voss" for "Halvard Voß"), folded: (entity name, article
    id, start, end), in article order."""
    key = fold(name)
    last = last_word(key)  # of any key ending with " <key>" (entities_last_word)
    ending = f"{ENTITY_LAST} = ? AND " if like_safe(last) else "? IS NOT NULL AND "
    rows = store.db.execute(
        'SELECT e.name, m.article_id, m.start, m."end" FROM mentions m '
        "JOIN entities e ON e.id = m.entity_id WHERE e.id IN (SELECT id FROM entities "
        f"WHERE key = ? UNION SELECT id FROM entities WHERE {ending}key LIKE ?) "
        "AND e.label IN ('PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC') "
        "ORDER BY m.article_id, m.start",
        [key, last, f"% {key}"],
    ).fetchall()
    return [(str(r[0]), int(r[1]), int(r[2]), int(r[3])) for r in rows]


def _articles(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = store.db.execute(
        f"SELECT a.id, a.title, a.url, a.published, a.source FROM articles a "
        f"WHERE a.id IN ({marks}) ORDER BY {NEWEST_FIRST}",
        ids,
    ).fetchall()
    keys = ("id", "title", "url", "published", "source")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def _co_mentioned(store: Store, ids: list[int], name: str, limit: int = 8) -> list[str]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = store.db.execute(
        "SELECT e.name, count(DISTINCT m.article_id) AS n FROM mentions m "
        f"JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN ({marks}) "
        "AND e.label = 'PERSON' GROUP BY e.key ORDER BY n DESC, e.name LIMIT ?",
        [*ids, limit + 5],
    ).fetchall()
    own = set(fold(name).split())
    names = [r[0] for r in rows if not set(fold(r[0]).split()) <= own]
    # "Dvořák" when "Marek Dvořák" is listed too: keep the fuller name.
    word_sets = [set(fold(n).split()) for n in names]
    kept = [
        n
        for n, words in zip(names, word_sets, strict=True)
        if not any(words < other for other in word_sets)
    ]
    return list(dict.fromkeys(kept))[:limit]


def _sentences_around(store: Store, spans: list[tuple[int, int, int]], limit: int = 3) -> list[str]:
    """The sentences holding the first few mentions (one per article)."""
    sentences: list[str] = []
    seen_articles: set[int] = set()
    for article_id, start, end in spans:
        if article_id in seen_articles:
            continue
        seen_articles.add(article_id)
        row = store.db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            continue
        body = row[0]
        left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start))
        right_candidates = [i for i in (body.find(". ", end), body.find("\n", end)) if i != -1]
        right = min(right_candidates) if right_candidates else len(body)
        sentences.append(body[left + 1 : right + 1].strip())
        if len(sentences) >= limit:
            break
    return sentences


def articles_about(store: Store, fts_query: str, limit: int = 5) -> list[dict[str, Any]]:
    """The newest articles whose text matches an FTS5 query."""
    rows = store.db.execute(
        "SELECT a.id, a.title, a.url, a.published, a.source FROM articles_fts "
        "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
        f"ORDER BY {NEWEST_FIRST} LIMIT ?",
        [fts_query, limit],
    ).fetchall()
    keys = ("id", "title", "url", "published", "source")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def article_texts(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    """Articles with their bodies, in the order of the ids given."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = store.db.execute(
        f"SELECT id, title, url, published, source, body FROM articles WHERE id IN ({marks})",
        ids,
    ).fetchall()
    keys = ("id", "title", "url", "published", "source", "body")
    by_id = {r[0]: dict(zip(keys, r, strict=True)) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def quote_spans(store: Store, ids: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """Each article's quoted spans (start, end, who: the speaker or how they are described)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for article_id, start, end, speaker, mention in store.db.execute(
        f'SELECT article_id, start, "end", speaker, mention FROM quotes WHERE article_id IN '
        f"({marks}) ORDER BY article_id, start",
        ids,
    ).fetchall():
        who = speaker or (f"unnamed ({mention})" if mention else "unattributed")
        spans.setdefault(article_id, []).append((start, end, who))
    return spans


def count_articles(store: Store, since: str | None, until: str | None) -> int:
    """How many articles appeared in a window (published, else ingested; UTC bounds)."""
    clauses, params = window(since, until)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return int(store.db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])


MANY_MATCHES = 1_000


def _matches(store: Store, fts_query: str) -> int:
    """How many articles match an FTS5 query (the index alone answers it)."""
    sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
    return int(store.db.execute(sql, [fts_query]).fetchone()[0])


def articles_in_window(
    store: Store, fts_query: str | None, since: str | None, until: str | None, limit: int = 5
) -> list[dict[str, Any]]:
    """The newest articles in a window, optionally matching an FTS5 query."""
    clauses, params = [], []
    if fts_query and _matches(store, fts_query) > MANY_MATCHES:
        # Many articles match: read articles newest first and check each (no ranking: fast)
        # until enough are found, instead of listing every match.
        clauses.append(
            "EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = a.id)"
        )
        params.append(fts_query)
    elif fts_query:
        clauses.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query)
    dated, dates = window(since, until)
    clauses.extend(dated)
    params.extend(dates)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.db.execute(
        f"SELECT a.id, a.title, a.url, a.published, a.source FROM articles a{where} "
        f"ORDER BY {ARTICLE_WHEN} DESC, a.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    keys = ("id", "title", "url", "published", "source")
    return [dict(zip(keys, r, strict=True)) for r in rows]
