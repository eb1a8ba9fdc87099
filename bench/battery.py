"""Every question of many question sets, asked in-process on stores built once.

    python bench/battery.py --sets LIST --stores DIR [--out FILE] [--base FILE] [--rebuild]

LIST names one set folder of bench/ a line (e.g. tuneset17, heldout40, probe19_mixed), or a
folder's path: each laid out as bench/heldout.py reads it. Each set's articles are ingested
once, through the CLI as a user would, into DIR/SET.db (kept for the next run; `--rebuild`
ingests again, as after a change to extraction). Every question is then asked in this
process (`ask --json`'s parse and answer, on the set's asked_on.txt day) and judged by
bench/heldout.py's rules. A battery of 74 sets and 3,000 questions takes about a minute on
stores already built, against an hour through one subprocess a question, so an answer
change can be judged on all of them at once.

Prints each set's score and the total; `--out FILE` writes each question's result (JSON:
"SET NN" -> right, problems, speakers); `--base FILE` (an earlier `--out`) prints the
questions won and lost against it. Never run a held-out set or a probe with it before its
stop's end: held-out data stays held out (bench/heldout/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout import ROOT, asked_on, problems, read_questions, run  # noqa: E402


def set_folders(listing: Path) -> list[tuple[str, Path]]:
    """Each line of a LIST file (module docstring) as written and the set folder it names:
    a folder's path, else bench/'s set of that name."""
    names = [n.strip() for n in listing.read_text("utf-8").splitlines() if n.strip()]
    return [(n, Path(n) if Path(n).is_dir() else ROOT / "bench" / n) for n in names]


def build(set_dir: Path, store: Path, rebuild: bool) -> None:
    """Ingest a set's articles into `store` through the CLI, unless it is there already."""
    if store.exists() and not rebuild:
        return
    store.unlink(missing_ok=True)
    result = run(["--db", str(store), "ingest", str(set_dir / "articles")])
    if result.returncode != 0:
        raise SystemExit(f"{set_dir.name}: ingest failed\n{result.stdout}{result.stderr}")


def ask_set(set_dir: Path, store: Path) -> dict[str, dict[str, Any]]:
    """Each question of a set asked in-process on its store, judged."""
    from ask.answer import answer_question
    from ask.intents import parse_question
    from ask.render import to_json
    from bot.cli_ask import asked_at
    from storage.db import open_store

    day = asked_on(set_dir)
    now = asked_at(day, "UTC") if day else None
    opened = open_store(store)
    results: dict[str, dict[str, Any]] = {}
    for number, question in enumerate(read_questions(set_dir / "questions.jsonl"), start=1):
        query = parse_question(question["q"], tz="UTC", now=now)
        answer = json.loads(to_json(answer_question(opened, query, limit=None)))
        found = problems(answer, question)
        speakers = sorted({str(q["speaker"]) for q in answer.get("quotes", [])})
        results[f"{set_dir.name} {number:02d}"] = {
            "right": not found,
            "problems": found,
            "speakers": speakers,
        }
    return results


def main(argv: list[str] | None = None) -> int:
    """Build the stores, ask every question, print the scores (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, required=True, help="file naming a set a line")
    parser.add_argument("--stores", type=Path, required=True, help="folder of SET.db stores")
    parser.add_argument("--out", type=Path, help="write each question's result here (JSON)")
    parser.add_argument("--base", type=Path, help="an earlier --out to compare with")
    parser.add_argument("--rebuild", action="store_true", help="ingest every set again")
    options = parser.parse_args(argv)
    options.stores.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, Any]] = {}
    for name, set_dir in set_folders(options.sets):
        store = options.stores / f"{set_dir.name}.db"
        build(set_dir, store, options.rebuild)
        found = ask_set(set_dir, store)
        right = sum(r["right"] for r in found.values())
        print(f"{name}: {right} of {len(found)} right")
        results.update(found)
    total = sum(r["right"] for r in results.values())
    print(f"battery: {total} of {len(results)} right ({100 * total / max(len(results), 1):.1f}%)")
    if options.out:
        options.out.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    if options.base:
        base = json.loads(options.base.read_text("utf-8"))
        for key in sorted(set(base) & set(results)):
            if base[key]["right"] != results[key]["right"]:
                won = results[key]["right"]
                why = (base if won else results)[key]["problems"][:2]
                print(f"{'won ' if won else 'LOST'} {key} {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
