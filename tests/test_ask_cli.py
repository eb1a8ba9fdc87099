"""`newsbrief ask`: hostile questions answered as JSON, the terminal rendering."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS, invoke, run_newsbrief

HOSTILE = [
    '"',
    '"unbalanced quote',
    "ceasefire AND OR NOT truce",
    "NEAR(a b",
    "truce*",
    "* * *",
    "' OR 1=1 --",
    "ceasefire\x00truce",
    "x" * 5000,
    "who said what about the \U0001f525 ceasefire \U0001f44d",
    "quotes_fts MATCH 'a' OR",
    "what did ) ( say about {truce}",
    "/whosaid",
    "",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ask") / "t.db"
    assert invoke("--db", str(path), "ingest", str(SEEDS)).exit_code == 0
    return path


@pytest.mark.parametrize("question", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_questions_are_answered_as_json(db: Path, question: str) -> None:
    result = invoke("--db", str(db), "ask", question, "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert {"question", "intent", "topic", "speaker", "quotes"} <= set(answer)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 7


def test_nul_byte_through_a_real_process(db: Path) -> None:
    # argv cannot carry NUL; a question with operators and quotes through the real binary.
    result = run_newsbrief("--db", str(db), "ask", '"truce" AND NEAR(x OR \' --', "--json")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)


def test_terminal_answer_names_speakers_and_articles(db: Path) -> None:
    result = invoke("--db", str(db), "ask", "who said what about the ceasefire")
    assert result.exit_code == 0
    for expected in ("Najib Mikati", "Naim Qassem", "Taher al-Nunu", "U.S. envoys push"):
        assert expected in result.output
    for forbidden in ("Amos Hochstein", "Brett McGurk"):
        assert forbidden not in result.output


def test_no_quotes_found_says_so(db: Path) -> None:
    result = invoke("--db", str(db), "ask", "has anyone talked about desalination?")
    assert "No quotes found about desalination" in result.output


def test_json_quote_fields(db: Path) -> None:
    answer = json.loads(invoke("--db", str(db), "ask", "/whosaid truce", "--json").output)
    assert answer["intent"] == "who_said_what"
    quote = answer["quotes"][0]
    assert set(quote) >= {
        "speaker",
        "speaker_title",
        "speaker_org",
        "kind",
        "cue",
        "text",
        "start",
        "end",
        "article",
    }
    assert set(quote["article"]) == {"id", "title", "url", "published", "source"}


def test_as_of_reads_time_words_from_that_day(db: Path) -> None:
    # The inspection story is dated 6 June 2025: "this week" as of the 7th holds it, as of
    # September nothing (the undated seeds are dated by their ingest, today).
    question = "who said what about the Kingsferry Bridge this week"
    june = json.loads(
        invoke("--db", str(db), "ask", question, "--json", "--as-of", "2025-06-07").output
    )
    titles = {q["article"]["title"] for q in june["quotes"]}
    assert "Kingsferry Bridge cracks linked to faulty welds, engineers say" in titles
    later = invoke("--db", str(db), "ask", question, "--json", "--as-of", "2025-09-01T08:00+01:00")
    assert json.loads(later.output)["quotes"] == []


def test_as_of_that_is_not_a_date_is_refused(db: Path) -> None:
    result = invoke("--db", str(db), "ask", "who said what about the truce", "--as-of", "12/4")
    assert result.exit_code == 2
    assert "is not a date" in result.output
