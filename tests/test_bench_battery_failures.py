"""bench/battery_failures.py: a battery run's failing questions are grouped by kind, and each
missing phrase is found where the store holds it: said by someone other than the speaker
expected, or by nobody extraction could name. (A three-question set of a fictional story.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.battery import main as battery
from bench.battery_failures import main

STORY = (
    "Harnley bakery wins national award\n\n"
    "HARNLEY, 2 December 2026 - A Harnley bakery has won the national sourdough award.\n\n"
    'Its owner, Priya Lund, said: "We will need a bigger oven."\n\n'
    'The prize was described as "the Oscars of bread" at a ceremony in London.\n'
)


def _question(q: str, speakers: list[str], phrases: list[str]) -> str:
    return json.dumps(
        {
            "q": q,
            "expect_speakers": speakers,
            "forbid_speakers": [],
            "expect_phrases": phrases,
            "forbid_phrases": [],
        }  # fmt: skip
    )


def test_failures_are_grouped_and_their_phrases_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_dir = tmp_path / "tinyset"
    (set_dir / "articles").mkdir(parents=True)
    (set_dir / "articles" / "bakery.txt").write_text(STORY, "utf-8")
    lines = [
        _question("what did Priya Lund say?", ["Priya Lund"], ["a bigger oven"]),
        _question("what did Tom Ashe say?", ["Tom Ashe"], ["a bigger oven"]),
        _question("what did Jo Reyes say?", ["Jo Reyes"], ["the Oscars of bread"]),
    ]
    (set_dir / "questions.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    sets, stores, out = tmp_path / "sets.txt", tmp_path / "stores", tmp_path / "out.json"
    sets.write_text(f"{set_dir}\n", "utf-8")
    assert battery(["--sets", str(sets), "--stores", str(stores), "--out", str(out)]) == 0
    capsys.readouterr()
    assert (
        main([str(out), "--stores", str(stores), "--sets", str(sets), "--kind", "what_did_x_say"])
        == 0
    )
    printed = capsys.readouterr().out
    assert "what_did_x_say: 2 " in printed, printed
    assert "tinyset 02 | what did Tom Ashe say?" in printed, printed
    assert "other speaker 1" in printed and "unattributed 1" in printed, printed
