"""Dump `newsbrief ask --json` for every devset question, one JSON line each.

Used to show a refactor changes no answer: run it before and after, then diff the two files.

    .venv/bin/python bench/devset_dump.py > before.jsonl
    ... change the code ...
    .venv/bin/python bench/devset_dump.py > after.jsonl && diff before.jsonl after.jsonl

The devset is read from ../shared/devset (or --devset); the store is a fresh temporary file.
The ingest-time fields (first_seen, last_seen, ingested_at) are blanked.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWSBRIEF = Path(sys.executable).with_name("newsbrief")


def _run(db: Path, *args: str, ok: tuple[int, ...] = (0,)) -> str:
    """Run one `newsbrief --db DB ...` command and return its standard output."""
    done = subprocess.run(
        [str(NEWSBRIEF), "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in ok:
        sys.exit(f"newsbrief {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


# Fields that hold the time of this run's ingest, not anything the code decides.
VOLATILE = ("first_seen", "last_seen", "ingested_at")


def _steady(value: Any) -> Any:
    """`value` with the ingest-time fields blanked, so two runs compare equal."""
    if isinstance(value, dict):
        return {k: "<ingest time>" if k in VOLATILE else _steady(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_steady(v) for v in value]
    return value


def main() -> None:
    """Ingest the devset articles into a temporary store and print one answer per question."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    args = parser.parse_args()
    questions = [
        json.loads(line)["q"]
        for line in (args.devset / "questions.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "devset.db"
        # One file at a time, in name order: article ids (and so tie orders) are the same in
        # every run, whatever order parallel parsing finishes in.
        for path in sorted((args.devset / "articles").iterdir()):
            _run(db, "ingest", str(path), ok=(0, 1))  # 1: the input failed
        for question in questions:
            answer = _steady(json.loads(_run(db, "ask", "--json", question)))
            print(json.dumps({"q": question, "answer": answer}, sort_keys=True))


if __name__ == "__main__":
    main()
