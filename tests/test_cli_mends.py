"""Small things a new user meets on the first day: where `newsbrief` is, a mistyped or
unusable --db, --db after the command, bad settings, and piped chat transcripts."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

from storage.db import Store
from tests.conftest import ROOT, invoke, run_newsbrief
from tests.slack.conftest import copy_store


@pytest.fixture
def db(tmp_path: Path, seeded_store: Store) -> Path:
    return copy_store(seeded_store, tmp_path / "news.db")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBRIEF_", "SLACK_"))}
    return {**env, **extra}


def test_readme_gives_the_installed_path_of_newsbrief() -> None:
    venv = re.search(r"^VENV \?= (\S+)$", (ROOT / "Makefile").read_text(), re.M)
    assert venv is not None
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert "newsbrief" in scripts
    readme = (ROOT / "README.md").read_text("utf-8")
    path = f"{venv.group(1)}/bin/newsbrief"
    assert path in readme and "does not put `newsbrief` on your `PATH`" in readme
    # The README's path is where the install put the command (this interpreter's venv).
    assert (Path(sys.executable).parent / "newsbrief").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "who said what about rationing?"],
        ["status"],
        ["subscriptions", "list"],
        ["subscriptions"],
        ["digest", "--channel", "C0123"],
    ],
    ids=lambda a: " ".join(a),
)
def test_read_only_commands_refuse_a_missing_store(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "rael.db"
    result = invoke("--db", str(missing), *args)
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"Error: no store at {missing}: check --db or NEWSBRIEF_DB (a store is made by "
        "`newsbrief ingest PATH` or `newsbrief run`)"
    )
    assert list(tmp_path.iterdir()) == []  # no store, no -wal, nothing


def test_unusable_path_is_one_line(tmp_path: Path) -> None:
    for args in (["status"], ["ingest", str(tmp_path)], ["subscriptions", "add", "--channel",
                                                      "C0123", "daily", "08:00"]):  # fmt: skip
        done = run_newsbrief("--db", "/proc/nope/x.db", *args, env=_env(), timeout=120)
        assert done.returncode in (1, 2), done.stderr
        assert "Traceback" not in done.stdout + done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "/proc/nope/x.db" in lines[0], done.stderr


def test_db_after_the_command(db: Path, tmp_path: Path) -> None:
    before = invoke("--db", str(db), "ask", "who said what about rationing?", "--json")
    after = invoke("ask", "who said what about rationing?", "--json", "--db", str(db))
    assert after.exit_code == 0 and after.output == before.output
    assert '"quotes": [{' in after.output
    status = invoke("status", "--db", str(db))
    assert status.exit_code == 0 and re.match(r"\d+ articles", status.output)
    assert status.output == invoke("--db", str(db), "status").output
    subs = invoke("subscriptions", "list", "--db", str(db))
    assert subs.exit_code == 0 and "No digest subscriptions yet" in subs.output
    # After the command wins, as the option nearest the command.
    other = tmp_path / "other.db"
    assert invoke("--db", str(other), "status", "--db", str(db)).output == status.output
    assert not other.exists()
    assert not (tmp_path / "newsbrief.db").exists()


@pytest.mark.parametrize(
    "setting, value, message",
    [
        (
            "NEWSBRIEF_TZ",
            "Europe/Lndon",
            "Error: NEWSBRIEF_TZ must be an IANA time zone such as Europe/London or UTC, not "
            "'Europe/Lndon' (did you mean Europe/London?)",
        ),
        (
            "NEWSBRIEF_LOG_LEVEL",
            "LOUD",
            "Error: NEWSBRIEF_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not "
            "'LOUD'",
        ),
    ],
)
def test_bad_settings_are_refused_at_start(
    db: Path, setting: str, value: str, message: str
) -> None:
    done = run_newsbrief("--db", str(db), "status", env=_env(**{setting: value}), timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == message and done.stdout == ""


def test_good_settings_in_any_case_are_taken(db: Path) -> None:
    env = _env(NEWSBRIEF_TZ="Asia/Kolkata", NEWSBRIEF_LOG_LEVEL="info")
    done = run_newsbrief("--db", str(db), "status", env=env, timeout=120)
    assert done.returncode == 0 and "articles" in done.stdout, done.stderr


def test_piped_chat_prints_each_question_before_its_answer(db: Path) -> None:
    questions = ["who said what about rationing?", "/newsbrief status", "who is Nobody Atall?"]
    result = invoke("--db", str(db), "chat", input="\n".join(questions) + "\n")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    places = [lines.index(f"newsbrief> {q}") for q in questions]
    assert places == sorted(places) and places[0] == 0
    # Each question's answer lies between it and the next question.
    first_answer = "\n".join(lines[places[0] + 1 : places[1]])
    assert "rationing" in first_answer.lower()
    status = "\n".join(lines[places[1] + 1 : places[2]])
    assert re.match(r"\d+ articles", status)
    assert lines[places[2] + 1 :]  # the last question has an answer after it
