"""Warm worker start for a local Dask cluster (`newsbrief ingest --dask-workers N`).

A local cluster's worker processes are forked from a multiprocessing *forkserver* that has
already imported Dask and loaded the spaCy model (`bot.dask_preload`, imported once in the
forkserver). The forkserver is started first, so that it loads the model on another core
while this process imports Dask and starts the scheduler; each worker then starts in a
fraction of a second, with the model in memory, instead of importing Dask and loading the
model itself (several seconds, which a short backfill pays before its first article).

This module imports neither Dask nor spaCy: it runs before they are needed.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing import forkserver

PRELOAD_MODEL_ENV = "NEWSBRIEF_DASK_PRELOAD_MODEL"
PRELOAD = ["distributed", "bot.dask_preload"]
METHOD = "forkserver"


def start_warm_forkserver(model: str) -> bool:
    """Start the forkserver the local cluster's workers will fork from, preloading Dask and
    `model` (the model's name is passed in the environment the forkserver inherits).
    Returns False where there is no forkserver (the workers are then spawned cold)."""
    if METHOD not in multiprocessing.get_all_start_methods():
        return False
    os.environ[PRELOAD_MODEL_ENV] = model
    multiprocessing.get_context(METHOD).set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()
    return True


def stop_warm_forkserver() -> None:
    """Stop the forkserver once the cluster is closed and wait for it, so that its workers'
    CPU time is accounted to this process (as spawned workers' is) and nothing lingers."""
    stop = getattr(forkserver._forkserver, "_stop", None)  # CPython's own, since 3.8
    if stop is not None:
        stop()


def dask_config() -> dict[str, object]:
    """The Dask settings that make a LocalCluster's nannies fork workers from the warm
    forkserver (Dask's default is to spawn a fresh interpreter for each)."""
    return {"distributed.worker.multiprocessing-method": METHOD}


def keep_our_preload() -> None:
    """Stop Dask from replacing the preload list with its own: on first use it would import
    every optional package it knows (pandas, numpy...) in this process, for nothing."""
    import distributed.utils

    if hasattr(distributed.utils, "_forkserver_preload_set"):
        distributed.utils._forkserver_preload_set = True
