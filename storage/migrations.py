"""Schema changes as named migrations, applied once each, in order.

`PRAGMA user_version` holds how many have run; the `_migrations` table names them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from storage.folded import create_folded_index
from storage.folded_keys import create_entity_last_words, create_folded_keys
from storage.fts import m009_datasette_fts
from storage.migrations_affiliations import create_affiliations
from storage.migrations_corrections import m008_corrections
from storage.name_keys import create_name_keys
from storage.quote_titles import create_quote_titles
from storage.refold import refold_keys
from storage.substrings import create_substring_indexes
from storage.transactions import transaction

Migration = tuple[str, Callable[[sqlite_utils.Database], None]]


def _m001_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            standfirst TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            url TEXT,
            source TEXT,
            published TEXT,
            ingested_at TEXT NOT NULL,
            origin TEXT,
            words INTEGER NOT NULL DEFAULT 0,
            truncated INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX articles_url ON articles(url)")
    db.execute("CREATE INDEX articles_published ON articles(published)")
    db.execute("CREATE INDEX articles_ingested ON articles(ingested_at)")
    db.execute(
        """
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            org TEXT,
            first_seen TEXT,
            last_seen TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE speaker_aliases (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (alias, speaker_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            attribution INTEGER NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker TEXT,
            speaker_kind TEXT,
            speaker_title TEXT,
            speaker_org TEXT,
            mention TEXT,
            kind TEXT NOT NULL,
            cue TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence TEXT NOT NULL DEFAULT '',
            topics TEXT NOT NULL DEFAULT '',
            article_title TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX quotes_article ON quotes(article_id)")
    db.execute("CREATE INDEX quotes_speaker ON quotes(speaker_id)")
    db.execute(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            key TEXT NOT NULL,
            UNIQUE (key, label)
        )"""
    )
    db.execute(
        """
        CREATE TABLE mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX mentions_entity ON mentions(entity_id)")
    db.execute("CREATE INDEX mentions_article ON mentions(article_id)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    _external_fts(db, "quotes", ["text", "sentence", "topics", "article_title"])
    _external_fts(db, "articles", ["title", "standfirst", "body"])


def _external_fts(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """An FTS5 index over a table's columns, kept in step by triggers (no executescript, so
    the migration stays one transaction)."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    db.execute(
        f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', "
        f"content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
    )
    insert = f"INSERT INTO {table}_fts (rowid, {cols}) VALUES (new.id, {new});"
    delete = (
        f"INSERT INTO {table}_fts ({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});"
    )
    db.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END")


def _m002_ask(db: sqlite_utils.Database) -> None:
    """Time filters on questions ("this week", "in October") read articles by when they
    appeared: published, else ingested, in UTC (the expression of `storage.window`)."""
    db.execute("CREATE INDEX articles_when ON articles(datetime(COALESCE(published, ingested_at)))")
    db.execute("CREATE INDEX quotes_speaker_article ON quotes(speaker_id, article_id)")


def _m004_slack(db: sqlite_utils.Database) -> None:
    """Slack event ids already answered, so a retried or repeated event is answered once,
    across restarts and processes."""
    db.execute("CREATE TABLE slack_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)")
    db.execute("CREATE INDEX slack_events_seen ON slack_events(seen_at)")


def _m003_sources(db: sqlite_utils.Database) -> None:
    """URLs, feeds and syndicated copies (issue 7)."""
    # A syndicated copy points at the first stored copy of the story; it keeps no quotes.
    db.execute("ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles(id)")
    db.execute("ALTER TABLE articles ADD COLUMN author TEXT")
    # 1 once the article's LSH band keys are in article_bands (or it is too short for any).
    db.execute("ALTER TABLE articles ADD COLUMN fingerprinted INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX articles_copy_of ON articles(copy_of)")
    db.execute(
        """
        CREATE TABLE article_bands (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        )"""
    )
    db.execute("CREATE INDEX article_bands_key ON article_bands(key)")
    db.execute("CREATE INDEX article_bands_article ON article_bands(article_id)")
    db.execute(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            added_at TEXT NOT NULL,
            added_by TEXT,
            etag TEXT,
            last_modified TEXT,
            last_polled_at TEXT,
            last_ok_at TEXT,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_poll_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE feed_entries (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_key TEXT NOT NULL,
            url TEXT,
            status TEXT NOT NULL,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            last_error TEXT,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, entry_key)
        )"""
    )


def _m005_digests(db: sqlite_utils.Database) -> None:
    """Scheduled digests (issue 6): subscriptions per channel, and one run per (subscription,
    scheduled slot) so a slot is posted at most once across restarts and processes."""
    db.execute(
        """
        CREATE TABLE digest_subscriptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            at_time TEXT,
            every_hours INTEGER,
            zone TEXT NOT NULL,
            topic TEXT,
            post_empty INTEGER NOT NULL DEFAULT 0,
            created_by TEXT,
            created_at TEXT NOT NULL,
            posted_through INTEGER NOT NULL DEFAULT 0,
            last_posted_at TEXT,
            last_slot TEXT,
            status TEXT NOT NULL DEFAULT 'new',
            last_error TEXT,
            last_error_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX digest_subscriptions_channel ON digest_subscriptions(channel)")
    db.execute(
        """
        CREATE TABLE digest_runs (
            id INTEGER PRIMARY KEY,
            subscription_id INTEGER NOT NULL
                REFERENCES digest_subscriptions(id) ON DELETE CASCADE,
            slot TEXT NOT NULL,
            status TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            finished_at TEXT,
            through_article INTEGER,
            articles INTEGER,
            quotes INTEGER,
            message_ts TEXT,
            error TEXT,
            UNIQUE (subscription_id, slot)
        )"""
    )


def _m006_perf(db: sqlite_utils.Database) -> None:
    """Questions on a store of a million quotes (issue 8).

    - quotes_article_start: where each article's quotes are, read without the quotes
      (topic context).
    - articles_appeared: articles newest first (a much-quoted speaker's latest quotes).
    - speaker_roles: each way articles describe a speaker (title, organisation, the words
      used), kept by triggers, so "the mayor" or "quotes from Halden" never read every quote.
    """
    db.execute("CREATE INDEX quotes_article_start ON quotes(article_id, start, speaker_id)")
    db.execute("CREATE INDEX articles_appeared ON articles(COALESCE(published, ingested_at))")
    db.execute(
        """
        CREATE TABLE speaker_roles (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            org TEXT NOT NULL,
            mention TEXT NOT NULL,
            UNIQUE (speaker_id, title, org, mention)
        )"""
    )  # ids in order of first appearance
    values = (
        "new.speaker_id, COALESCE(new.speaker_title, ''), COALESCE(new.speaker_org, ''), "
        "COALESCE(new.mention, '')"
    )
    db.execute(
        "CREATE TRIGGER quotes_roles_ai AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL "
        "BEGIN INSERT OR IGNORE INTO speaker_roles (speaker_id, title, org, mention) "
        f"VALUES ({values}); END"
    )
    db.execute(
        "CREATE TRIGGER quotes_roles_ad AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL "
        "BEGIN DELETE FROM speaker_roles WHERE speaker_id = old.speaker_id "
        "AND title = COALESCE(old.speaker_title, '') AND org = COALESCE(old.speaker_org, '') "
        "AND mention = COALESCE(old.mention, '') AND NOT EXISTS (SELECT 1 FROM quotes q "
        "WHERE q.speaker_id = old.speaker_id AND COALESCE(q.speaker_title, '') = "
        "COALESCE(old.speaker_title, '') AND COALESCE(q.speaker_org, '') = "
        "COALESCE(old.speaker_org, '') AND COALESCE(q.mention, '') = COALESCE(old.mention, '')); "
        "END"
    )
    db.execute(
        "INSERT OR IGNORE INTO speaker_roles (speaker_id, title, org, mention) SELECT speaker_id, "
        "COALESCE(speaker_title, ''), COALESCE(speaker_org, ''), COALESCE(mention, '') "
        "FROM quotes WHERE speaker_id IS NOT NULL ORDER BY id"
    )


def _m007_digest_resume(db: sqlite_utils.Database) -> None:
    """Digests interrupted mid-post (issue 11): a run keeps the watermark it started from
    and how many thread replies Slack took, so a restart can finish its thread."""
    db.execute("ALTER TABLE digest_runs ADD COLUMN since_article INTEGER")
    db.execute("ALTER TABLE digest_runs ADD COLUMN replies_posted INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX digest_runs_status ON digest_runs(status, claimed_at)")


def _m010_content_shape(db: sqlite_utils.Database) -> None:
    """What each quote's cue reports, by shape (extract/shapes.py: "clause", "verb", "quote"
    or "noun"), so answers can leave out acts reported as noun phrases ("proposed new
    limits"). Quotes stored before it keep NULL: their shape is unknown, and answers judge
    them by their cue alone, as before."""
    db.execute("ALTER TABLE quotes ADD COLUMN shape TEXT")


def _m012_speaker_keys(db: sqlite_utils.Database) -> None:
    """Ingest's look-ups of a speaker by lower-cased name or organisation, and of a
    speaker's aliases, read an index instead of every speaker or alias: joining a surname
    quoted first ("Voss said") to its person looks up organisations named that word and
    anyone who speaks for it."""
    db.execute("CREATE INDEX speakers_lower_name ON speakers(lower(name))")
    db.execute("CREATE INDEX speakers_lower_org ON speakers(lower(org))")
    db.execute("CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id)")


MIGRATIONS: list[Migration] = [
    ("001_initial", _m001_initial),
    ("002_ask", _m002_ask),
    ("003_sources", _m003_sources),
    ("004_slack", _m004_slack),
    ("005_digests", _m005_digests),
    ("006_perf", _m006_perf),
    ("007_digest_resume", _m007_digest_resume),
    ("008_corrections", m008_corrections),
    ("009_datasette_fts", m009_datasette_fts),
    ("010_content_shape", _m010_content_shape),
    ("011_folded_bodies", create_folded_index),
    ("012_speaker_keys", _m012_speaker_keys),
    ("013_name_keys", create_name_keys),
    ("014_folded_keys", create_folded_keys),
    ("015_substring_indexes", create_substring_indexes),
    ("016_entity_last_words", create_entity_last_words),
    ("017_quote_titles", create_quote_titles),
    ("018_affiliations", create_affiliations),
    ("019_refold", refold_keys),
]


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    """Run the migrations not yet applied, each in its own transaction; return their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM _migrations").fetchall()}
    applied: list[str] = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        with transaction(db):
            migrate(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            db.execute(f"PRAGMA user_version = {len(done) + len(applied) + 1}")
        applied.append(name)
    return applied


def schema_version(db: sqlite_utils.Database) -> int:
    """How many migrations the store has applied."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])
