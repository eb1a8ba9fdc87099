"""Hostile and maximum-size articles: peak memory and time of `newsbrief ingest`, one process.

Usage: bench/hostile.py [--newsbrief PATH] [--marks 2500,5000,10000,20000] [--skip-memory]
  [--skip-marks]

- memory: a 200,000-character article of real prose with quotations (PolNeAR train articles
  run together, else generated sentences) and the hostile one (20,000 unclosed \u201c marks,
  cut to 200,000 characters), each ingested alone into a fresh store; prints wall time and
  peak RSS (target: under 700 MB).
- marks: articles of N unclosed \u201c marks (each `\u201cYes, she said ` in numbered paragraphs of
  25),
  cut to 200,000 characters as ingest cuts them; prints each time and its ratio to the first
  case (linear growth means ratios near N / N_first).

`--newsbrief /work/main/.venv/bin/newsbrief` measures another checkout (a before figure).
NEWSBRIEF_PROCESSES=1: the article is parsed in the measured process itself.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import POLNEAR, ROOT, run_measured  # noqa: E402

MAX_CHARS = 200_000
MARK_UNIT = "\u201cYes, she said "
UNITS_PER_PARAGRAPH = 25
MEMORY_TARGET_MB = 700


def prose_article(chars: int = MAX_CHARS) -> str:
    """Real reporting with quotations run together to `chars` characters (paragraphs kept)."""
    paragraphs: list[str] = []
    total = 0
    train = POLNEAR / "train.jsonl"
    if train.exists():
        with train.open(encoding="utf-8") as lines:
            for line in lines:
                for paragraph in json.loads(line)["text"].split("\n"):
                    if paragraph.strip() and total < chars:
                        paragraphs.append(paragraph.strip())
                        total += len(paragraph) + 2
                if total >= chars:
                    break
    number = 0
    while total < chars:  # no corpus: generated sentences, each paragraph different
        number += 1
        paragraph = (
            f"\u201cWe will open harbour bridge number {number} next spring,\u201d said Maria "
            f"Jensen, the council's leader, adding that {number * 7} residents had written in."
        )
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:chars]


def marks_article(marks: int, chars: int = MAX_CHARS) -> str:
    """`marks` unclosed opening quotation marks, in paragraphs, cut to `chars` characters."""
    paragraphs = [
        f"{start // UNITS_PER_PARAGRAPH + 1}. "
        + (MARK_UNIT * min(UNITS_PER_PARAGRAPH, marks - start)).strip()
        for start in range(0, marks, UNITS_PER_PARAGRAPH)
    ]  # numbered: an exact repeat of a paragraph would be dropped
    return "\n\n".join(paragraphs)[:chars]


def ingest(newsbrief: str, body: str, name: str, work: Path) -> tuple[float, float, str]:
    """Ingest one article (a JSON file) into a fresh store: (seconds, peak RSS MB, summary)."""
    path = work / f"{name}.json"
    path.write_text(json.dumps({"title": name, "body": body}), encoding="utf-8")
    env = {**os.environ, "NEWSBRIEF_PROCESSES": "1"}
    env.pop("NEWSBRIEF_MAX_ARTICLE_CHARS", None)
    measured = run_measured(
        [newsbrief, "--db", str(work / f"{name}.db"), "ingest", str(path)], env=env, cwd=work
    )
    summary = (measured.stdout.strip().splitlines() or ["(no output)"])[-1]
    if measured.returncode != 0:
        summary += f" [exit {measured.returncode}: {measured.stderr.strip()[-300:]}]"
    return measured.seconds, measured.max_rss_mb, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsbrief", default=str(ROOT / ".venv" / "bin" / "newsbrief"))
    parser.add_argument("--marks", default="2500,5000,10000,20000")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-marks", action="store_true")
    args = parser.parse_args()
    print(f"newsbrief: {args.newsbrief}")
    with tempfile.TemporaryDirectory(prefix="newsbrief-hostile-") as tmp:
        work = Path(tmp)
        if not args.skip_memory:
            cases = {
                "prose-200k": prose_article(),
                "marks-20000-200k": marks_article(20_000),
            }
            for name, body in cases.items():
                seconds, rss, summary = ingest(args.newsbrief, body, name, work)
                verdict = "ok" if rss < MEMORY_TARGET_MB else "OVER"
                print(
                    f"memory {name}: {len(body):,} chars, {seconds:.1f} s, "
                    f"peak RSS {rss:.0f} MB ({verdict}, target < {MEMORY_TARGET_MB} MB); {summary}"
                )
        if not args.skip_marks:
            first: tuple[int, float] | None = None
            for marks in [int(m) for m in args.marks.split(",") if m.strip()]:
                body = marks_article(marks)
                seconds, rss, summary = ingest(args.newsbrief, body, f"marks-{marks}", work)
                first = first or (marks, seconds)
                print(
                    f"marks {marks:>6,}: {body.count(chr(0x201C)):,} marks in {len(body):,} chars, "
                    f"{seconds:.1f} s ({seconds / first[1]:.2f}x the {first[0]:,} case; "
                    f"{marks / first[0]:.1f}x the marks), peak RSS {rss:.0f} MB; {summary}"
                )


if __name__ == "__main__":
    main()
