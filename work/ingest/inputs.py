"""Ingesting what a user names: files, directories and URLs, mixed, in the order given."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sources.files import SourceItem, count_items, iter_paths
from sources.pages import fetch_items, is_url
from storage.db import Store
from work.ingest.progress import Bars
from work.ingest.report import IngestReport
from work.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

    from work.ingest.parsing import ParsePool


def ingest_inputs(
    store: Store,
    settings: Settings,
    inputs: list[str],
    bars: Bars | None = None,
    nlp: Language | None = None,
    pool: ParsePool | None = None,
) -> IngestReport:
    """Read every input (a path or an http(s) URL) into the store; returns the report.

    URLs are fetched concurrently through the SSRF guard; each failure becomes a line of the
    report, never an exception. Raises RuntimeError only when the model cannot be loaded.
    With `pool` (a Dask cluster's, `bot.dask_pool`) articles are parsed by its workers.
    """
    from work.ingest.pipeline import Ingestor  # imports spaCy

    bars = bars or Bars(enabled=False)
    urls = [i for i in inputs if is_url(i)]
    fetched: dict[str, SourceItem] = {}
    if urls:
        fetching = bars.bar("Fetching", total=len(urls))
        fetcher = settings.fetcher()
        unique = list(dict.fromkeys(u.strip() for u in urls))
        for item in fetch_items(fetcher, unique, settings.fetch_workers, fetching.advance):
            fetched[item.origin] = item
    # Files are read as they are ingested, never all at once: memory stays flat.
    total = len(urls) + count_items([i for i in inputs if not is_url(i)])
    ingesting = bars.bar("Ingesting", total=total)
    ingestor = Ingestor(
        store,
        settings.model,
        settings.batch_size,
        settings.max_article_chars,
        ingesting.advance,
        nlp=nlp,
        batch_words=settings.batch_words,
        processes=settings.parse_processes(total),
        pool=pool,
    )
    return ingestor.run(_items(inputs, fetched))


def _items(inputs: list[str], fetched: dict[str, SourceItem]) -> Iterator[SourceItem]:
    """The inputs in the order given: fetched pages, and what files and directories hold."""
    for value in inputs:
        if is_url(value):
            yield fetched[value.strip()]
        else:
            yield from iter_paths([value])
