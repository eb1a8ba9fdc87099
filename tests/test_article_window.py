"""The date window is one SQL expression (storage/window.py), which the index of migration
002_ask serves: a windowed count searches that index instead of reading every article."""

from __future__ import annotations

from pathlib import Path

from storage.db import open_store
from storage.window import window


def test_the_window_is_answered_from_the_articles_when_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.db")
    clauses, params = window("2026-01-01 00:00:00", "2026-02-01 00:00:00")
    sql = f"SELECT count(*) FROM articles a WHERE {' AND '.join(clauses)}"
    plan = " ".join(str(row[-1]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    store.close()
    assert "articles_when" in plan, plan
