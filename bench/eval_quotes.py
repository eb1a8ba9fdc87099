"""Quote-attribution accuracy on a PolNeAR-style corpus, through `newsbrief extract`.

    python bench/eval_quotes.py CORPUS.jsonl [--limit N] [--scorer PATH] [--errors N]

Runs `newsbrief extract` (a subprocess, as a user would) over the corpus's texts, turns its
attributions into the shared scorer's SYSTEM format (each attribution one system quote, its
`spans` the scorer's `content_spans`; the speaker is the resolved name, else the words the
article used for an unnamed source), hands scoring to `../shared/eval/score_quotes.py`, and
prints content P/R/F1 and speaker+content P/R/F1 (strict and coref), for all attributions and
those with quoted material, plus articles per second. Speakers are scored twice: as the
canonical names answers show, and as PolNeAR annotates sources (the article's own words for a
named or described source, the resolved name for a pronoun). The last line is a summary.

The corpus is internal data: it is read where it lies and nothing of it is written into the
repository (the system output goes to a temporary directory unless --out is given).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score_quotes.py"


def read_corpus(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The corpus's articles (id, text, and the gold attributions)."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
                if limit and len(records) >= limit:
                    break
    return records


def run_extract(records: list[dict[str, Any]], workdir: Path) -> tuple[list[dict[str, Any]], float]:
    """`newsbrief extract` over the texts; returns its output lines and the wall time."""
    source = workdir / "input.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", str(source)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"newsbrief extract failed:\n{result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], elapsed


_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "who"}


def source_words(quote: dict[str, Any], resolved_only: bool = False) -> str:
    """The speaker string given to the scorer: the article's own words for the source when
    it names or describes them ("Mr. Trump", "the mayor", "Peabody"), the resolved name when
    it uses a pronoun, the description of an unnamed source; empty when none is stated.
    With `resolved_only`, the canonical name wherever there is one."""
    mention = (quote.get("mention") or "").strip()
    speaker = quote.get("speaker") or ""
    if resolved_only or not mention or mention.lower() in _PRONOUNS:
        return speaker or mention
    return mention


def to_system(output: dict[str, Any], resolved_only: bool = False) -> dict[str, Any]:
    """One extract output line as a scorer SYSTEM line: one quote per attribution, its
    `spans` as the scorer's `content_spans`."""
    quotes = []
    for attribution in output["quotes"]:
        spans = _merged_spans([(s["start"], s["end"]) for s in attribution["spans"]])
        quotes.append(
            {
                "speaker": source_words(attribution, resolved_only),
                "content": attribution["text"],
                "content_spans": [list(span) for span in spans],
            }
        )
    return {"id": output["id"], "quotes": quotes}


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def score(scorer: Path, gold: Path, system: Path, out: Path) -> dict[str, Any]:
    """Run the shared scorer; returns its metrics and prints its table."""
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(system), "--json", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"scorer failed:\n{result.stderr}")
    print(result.stdout.rstrip())
    data: dict[str, Any] = json.loads(out.read_text("utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="PolNeAR-style JSONL (id, text, attributions)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--out", type=Path, default=None, help="keep the system output here")
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false hits")
    args = parser.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    records = read_corpus(args.corpus, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        outputs, elapsed = run_extract(records, workdir)
        system_path = args.out or workdir / "system.jsonl"
        gold_path = workdir / "gold.jsonl"
        with gold_path.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record) + "\n")
        resolved_path = workdir / "system-resolved.jsonl"
        with resolved_path.open("w", encoding="utf-8") as handle:
            for output in outputs:
                handle.write(json.dumps(to_system(output, resolved_only=True)) + "\n")
        print("Speakers as canonical names (what answers show):")
        resolved = score(args.scorer, gold_path, resolved_path, workdir / "metrics-resolved.json")
        systems = [to_system(o) for o in outputs]
        with system_path.open("w", encoding="utf-8") as handle:
            for system in systems:
                handle.write(json.dumps(system) + "\n")
        print("\nSpeakers in the article's words, pronouns resolved (PolNeAR's convention):")
        metrics = score(args.scorer, gold_path, system_path, workdir / "metrics.json")
        if args.errors:
            from bench.quote_errors import print_errors

            print_errors(records, systems, args.errors)
    rate = len(records) / elapsed if elapsed else 0.0
    all_f = metrics["subsets"]["all"]["full_coref"]["f1"]
    direct_f = metrics["subsets"]["direct"]["full_coref"]["f1"]
    content_f = metrics["subsets"]["all"]["content"]["f1"]
    print(
        f"articles: {len(records)} in {elapsed:.1f} s ({rate:.2f} articles/s, model load included)"
    )
    names_all = resolved["subsets"]["all"]["full_coref"]["f1"]
    names_direct = resolved["subsets"]["direct"]["full_coref"]["f1"]
    print(
        f"eval_quotes: speaker+content F1 (coref) all {all_f:.3f}, quoted {direct_f:.3f} "
        f"(canonical names: {names_all:.3f}, {names_direct:.3f}); "
        f"content F1 all {content_f:.3f}; {rate:.2f} articles/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
