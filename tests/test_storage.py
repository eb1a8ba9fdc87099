"""The store: schema, migrations, WAL, one transaction per article, speakers across articles."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from sources.files import SourceItem
from sources.model import RawArticle
from storage.db import Store, open_store
from storage.migrations import MIGRATIONS, schema_version
from work.ingest.pipeline import Ingestor


def article(title: str, body: str, url: str | None = None) -> SourceItem:
    return SourceItem(title, RawArticle(title=title, body=body, url=url, origin=title))


def test_new_store_is_migrated_and_in_wal_mode(store: Store) -> None:
    assert schema_version(store.db) == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = set(store.db.table_names())
    assert {"articles", "quotes", "speakers", "entities", "mentions", "quotes_fts"} <= tables


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    first = open_store(tmp_path / "s.db")
    first.close()
    second = open_store(tmp_path / "s.db")
    names = [r[0] for r in second.db.execute("SELECT name FROM _migrations").fetchall()]
    assert names == [name for name, _ in MIGRATIONS]


def test_speaker_variants_across_articles_are_one_speaker(store: Store, nlp: Language) -> None:
    items = [
        article(
            "One",
            "Dr. Femke de Jong, a hydrologist, spoke on Monday.\n\n"
            "\u201cThe drought is getting worse every year,\u201d de Jong said.",
        ),
        article(
            "Two",
            "\u201cThe reservoirs will not refill this summer,\u201d said Femke de Jong, the "
            "hydrologist.",
        ),
        article(
            "Three",
            "Melania Trump spoke at the rally.\n\n"
            "\u201cWe will win this state easily,\u201d Donald Trump said.",
        ),
        article(
            "Four",
            "\u201cI am proud of the campaign we have run,\u201d Melania Trump said on Tuesday.",
        ),
    ]
    report = Ingestor(store, "unused", nlp=nlp).run(items)
    assert report.ingested == 4
    names = sorted(r[0] for r in store.db.execute("SELECT name FROM speakers").fetchall())
    assert names.count("Femke de Jong") == 1
    assert "Donald Trump" in names and "Melania Trump" in names


def test_same_words_twice_are_stored_once(store: Store, nlp: Language) -> None:
    body = "\u201cThe bridge will stay closed for months,\u201d Tanvir Rahman said on Friday."
    report = Ingestor(store, "unused", nlp=nlp).run(
        [article("A", body), article("A copy", "  " + body.upper() + "  ")]
    )
    assert (report.ingested, report.duplicates) == (1, 1)
    report = Ingestor(store, "unused", nlp=nlp).run([article("Again", body)])
    assert (report.ingested, report.duplicates) == (0, 1)


def test_fts_follows_the_quotes_table(store: Store, nlp: Language) -> None:
    body = "\u201cThe truce must hold through the winter,\u201d Anna Berg said."
    Ingestor(store, "unused", nlp=nlp).run([article("Truce", body)])
    hits = store.db.execute(
        "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'truce'"
    ).fetchone()[0]
    assert hits == 1
    store.db.execute("DELETE FROM quotes")
    hits = store.db.execute(
        "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'truce'"
    ).fetchone()[0]
    assert hits == 0


def test_latest_title_wins_on_the_profile_each_quote_keeps_its_own(
    store: Store, nlp: Language
) -> None:
    later = SourceItem(
        "later",
        RawArticle(
            title="Later",
            body="Anna Berg, the prime minister, said the budget would be balanced next year.",
            published="2025-06-01T09:00:00+00:00",
            origin="later",
        ),
    )
    earlier = SourceItem(
        "earlier",
        RawArticle(
            title="Earlier",
            body="Anna Berg, the finance minister, said the budget would be cut again soon.",
            published="2025-01-01T09:00:00+00:00",
            origin="earlier",
        ),
    )
    Ingestor(store, "unused", nlp=nlp).run([later, earlier])  # stored out of date order
    (title,) = store.db.execute("SELECT title FROM speakers WHERE name = 'Anna Berg'").fetchone()
    assert title.lower() == "prime minister"
    titles = sorted(
        r[0].lower()
        for r in store.db.execute(
            "SELECT speaker_title FROM quotes WHERE speaker = 'Anna Berg'"
        ).fetchall()
    )
    assert titles == ["finance minister", "prime minister"]
