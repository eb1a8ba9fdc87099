"""bench/battery.py: a set of articles and questions is ingested once into a kept store and
asked in-process; each question is judged by bench/heldout.py's rules, the store is reused on
the next run, and a run compared with an earlier one names the questions won and lost.
(A two-question set of fictional stories.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.battery import main

STORY = (
    "Harnley bakery wins national award\n\n"
    "HARNLEY, 2 December 2026 - A Harnley bakery has won the national sourdough award.\n\n"
    'Its owner, Priya Lund, said: "We will need a bigger oven."\n'
)


def test_a_set_is_asked_once_built_and_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_dir = tmp_path / "tinyset"
    (set_dir / "articles").mkdir(parents=True)
    (set_dir / "articles" / "bakery.txt").write_text(STORY, "utf-8")
    right = {
        "q": "what did Priya Lund say?",
        "expect_speakers": ["Priya Lund"],
        "forbid_speakers": [],
        "expect_phrases": ["a bigger oven"],
        "forbid_phrases": [],
    }
    wrong = {"q": "who said what about the bakery award?", "expect_speakers": ["Nobody Else"],
             "forbid_speakers": [], "expect_phrases": [], "forbid_phrases": []}  # fmt: skip
    lines = [json.dumps(right), json.dumps(wrong)]
    (set_dir / "questions.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (set_dir / "asked_on.txt").write_text("2026-12-05\n", "utf-8")
    sets = tmp_path / "sets.txt"
    sets.write_text(f"{set_dir}\n", "utf-8")
    stores, first = tmp_path / "stores", tmp_path / "first.json"
    assert main(["--sets", str(sets), "--stores", str(stores), "--out", str(first)]) == 0
    printed = capsys.readouterr().out
    assert "tinyset: 1 of 2 right" in printed and "battery: 1 of 2 right" in printed
    results = json.loads(first.read_text("utf-8"))
    assert results["tinyset 01"]["right"] and not results["tinyset 02"]["right"]
    assert "missing speaker Nobody Else" in results["tinyset 02"]["problems"]
    assert (stores / "tinyset.db").exists()
    # the next run reuses the store; against an earlier run that got both wrong, one is won
    base = {key: {**value, "right": False} for key, value in results.items()}
    (tmp_path / "base.json").write_text(json.dumps(base), "utf-8")
    built = (stores / "tinyset.db").stat().st_mtime_ns
    assert (
        main(["--sets", str(sets), "--stores", str(stores), "--base", str(tmp_path / "base.json")])
        == 0
    )
    assert "won  tinyset 01" in capsys.readouterr().out
    assert (stores / "tinyset.db").stat().st_mtime_ns == built
