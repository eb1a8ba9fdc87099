"""Every benchmark, one after another: `make bench` (under 10 minutes on a 2-core machine;
the first run also builds the query benchmark's store, cached after).

Run: .venv/bin/python bench/run_all.py

Each script runs in its own process and prints its figures; this prints them as they come,
then the summary line of each again, with how long each took.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("serve.py", "ingest.py", "query.py")


def main() -> None:
    summaries: list[str] = []
    started = time.perf_counter()
    failed = False
    for script in BENCHMARKS:
        print(f"== bench/{script}", flush=True)
        begun = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / script)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        last = ""
        assert process.stdout is not None
        for line in process.stdout:
            print(line, end="", flush=True)
            if line.strip():
                last = line.strip()
        code = process.wait()
        took = time.perf_counter() - begun
        if code != 0:
            failed = True
            last = f"{script}: failed (exit code {code})"
        summaries.append(f"{last}  [{took:.0f} s]")
    print("== summary")
    for line in summaries:
        print(line)
    print(f"bench: {len(BENCHMARKS)} benchmarks in {time.perf_counter() - started:.0f} s")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
