"""`kill -9` in the middle of an ingest, then the same ingest again: every article stored
exactly once, the store intact."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import POLNEAR, SEEDS, assert_each_article_once

ARTICLES = 84


def write_articles(folder: Path) -> int:
    """PolNeAR's dev split as JSON files when it is available (read at run time, never
    copied into the repository); otherwise variants of the seed articles."""
    folder.mkdir()
    dev = POLNEAR / "dev.jsonl"
    if dev.exists():
        lines = dev.read_text("utf-8").splitlines()[:ARTICLES]
        for n, line in enumerate(lines):
            record = json.loads(line)
            article = {"title": record["title"], "body": record["text"], "source": "polnear"}
            (folder / f"{n:03d}.json").write_text(json.dumps(article))
        return len(lines)
    bodies = [p.read_text("utf-8").split("\n", 2)[2] for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(ARTICLES):
        body = f"Dispatch number {n} from the regional desk.\n" + bodies[n % len(bodies)]
        (folder / f"{n:03d}.txt").write_text(f"Headline {n}\nStandfirst {n}.\n{body}")
    return ARTICLES


def children(pid: int) -> list[int]:
    """The processes a process started (Linux /proc; empty elsewhere)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting to be reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    total = write_articles(folder)
    db = tmp_path / "t.db"
    env = {**os.environ, "NEWSBRIEF_BATCH_SIZE": "4", "NEWSBRIEF_PROCESSES": "2"}
    command = [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", str(folder)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 8:
                break
    assert process.poll() is None, "ingest finished before it could be killed"
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < stored < total
    # The parser processes (NEWSBRIEF_PROCESSES) do not outlive the ingest they served.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "parser processes outlived the ingest"

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr
    assert_each_article_once(db, total)
    assert f"ingested {total - stored}" in again.stdout or "ingested" in again.stdout
