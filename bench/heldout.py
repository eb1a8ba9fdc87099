"""The held-out journalists' question set (bench/heldout/), asked through the CLI.

    python bench/heldout.py [--set DIR] [--keep DIR] [--db PATH]

Ingests only bench/heldout/articles into a new temporary store with `newsbrief --db X ingest
DIR` and asks every question of bench/heldout/questions.jsonl with `newsbrief --db X ask Q
--json` (subprocesses, as a user would). Each answer is judged by the devset's rules (the same
as tests/test_devset_questions.py `check()`, plus `forbid_phrases` as in
tests/data/ask/README.md): every expected speaker present, no forbidden speaker, every expected
phrase inside some returned quote, no forbidden phrase, and no quotes at all when nothing is
expected. Names and phrases are compared after making quotation marks and apostrophes straight.

Prints each failing question with its problems, then `heldout: N of M right (P%)`. `--keep DIR`
writes each answer's JSON there (NN.json, numbered as the questions' lines).

`--set DIR` asks another set laid out the same way (DIR/articles and DIR/questions.jsonl), e.g.
the tuning set bench/tuneset; the default is bench/heldout.

A set whose questions use time words ("yesterday", "this week") is asked on the day it was
written for: DIR/asked_on.txt holds that day (e.g. `2026-12-05`), passed as `ask --as-of`;
`--as-of WHEN` overrides it. Without either, time words are read from today.

The held-out set is held out: run it once before and once after a change to extraction or
answers, and never tune on it (bench/heldout/README.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "bench" / "heldout"
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str | None) -> str:
    """Quotation marks and apostrophes made straight, for comparing names and phrases."""
    return (text or "").translate(_STRAIGHT)


def problems(answer: dict[str, Any], question: dict[str, Any]) -> list[str]:
    """What is wrong with an answer by the devset's rules plus forbid_phrases (empty: right)."""
    speakers = {normalise(q["speaker"]) for q in answer.get("quotes", [])}
    texts = [normalise(q["text"]) for q in answer.get("quotes", [])]
    found = [
        f"missing speaker {s}" for s in question["expect_speakers"] if normalise(s) not in speakers
    ]
    found += [
        f"forbidden speaker {s}" for s in question["forbid_speakers"] if normalise(s) in speakers
    ]
    found += [
        f"missing phrase {p!r}"
        for p in question["expect_phrases"]
        if not any(normalise(p) in t for t in texts)
    ]
    found += [
        f"unwanted phrase {p!r}"
        for p in question.get("forbid_phrases", [])
        if any(normalise(p) in t for t in texts)
    ]
    if not question["expect_speakers"] and not question["expect_phrases"] and texts:
        found.append(f"expected no quotes, got {sorted(map(str, speakers))}")
    return found


def newsbrief() -> list[str]:
    """The command a user runs: the installed `newsbrief` script beside this Python, else
    `python -m bot.cli`."""
    script = Path(sys.executable).parent / "newsbrief"
    if script.exists():
        return [str(script)]
    found = shutil.which("newsbrief")
    return [found] if found else [sys.executable, "-m", "bot.cli"]


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    """One newsbrief command, from the repository root, output captured."""
    return subprocess.run(newsbrief() + args, capture_output=True, text=True, cwd=ROOT, check=False)


def read_questions(path: Path) -> list[dict[str, Any]]:
    """The questions, one JSON object a line."""
    lines = path.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def asked_on(set_dir: Path) -> str | None:
    """The day a set's questions were written to be asked on (DIR/asked_on.txt), if given."""
    path = set_dir / "asked_on.txt"
    if not path.exists():
        return None
    return path.read_text("utf-8").strip().splitlines()[0].strip() or None


def main(argv: list[str] | None = None) -> int:
    """Ingest the held-out articles, ask every question, print the failures and the score."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="write each answer's JSON into this folder")
    parser.add_argument("--db", type=Path, help="store to create (default: a temporary file)")
    parser.add_argument(
        "--set",
        dest="set_dir",
        type=Path,
        default=HELDOUT,
        help="folder holding articles/ and questions.jsonl (default: bench/heldout)",
    )
    parser.add_argument("--as-of", help="ask as if on this day (default: DIR/asked_on.txt)")
    options = parser.parse_args(argv)
    set_dir = options.set_dir.resolve()
    name = set_dir.name
    questions = read_questions(set_dir / "questions.jsonl")
    as_of = options.as_of or asked_on(set_dir)
    when = ["--as-of", as_of] if as_of else []
    if as_of:
        print(f"asked as of {as_of}")
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        db = options.db or Path(tmp) / "heldout.db"
        if db.exists():
            parser.error(f"{db} exists; give a new path")
        ingest = run(["--db", str(db), "ingest", str(set_dir / "articles")])
        if ingest.returncode != 0:
            print(ingest.stdout + ingest.stderr, file=sys.stderr)
            print(f"{name}: ingest failed", file=sys.stderr)
            return 1
        print(ingest.stdout.strip().splitlines()[-1] if ingest.stdout.strip() else "ingested")
        if options.keep:
            options.keep.mkdir(parents=True, exist_ok=True)
        right = 0
        for number, question in enumerate(questions, start=1):
            result = run(["--db", str(db), "ask", question["q"], "--json", *when])
            try:
                answer = json.loads(result.stdout)
            except json.JSONDecodeError:
                answer = None
            if options.keep and answer is not None:
                path = options.keep / f"{number:02d}.json"
                path.write_text(json.dumps(answer, indent=2, ensure_ascii=False) + "\n", "utf-8")
            if answer is None:
                found = [f"no JSON answer (exit {result.returncode}): {result.stderr.strip()}"]
            else:
                found = problems(answer, question)
            if found:
                print(f"{number:02d} {question['q']}")
                for problem in found:
                    print(f"     {problem}")
            else:
                right += 1
    total = len(questions)
    print(f"{name}: {right} of {total} right ({100 * right / total:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
