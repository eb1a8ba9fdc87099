"""The local console and `newsbrief run`: same commands as Slack, seeds loaded once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import SEEDS, invoke, run_newsbrief


def test_chat_answers_commands_and_questions(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert invoke("--db", str(db), "ingest", str(SEEDS / "seed-article.txt")).exit_code == 0
    script = "/whosaid ceasefire\nwhat did Qassem say?\n/newsbrief status\n/brief\nhelp\n"
    result = invoke("--db", str(db), "chat", input=script)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Najib Mikati" in out and "Taher al-Nunu" in out
    assert "appropriate and suitable" in out
    assert "1 articles" in out
    assert "Usage: /brief" in out
    assert "who said what about the ceasefire" in out


def test_run_loads_seeds_once_then_starts_the_console(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    first = run_newsbrief("--db", str(db), "run", input="/whosaid bridge\n", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Seeds: ingested 7" in first.stdout
    assert "Tanvir Rahman" in first.stdout
    second = run_newsbrief("--db", str(db), "run", input="/newsbrief status\n", cwd=tmp_path)
    assert "Seeds:" not in second.stdout
    assert "7 articles" in second.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 7


def test_run_with_a_malformed_slack_token_names_it(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=xoxb test\nSLACK_SIGNING_SECRET=abc\n")
    result = run_newsbrief(
        "--db", str(tmp_path / "t.db"), "run", "--no-seeds", input="", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "SLACK_BOT_TOKEN is malformed" in result.stderr
    assert "xoxb test" not in result.stdout + result.stderr
