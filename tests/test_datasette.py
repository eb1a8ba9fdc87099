"""The store in Datasette: its search box on quotes finds only matching quotes, with their
speaker and article (migration 009_datasette_fts declares the FTS indexes as sqlite-utils
does); the bot's own search and the index triggers keep working across that migration."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from datasette.utils import detect_fts
from spacy.language import Language

import storage.migrations as migrations
from sources.files import iter_paths
from storage.db import Store, open_store
from tests.conftest import SEEDS, invoke
from tests.slack.conftest import copy_store
from tests.slack_requests import free_port
from work.ingest.pipeline import Ingestor

WORD = "rationing"  # in some of the seed quotes, not in most


def _fts_ids(conn: sqlite3.Connection, word: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", [word])
    return {int(r[0]) for r in rows}


@pytest.fixture
def served(tmp_path: Path, seeded_store: Store) -> Iterator[str]:
    """`newsbrief datasette` serving a copy of the seeded store on loopback; its base URL."""
    db = copy_store(seeded_store, tmp_path / "newsbrief.db")
    port = free_port()
    command = [sys.executable, "-m", "bot.cli", "--db", str(db), "datasette", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"Datasette did not start: {output}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()  # Datasette itself: the helper became it, nothing is left behind
        process.wait(timeout=20)
        if process.stdout:
            process.stdout.close()


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def test_datasette_search_on_quotes_returns_only_matching_rows(
    served: str, seeded_store: Store
) -> None:
    total = seeded_store.db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    expected = _fts_ids(seeded_store.db.conn, WORD)
    assert 0 < len(expected) < total
    found = _get(
        f"{served}/newsbrief/quotes.json?_search={WORD}&_shape=objects&_size=max&_labels=on"
    )
    rows = found["rows"]
    assert {row["id"] for row in rows} == expected
    for row in rows:
        words = " ".join(str(row[c]) for c in ("text", "sentence", "topics", "article_title"))
        assert "ration" in words.lower()
        # The speaker and the article are reachable: named, and linked by their ids.
        article = row["article_id"]
        title = seeded_store.db.execute(
            "SELECT title FROM articles WHERE id = ?", [article["value"]]
        ).fetchone()[0]
        assert article["label"] == title
        if row["speaker_id"] is not None:
            name = seeded_store.db.execute(
                "SELECT name FROM speakers WHERE id = ?", [row["speaker_id"]["value"]]
            ).fetchone()[0]
            assert row["speaker_id"]["label"] == name
    # No search: every row; a word no quote holds: none.
    every = _get(f"{served}/newsbrief/quotes.json?_shape=objects&_size=max")
    assert len(every["rows"]) == total
    none = _get(f"{served}/newsbrief/quotes.json?_search=zzyzxnotaword&_shape=objects")
    assert none["rows"] == []


def test_migration_009_makes_the_index_visible_and_keeps_search_and_triggers(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    before = [m for m in migrations.MIGRATIONS if m[0] != "009_datasette_fts"]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    old = open_store(path)
    Ingestor(old, "unused", nlp=nlp).run(iter_paths([str(SEEDS / "casavel-water-rationing.txt")]))
    assert detect_fts(old.db.conn, "quotes") is None  # what Datasette saw: no search
    ids_before = _fts_ids(old.db.conn, WORD)
    assert ids_before
    old.close()
    monkeypatch.undo()

    store = open_store(path)
    conn = store.db.conn
    assert detect_fts(conn, "quotes") == "quotes_fts"
    assert detect_fts(conn, "articles") == "articles_fts"
    assert _fts_ids(conn, WORD) == ids_before  # rebuilt from the table
    # The triggers keep the index in step: an edited quote is found by its new words only,
    # a deleted article's quotes are gone from it.
    quote = min(ids_before)
    conn.execute("UPDATE quotes SET text = 'xylophone orchestra' WHERE id = ?", [quote])
    assert _fts_ids(conn, "xylophone") == {quote}
    conn.execute("DELETE FROM articles")
    assert _fts_ids(conn, WORD) == set() and _fts_ids(conn, "xylophone") == set()
    store.close()
    # The bot's own search reads the migrated index.
    fresh = tmp_path / "fresh.db"
    Ingestor(open_store(fresh), "unused", nlp=nlp).run(
        iter_paths([str(SEEDS / "casavel-water-rationing.txt")])
    )
    answer = json.loads(invoke("--db", str(fresh), "ask", f"quotes about {WORD}", "--json").output)
    assert answer["quotes"]


def test_newsbrief_datasette_refuses_a_missing_store(tmp_path: Path) -> None:
    result = invoke("--db", str(tmp_path / "nope.db"), "datasette")
    assert result.exit_code == 2 and "no store at" in result.output
    assert not (tmp_path / "nope.db").exists()
