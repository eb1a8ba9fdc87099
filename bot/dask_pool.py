"""Parsing and extraction on a Dask cluster, for backfilling an archive
(`newsbrief ingest --scheduler tcp://HOST:8786` or `--dask-workers N`).

Only the parse-and-extract step leaves this process: the cluster's executor
(`distributed.Client.get_executor()`) is handed to the ingest's own `ParsePool`, which sends
it the same `extract_batch` work as its worker processes. Each Dask worker process loads the
model once, with its first batch. Reading, duplicate and copy detection and writing (one
transaction per article, in input order) stay with the driver, exactly as in a plain ingest.

Dask retries a batch whose worker died on another worker (up to its `allowed-failures`);
a batch that killed that many workers is retried article by article, and an article that
kills a worker again is reported as failed. Results are stored once, by this process.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from concurrent.futures import CancelledError, Future
from contextlib import ExitStack, contextmanager
from typing import Any

import dask
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin

from bot import dask_warm
from records.extraction import Extraction
from work.ingest.parsing import Outcome, ParsePool, _exit_with_parent
from work.ingest.progress import Bar, Bars

logger = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT = 10.0
PROGRESS_SECONDS = 0.5
# Dask's event loops wake every 20 ms to spot blocked loops, and sample the system every
# 0.5 s: about 5% of a core per process while a cluster waits. Parsing needs neither.
QUIET = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class ClusterError(Exception):
    """The cluster cannot be used (unreachable, no workers, lost): one line for the user."""


class DaskPool(ParsePool):
    """The ingest's parse pool on a Dask cluster, counting what it sent and got back."""

    def __init__(self, client: Client, model: str, bar: Bar | None = None) -> None:
        self.client = client
        self.sent = self.done = self.failed = 0
        self._bar = bar
        self._shown_at = 0.0
        threads = sum(client.nthreads().values())
        super().__init__(
            model, threads, executor=client.get_executor(pure=False), lost=(KilledWorker,)
        )
        self._show(force=True)

    def submit(self, texts: list[str]) -> Future[list[Extraction | str]]:
        """Send a batch to the cluster."""
        future = super().submit(texts)
        self.sent += len(texts)
        if self._bar is not None:  # the bar: articles back out of articles sent
            self._bar.add_total(len(texts))
        self._show()
        return future

    def results(self, future: Future[list[Extraction | str]], texts: list[str]) -> list[Outcome]:
        """The batch's outcomes, waiting for them (a retried article counts as sent again)."""
        try:
            outcomes = super().results(future, texts)
        except CancelledError:
            raise ClusterError(
                "lost the Dask scheduler; run the same command again (what is stored is skipped)"
            ) from None
        failed = sum(isinstance(o, Exception) for o in outcomes)
        self.done += len(outcomes) - failed
        self.failed += failed
        if self._bar is not None:
            self._bar.advance(len(outcomes))
        self._show()
        return outcomes

    def workers(self) -> int:
        """How many workers the scheduler has now."""
        return len(self.client.scheduler_info(n_workers=-1).get("workers", {}))

    def _show(self, force: bool = False) -> None:
        if self._bar is None or not self._bar.shown:
            return
        now = time.monotonic()
        if not force and now - self._shown_at < PROGRESS_SECONDS:
            return
        self._shown_at = now
        self._bar.describe(
            f"Dask: sent {self.sent}, done {self.done}, failed {self.failed}, "
            f"workers {self.workers()}"
        )


@contextmanager
def dask_pool(
    model: str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    timeout: float = DEFAULT_CONNECT_TIMEOUT,
    bars: Bars | None = None,
    warm: bool = False,
) -> Iterator[DaskPool]:
    """A parse pool on the scheduler at `scheduler`, or on a `LocalCluster` of `workers`
    worker processes started here (stopped on leaving; with `warm`, forked from the warm
    forkserver already started). Raises ClusterError when the scheduler does not answer
    within `timeout` seconds, or no worker joins."""
    # Dask logs its start-up and shutdown at INFO; say only what the user asked to see.
    logging.getLogger("distributed").setLevel(logging.getLogger().getEffectiveLevel())
    with ExitStack() as stack:
        stack.enter_context(dask.config.set(QUIET))
        if scheduler is None:
            # Workers fork from the warm forkserver when the caller started one
            # (`bot.dask_warm.start_warm_forkserver`, as `ingest --dask-workers` does).
            if warm:
                dask_warm.keep_our_preload()
                stack.enter_context(dask.config.set(dask_warm.dask_config()))
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=max(1, workers or 1),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    # Dask's HTTP endpoints on a free loopback port, without the dashboard.
                    dashboard_address="127.0.0.1:0",
                    scheduler_kwargs={"dashboard": False},
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster, set_as_default=False))
            # Workers started here exit with this process, `kill -9` included.
            client.register_plugin(ExitWithDriver(os.getpid()))
            where = "the local cluster"
        else:
            client = stack.enter_context(_connect(scheduler, timeout))
            where = f"the scheduler at {scheduler}"
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (TimeoutError, OSError):
            raise ClusterError(
                f"no Dask worker joined {where} within {timeout:g} s; start some with: "
                f"dask worker {scheduler or 'ADDRESS'} --nthreads 1"
            ) from None
        bar = bars.bar("Dask") if bars is not None else None
        yield DaskPool(client, model, bar)


def _connect(address: str, timeout: float) -> Client:
    """A client of the scheduler at `address`, or ClusterError in at most `timeout` s."""
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError):
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} within {timeout:g} s; is it "
            "running (dask scheduler) and is the address right?"
        ) from None
    except (ValueError, TypeError) as exc:
        raise ClusterError(f"not a Dask scheduler address: {address} ({exc})") from None
    return client


class ExitWithDriver(WorkerPlugin):
    """A Dask worker plugin: a worker started by the driver (a LocalCluster's: the driver's
    child, or a child of the driver's forkserver) exits when its parent dies, as the
    ingest's own worker processes do; the forkserver itself exits with the driver."""

    name = "newsbrief-exit-with-driver"

    def __init__(self, driver: int) -> None:
        self.driver = driver

    def setup(self, worker: Any) -> None:
        """Runs in each worker as it starts: watch the parent, when the driver started it."""
        import threading

        import psutil

        parent = os.getppid()
        if self.driver in {ancestor.pid for ancestor in psutil.Process().parents()}:
            threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
