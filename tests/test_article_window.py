"""The date window and the newest-first order are each one SQL expression (storage/window.py),
which the indexes of migrations 002_ask and 006_perf serve: a windowed count searches an index
instead of reading every article, and the newest articles are read without sorting them all."""

from __future__ import annotations

from pathlib import Path

from storage.db import open_store
from storage.window import NEWEST_FIRST, window


def test_the_window_is_answered_from_the_articles_when_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.db")
    clauses, params = window("2026-01-01 00:00:00", "2026-02-01 00:00:00")
    sql = f"SELECT count(*) FROM articles a WHERE {' AND '.join(clauses)}"
    plan = " ".join(str(row[-1]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    store.close()
    assert "articles_when" in plan, plan


def test_newest_first_reads_the_articles_appeared_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "n.db")
    sql = f"SELECT a.id FROM articles a ORDER BY {NEWEST_FIRST} LIMIT 5"
    plan = " ".join(str(row[-1]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
    store.close()
    assert "articles_appeared" in plan and "TEMP B-TREE" not in plan, plan
