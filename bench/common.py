"""What the benchmarks share: where PolNeAR is, percentiles, and the wall time and peak memory
of a command run in its own process (and of every process it starts)."""

from __future__ import annotations

import math
import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
CACHE = ROOT / "bench" / ".cache"  # git-ignored


def percentile(samples: Sequence[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of the samples."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def peak_rss_mb(pid: int) -> float | None:
    """A live process's peak resident set size (VmHWM), in MB; None once it has gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def _children(pid: int) -> list[int]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                found += [int(p) for p in f.read().split()]
        except OSError:
            continue
    return found


@dataclass
class ProcessTreeMemory:
    """Samples the peak RSS of a process and all its descendants until stopped."""

    root: int
    interval: float = 0.05
    peaks: dict[int, float] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> ProcessTreeMemory:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        pending = [self.root]
        while pending:
            pid = pending.pop()
            peak = peak_rss_mb(pid)
            if peak is None:
                continue
            self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))
            pending += _children(pid)


@dataclass
class Measured:
    """A finished command: its output, exit code, wall time and per-process peak RSS."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    main_rss_mb: float
    child_rss_mb: list[float]
    cpu_seconds: float = 0.0  # user + system, of the process and the children it waited for

    @property
    def max_rss_mb(self) -> float:
        return max([self.main_rss_mb, *self.child_rss_mb])


def run_measured(
    command: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Measured:
    """Run a command to the end; its wall time (from start to exit, start-up and model load
    included) and the peak RSS of it and of each process it started."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        env=dict(env) if env is not None else None,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watch = ProcessTreeMemory(process.pid).start()
    out: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=lambda: out.append(process.stdout.read()), daemon=True),  # type: ignore[union-attr]
        threading.Thread(target=lambda: err.append(process.stderr.read()), daemon=True),  # type: ignore[union-attr]
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    watch.stop()
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    # wait4's ru_maxrss counts the largest of the process and its children: use VmHWM.
    main = watch.peaks.get(process.pid, usage.ru_maxrss / 1024)
    children = [peak for pid, peak in sorted(watch.peaks.items()) if pid != process.pid]
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(process.returncode, "".join(out), "".join(err), seconds, main, children, cpu)
