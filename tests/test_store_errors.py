"""A full disk and a damaged store: one clear line naming the store (exit code 1, no
traceback), the store intact; in Slack, a short reply."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from storage.db import Store, StoreCorrupt, StoreFull, open_store
from tests.conftest import SEEDS, run_newsbrief
from tests.slack.conftest import copy_store

# `newsbrief` with every store connection capped at NEWSBRIEF_TEST_MAX_PAGES pages: SQLite's
# own size limit, so the "disk" fills exactly as a full one does (SQLITE_FULL).
CAPPED = """
import os, sys
import storage.db as db
connect = db._connect
def capped(path):
    conn = connect(path)
    conn.execute("PRAGMA max_page_count = " + os.environ["NEWSBRIEF_TEST_MAX_PAGES"])
    return conn
db._connect = capped
from bot.cli import cli
sys.exit(cli.main(sys.argv[1:], prog_name="newsbrief"))
"""


def _articles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY id")]


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _new_articles(folder: Path, count: int) -> Path:
    """Articles not yet in the store (seed bodies under new headlines and first lines)."""
    folder.mkdir()
    bodies = [p.read_text("utf-8").split("\n", 2)[2] for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(count):
        body = f"Dispatch {n} from the regional desk, filed at {n * 7919} hours.\n"
        (folder / f"{n:03d}.txt").write_text(f"Headline {n}\nStandfirst {n}.\n{body}" + bodies[0])
    return folder


def _one_clear_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_a_full_disk_during_ingest_is_one_line_and_the_store_stays_intact(
    seeded_store: Store, tmp_path: Path
) -> None:
    db = copy_store(seeded_store, tmp_path / "small.db")
    before = _articles(db)
    with sqlite3.connect(db) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    folder = _new_articles(tmp_path / "more", 30)
    env = {"NEWSBRIEF_TEST_MAX_PAGES": str(pages + 4), "NEWSBRIEF_PROCESSES": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CAPPED, "--db", str(db), "ingest", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**_env(), **env},
    )
    line = _one_clear_line(result, str(db), "is full", "free disk space")
    assert line.startswith("Error: the store")
    assert _integrity(db) == "ok"
    after = _articles(db)
    assert after[: len(before)] == before  # what was stored before is all there
    assert len(after) < len(before) + 30  # the disk did fill


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBRIEF_"))}


def corrupt_pages(db: Path, tables: tuple[str, ...], where: float) -> None:
    """Overwrite bytes of every data page (all but the root) of the tables: at `where` of
    each page (0: its header, which SQLite checks as it reads; 0.25: its cells)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        marks = ",".join("?" * len(tables))
        pages = [
            r[0]
            for r in conn.execute(
                f"SELECT pageno FROM dbstat WHERE name IN ({marks}) AND pageno NOT IN "
                f"(SELECT rootpage FROM sqlite_schema WHERE name IN ({marks}))",
                [*tables, *tables],
            )
        ]
    assert pages and max(pages) > 3, "no data pages in the middle of the file to corrupt"
    with db.open("r+b") as raw:
        for page in pages:
            raw.seek((page - 1) * size + int(size * where))
            raw.write(b"\xa5" * (size // 2))


def test_a_corrupted_data_page_under_ask_and_ingest_is_one_line(
    seeded_store: Store, tmp_path: Path
) -> None:
    db = copy_store(seeded_store, tmp_path / "damaged.db")
    corrupt_pages(db, ("articles", "quotes"), 0)
    env = {**_env(), "NEWSBRIEF_PROCESSES": "1"}
    asked = run_newsbrief("--db", str(db), "ask", "who said what about the water", env=env)
    line = _one_clear_line(asked, str(db), "is damaged", "backup", ".recover")
    assert "malformed" in line
    folder = _new_articles(tmp_path / "more", 2)
    ingested = run_newsbrief("--db", str(db), "ingest", str(folder), env=env)
    _one_clear_line(ingested, str(db), "is damaged", "backup")


def test_garbage_sqlite_reads_without_noticing_is_found_by_a_check(
    seeded_store: Store, tmp_path: Path
) -> None:
    db = copy_store(seeded_store, tmp_path / "garbled.db")
    corrupt_pages(db, ("articles", "quotes"), 0.25)
    asked = run_newsbrief("--db", str(db), "ask", "who said what about the water", env=_env())
    _one_clear_line(asked, str(db), "is damaged", "integrity check")


def test_store_errors_are_told_apart(tmp_path: Path) -> None:
    from storage.db import store_error

    full = store_error(sqlite3.OperationalError("database or disk is full"), tmp_path / "a.db")
    assert isinstance(full, StoreFull) and str(tmp_path / "a.db") in str(full)
    bad = store_error(sqlite3.DatabaseError("database disk image is malformed"), "b.db")
    assert isinstance(bad, StoreCorrupt) and "b.db" in str(bad)
    assert store_error(sqlite3.OperationalError("no such table: x")) is None
    assert store_error(ValueError("database or disk is full")) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 200)
    status = run_newsbrief("--db", str(junk), "status", env=_env())
    _one_clear_line(status, str(junk), "is damaged")
    # The store being fine again: a store opens and answers.
    open_store(tmp_path / "fine.db").close()


def test_the_console_says_so_and_goes_on(seeded_store: Store, tmp_path: Path) -> None:
    db = copy_store(seeded_store, tmp_path / "console.db")
    corrupt_pages(db, ("articles", "quotes"), 0)
    lines = "who said what about the water?\n/newsbrief help\n"
    chat = run_newsbrief("--db", str(db), "chat", input=lines, env=_env())
    assert chat.returncode == 0 and "Traceback" not in chat.stdout + chat.stderr
    assert f"Error: the store {db} is damaged" in chat.stdout
    assert "Usage: /whosaid" in chat.stdout  # the next line is still answered
