"""`newsbrief ingest`: good articles stored, every bad input named with a reason, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS, invoke, run_newsbrief


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in (
        "seed-article.txt",
        "kingsferry-bridge-inspection.json",
        "kingsferry-bridge-repair-plan.html",
    ):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "latin1.txt").write_bytes(
        "Caf\u00e9 owners protest new rules\nThe standfirst.\n"
        '"We cannot survive this winter," said Jos\u00e9 Garc\u00eda, who runs a caf\u00e9 '
        "near the harbour in the old town.".encode("latin-1")
    )
    (folder / "no-article.html").write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/news'>News</a></nav><footer>\u00a9 2025</footer></body></html>"
    )
    (folder / "no-body.json").write_text(json.dumps({"title": "Headline only", "url": "x"}))
    (folder / "broken.json").write_text('{"title": "Broken", "body": "unterminated')
    return folder


def stored_titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT title FROM articles"))


def test_bad_inputs_are_named_and_good_ones_stored(tmp_path: Path, mixed_dir: Path) -> None:
    db = tmp_path / "t.db"
    missing = tmp_path / "does-not-exist.txt"
    result = run_newsbrief("--db", str(db), "ingest", str(mixed_dir), str(missing))
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "Traceback" not in out + result.stderr
    expected_reasons = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "no-article.html": "no article text",
        "no-body.json": "no 'body'",
        "broken.json": "invalid JSON",
        "does-not-exist.txt": "no such file",
    }
    for name, reason in expected_reasons.items():
        line = next((ln for ln in out.splitlines() if name in ln), "")
        assert line.startswith("failed:") and reason in line, out
    latin = next(ln for ln in out.splitlines() if "latin1.txt" in ln)
    assert "not UTF-8" in latin
    assert "ingested 4, duplicates 0, failed 6" in out
    titles = stored_titles(db)
    assert "Caf\u00e9 owners protest new rules" in titles
    assert len(titles) == 4


def test_ingesting_again_stores_nothing_new(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    first = invoke("--db", str(db), "ingest", str(SEEDS))
    assert first.exit_code == 0, first.output
    assert "ingested 7, duplicates 0, failed 0" in first.output
    again = invoke("--db", str(db), "ingest", str(SEEDS))
    assert again.exit_code == 0
    assert "ingested 0, duplicates 7, failed 0" in again.output
    assert len(stored_titles(db)) == 7


def test_repeated_paragraphs_are_stored_once(tmp_path: Path) -> None:
    path = tmp_path / "repeat.txt"
    para = "\u201cWe will reopen the bridge in August,\u201d Tanvir Rahman said on Thursday."
    path.write_text(f"Headline here\nStandfirst here.\n{para}\n{para}\nAnother paragraph ends.\n")
    db = tmp_path / "t.db"
    assert invoke("--db", str(db), "ingest", str(path)).exit_code == 0
    with sqlite3.connect(db) as conn:
        body = conn.execute("SELECT body FROM articles").fetchone()[0]
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert body.count("We will reopen the bridge") == 1
    assert quotes == 1


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = run_newsbrief("--db", str(tmp_path / "t.db"), "ingest")
    assert result.returncode == 2
    assert "Usage" in result.stderr


def test_huge_article_is_truncated_with_a_warning(tmp_path: Path) -> None:
    para = (
        "Officials met again on Tuesday to discuss the budget, and "
        "\u201cthe talks went well,\u201d said Anna Berg, a council spokeswoman, "
        "after the meeting ended late in the evening.\n"
    )
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A very long article\nIts standfirst.\n")
        written = 0
        n = 0
        while written < 20 * 1024 * 1024:
            line = f"{n}. {para}"
            handle.write(line)
            written += len(line)
            n += 1
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(path))
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "stored the first" in result.output
    with sqlite3.connect(db) as conn:
        length, truncated = conn.execute("SELECT length(body), truncated FROM articles").fetchone()
    assert truncated == 1 and length <= 200_000
