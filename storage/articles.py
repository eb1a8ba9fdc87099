"""Articles with their entities and quotes, saved one article per transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from common.names import fold
from common.syndication import Fingerprint
from common.topics import topics_column
from records.article import RawArticle
from records.extraction import Extraction
from storage.affiliations import save_affiliations
from storage.correction_apply import apply_to_article
from storage.db import Store
from storage.folded import index_folded
from storage.speakers import speaker_id_for, speaker_name
from storage.surname_joins import join_earlier_surname, surnames_filed_as_orgs
from storage.syndication import find_original, save_bands
from storage.transactions import transaction


@dataclass(frozen=True)
class SaveResult:
    """What saving an article did: its id, or the id of the copy already stored.

    `copy_of` is set when the article was stored as a syndicated copy of that original (with
    no quotes of its own); `needs_extraction` when nothing was stored because the article
    turned out not to be a copy and no extraction was given.
    """

    article_id: int
    duplicate: bool
    quotes: int = 0
    copy_of: int | None = None
    needs_extraction: bool = False


def now_iso() -> str:
    """The current time, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def find_duplicate(store: Store, content_hash: str, url: str | None) -> int | None:
    """The id of a stored article with the same words (or the same URL), if any."""
    row = store.db.execute(
        "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
        [content_hash, url],
    ).fetchone()
    return int(row[0]) if row else None


def save_article(
    store: Store,
    article: RawArticle,
    content_hash: str,
    extraction: Extraction | None,
    fingerprint: Fingerprint | None = None,
) -> SaveResult:
    """Store an article, its entities and quotes in one transaction; an article already
    stored (same words or URL) is not stored again.

    With a fingerprint, a syndicated copy of a stored original is recognised and stored
    linked to it (`copy_of`), without entities or quotes, so its quotes never count twice.
    `extraction` may be None for an article expected to be a copy.
    """
    db = store.db
    with transaction(db):
        existing = find_duplicate(store, content_hash, article.url)
        if existing is not None:
            return SaveResult(existing, duplicate=True)
        original = find_original(db, fingerprint) if fingerprint is not None else None
        if original is None and extraction is None:
            return SaveResult(0, duplicate=False, needs_extraction=True)
        cursor = db.execute(
            "INSERT INTO articles (content_hash, title, standfirst, body, url, source, "
            "published, ingested_at, origin, words, truncated, author, copy_of, fingerprinted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                content_hash,
                article.title,
                article.standfirst,
                article.body,
                article.url,
                article.source,
                article.published,
                now_iso(),
                article.origin,
                len(article.body.split()),
                int(article.truncated),
                article.author,
                original,
                int(original is not None),
            ],
        )
        article_id = int(cursor.lastrowid or 0)
        index_folded(db, [(article_id, article.body)])
        if original is not None:
            return SaveResult(article_id, duplicate=False, copy_of=original)
        assert extraction is not None
        if fingerprint is not None:
            save_bands(db, article_id, fingerprint)
        _save_entities(db, article_id, extraction)
        count, speaker_ids = _save_quotes(db, article_id, article, extraction)
        dated = article.published or now_iso()
        save_affiliations(db, article_id, extraction.affiliations, speaker_ids, dated)
        apply_to_article(db, article_id, content_hash)  # corrections made before
    return SaveResult(article_id, duplicate=False, quotes=count)


def _save_entities(db: sqlite_utils.Database, article_id: int, extraction: Extraction) -> None:
    ids: dict[tuple[str, str], int] = {}
    rows: list[tuple[int, int, int, int, str]] = []
    for entity in extraction.entities:
        key = (fold(entity.text), entity.label)
        if key not in ids:
            db.execute(
                "INSERT OR IGNORE INTO entities (name, label, key) VALUES (?, ?, ?)",
                [entity.text, entity.label, key[0]],
            )
            ids[key] = db.execute(
                "SELECT id FROM entities WHERE key = ? AND label = ?", list(key)
            ).fetchone()[0]
        rows.append((ids[key], article_id, entity.start, entity.end, entity.text))
    db.conn.executemany(
        'INSERT INTO mentions (entity_id, article_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        rows,
    )


def _save_quotes(
    db: sqlite_utils.Database, article_id: int, article: RawArticle, extraction: Extraction
) -> tuple[int, dict[str, int]]:
    """Store the quotes; how many, and the id of each quoted person filed (by name)."""
    seen = article.published or now_iso()
    speaker_ids: dict[tuple[str, str], int] = {}
    shown: dict[tuple[str, str], str] = {}
    rows: list[tuple[Any, ...]] = []
    surnames = surnames_filed_as_orgs(db, extraction)
    for quote in extraction.quotes:
        speaker_id = None
        if quote.speaker in surnames:  # "Voss said": the Dana Voss of an earlier story
            quote = replace(quote, speaker_kind="person", speaker_org=None)
        if quote.speaker and quote.speaker_kind:
            key = (quote.speaker, quote.speaker_kind)
            if key not in speaker_ids:
                speaker_ids[key] = speaker_id_for(
                    db,
                    quote.speaker,
                    quote.speaker_kind,
                    quote.speaker_title,
                    quote.speaker_org if quote.speaker_kind == "person" else None,
                    seen,
                )
                if quote.speaker_kind == "person":  # one person, one name: "Clinton" as filed
                    shown[key] = speaker_name(db, speaker_ids[key])
                    join_earlier_surname(db, speaker_ids[key], shown[key])  # "Voss said" before
            speaker_id = speaker_ids[key]
        rows.append(
            (
                article_id,
                quote.attribution,
                speaker_id,
                shown.get((quote.speaker or "", quote.speaker_kind or ""), quote.speaker),
                quote.speaker_kind,
                quote.speaker_title,
                quote.speaker_org,
                quote.mention,
                quote.kind,
                quote.cue,
                quote.text,
                quote.start,
                quote.end,
                quote.sentence,
                topics_column(quote.topics),
                article.title,
                quote.shape,
            )
        )
    db.conn.executemany(
        "INSERT INTO quotes (article_id, attribution, speaker_id, speaker, speaker_kind, "
        'speaker_title, speaker_org, mention, kind, cue, text, start, "end", sentence, topics, '
        "article_title, shape) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows), {name: i for (name, kind), i in speaker_ids.items() if kind == "person"}


def article_id_for_url(store: Store, url: str) -> int | None:
    """The id of the article stored from this URL, if any."""
    row = store.db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchone()
    return int(row[0]) if row else None


def article_title(store: Store, article_id: int) -> str | None:
    """An article's headline, or None when there is no such article."""
    row = store.db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    return str(row[0]) if row else None


def article_count(store: Store) -> int:
    """How many articles the store holds."""
    return int(store.db.execute("SELECT count(*) FROM articles").fetchone()[0])


def store_summary(store: Store) -> dict[str, Any]:
    """Counts and the latest ingest, for status pages."""
    db = store.db
    articles, latest = db.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
    quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    speakers = db.execute("SELECT count(*) FROM speakers").fetchone()[0]
    copies = db.execute("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL").fetchone()[0]
    return {
        "articles": articles,
        "quotes": quotes,
        "speakers": speakers,
        "latest_ingest": latest,
        "copies": copies,
    }
