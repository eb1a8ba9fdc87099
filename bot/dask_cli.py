"""`newsbrief ingest`'s Dask options (--scheduler, --dask-workers, --connect-timeout) and
the ingest they run. Dask itself (newsbrief[dask]) is imported only when one is given."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from storage.db import Store
    from work.ingest.progress import Bars
    from work.ingest.report import IngestReport
    from work.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


def dask_options(command: F) -> F:
    """Add the Dask options to a command (they arrive as scheduler, dask_workers and
    connect_timeout)."""
    options = [
        click.option(
            "--scheduler",
            metavar="tcp://HOST:8786",
            default=None,
            help="Parse and extract on the Dask cluster of this scheduler (needs newsbrief[dask]).",
        ),
        click.option(
            "--dask-workers",
            type=click.IntRange(min=1),
            default=None,
            help="Parse and extract on a local Dask cluster of N worker processes.",
        ),
        click.option(
            "--connect-timeout",
            type=click.FloatRange(min=0.1),
            default=10.0,
            show_default=True,
            help="Seconds to wait for the Dask scheduler and its first worker.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def ingest_on_dask(
    store: Store,
    settings: Settings,
    paths: list[str],
    bars: Bars,
    *,
    scheduler: str | None,
    dask_workers: int | None,
    connect_timeout: float,
) -> IngestReport:
    """The ingest with parsing on Dask (`bot.dask_pool`); a cluster that cannot be used
    (Dask not installed, scheduler unreachable, no worker) is one line on stderr and exit
    code 2."""
    if scheduler and dask_workers:
        raise click.UsageError("give --scheduler or --dask-workers, not both")
    from bot.dask_warm import start_warm_forkserver, stop_warm_forkserver
    from work.ingest.inputs import ingest_inputs

    # A local cluster's workers fork from a forkserver that loads Dask and the model on
    # another core while this process imports Dask: start it first.
    warm = bool(dask_workers) and _dask_installed() and start_warm_forkserver(settings.model)
    try:
        from bot.dask_pool import ClusterError, dask_pool
    except ImportError:
        _exit("parsing on Dask needs Dask: pip install 'newsbrief[dask]'")
    try:
        with dask_pool(
            settings.model,
            scheduler=scheduler,
            workers=dask_workers,
            timeout=connect_timeout,
            bars=bars,
            warm=warm,
        ) as pool:
            return ingest_inputs(store, settings, paths, bars, pool=pool)
    except ClusterError as exc:
        _exit(str(exc))
    finally:
        if warm:
            stop_warm_forkserver()


def _dask_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def _exit(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)
