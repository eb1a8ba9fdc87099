"""Extraction time on hostile articles full of unclosed quotation marks, per size.

    .venv/bin/python bench/unclosed_marks.py [--sizes 2500,5000,10000,20000] [--ingest]

Each article is one headline and paragraphs of sentences that open a quotation (U+201C)
and never close it, with a reporting cue now and then ("“we will win “nobody knew “it is
over, he said “..."), 500 marks a paragraph, cut to 200,000 characters like an ingested
article. For each size it prints the parse time (`parse_texts`, as ingest parses: past
extract.limits.MAX_MARKS only the bounded prefix), the extraction time
(`extract_doc`, best of --rounds) and the ratio of the extraction time to that of the first
size: linear growth doubles it per doubling. Articles past extraction's bounds (5,000
quotations, 2,000 reporting verbs) print the warning `newsbrief ingest` would show. With
--ingest, the largest article is also run through `newsbrief ingest` in its own process (a
new store in a temporary directory; model load included) and its wall time printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.nlp import load_nlp, parse_texts  # noqa: E402
from extract.pipeline import extract_doc  # noqa: E402

MAX_CHARS = 200_000
_PIECES = (
    "we will win",
    "nobody knew",
    "it is over, he said",
    "a disgrace",
    "we will fight this plan all the way.",
    "not yet, she said",
)
_PER_PARAGRAPH = 500


def article(marks: int) -> str:
    """A headline and `marks` unclosed opening marks over paragraphs, cut to MAX_CHARS."""
    paragraphs = []
    for p in range(0, marks, _PER_PARAGRAPH):
        count = min(_PER_PARAGRAPH, marks - p)
        pieces = [f"\u201c{_PIECES[(p + k) % len(_PIECES)]}" for k in range(count)]
        pieces[0] += f" at meeting {p // _PER_PARAGRAPH + 1}"  # no paragraph repeats another
        paragraphs.append(" ".join(pieces))
    text = "Council meeting ends in uproar\n\n" + "\n\n".join(paragraphs) + "\n"
    if len(text) > MAX_CHARS:
        text = text[: text.rfind("\n\n", 0, MAX_CHARS)] + "\n"
    return text


def ingest_seconds(text: str) -> tuple[float, str]:
    """Wall time of `newsbrief ingest` of one article file in a fresh store; its output."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.txt"
        path.write_text(text, "utf-8")
        command = [
            str(Path(sys.executable).with_name("newsbrief")),
            "--db",
            str(Path(folder) / "store.db"),
            "ingest",
            str(path),
        ]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        return time.perf_counter() - started, (done.stdout + done.stderr).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2500,5000,10000,20000")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--ingest", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp = load_nlp()
    first: float | None = None
    print("marks  chars    words   parse_s  extract_s  ratio  quotes")
    for size in sizes:
        text = article(size)
        started = time.perf_counter()
        doc = parse_texts(nlp, [text])[0]
        parsed = time.perf_counter() - started
        extracted = float("inf")
        for _ in range(args.rounds):
            started = time.perf_counter()
            extraction = extract_doc(doc)
            extracted = min(extracted, time.perf_counter() - started)
        first = first or extracted
        print(
            f"{size:<6} {len(text):<8} {len(text.split()):<7} {parsed:7.2f}  {extracted:9.2f}"
            f"  {extracted / first:5.2f}  {len(extraction.quotes)}"
        )
        for warning in extraction.warnings:
            print(f"       warning: {warning}")
    if args.ingest:
        seconds, output = ingest_seconds(article(max(sizes)))
        print(f"newsbrief ingest, {max(sizes)} marks: {seconds:.2f} s ({json.dumps(output)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
