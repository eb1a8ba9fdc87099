"""Extraction throughput against bare spaCy, in one process, on the same articles.

    python bench/extract_speed.py [CORPUS.jsonl] [--articles N] [--batch B] [--rounds R]

Parses the articles with bare `nlp.pipe`, then with `nlp.pipe` plus newsbrief's extraction
(`extract_doc`), alternating the two R times (the best round of each counts, so a busy
machine hurts both alike). Prints words per second for both and their ratio; the last line
is a summary. The corpus (PolNeAR by default) is read where it lies.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.nlp import load_nlp  # noqa: E402
from extract.pipeline import extract_doc  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = []
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= args.articles:
                break
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    bare_best = full_best = float("inf")
    quotes = 0
    for _ in range(args.rounds):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch):
            pass
        bare_best = min(bare_best, time.perf_counter() - started)
        started = time.perf_counter()
        quotes = 0
        for doc in nlp.pipe(texts, batch_size=args.batch):
            quotes += len(extract_doc(doc).quotes)
        full_best = min(full_best, time.perf_counter() - started)
    bare_rate, full_rate = words / bare_best, words / full_best
    print(f"articles: {len(texts)}, words: {words}, batch {args.batch}, best of {args.rounds}")
    print(f"bare nlp.pipe:        {bare_rate:8.0f} words/s ({bare_best:.1f} s)")
    print(f"nlp.pipe + extract:   {full_rate:8.0f} words/s ({full_best:.1f} s), {quotes} quotes")
    print(
        f"extract_speed: {full_rate / bare_rate:.2f}x bare nlp.pipe "
        f"({full_rate:.0f} vs {bare_rate:.0f} words/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
