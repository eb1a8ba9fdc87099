"""Ingesting what a user names: files, directories and URLs, mixed, in the order given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.config import Settings
from bot.progress import Bars
from bot.report import IngestReport
from sources.files import SourceItem, iter_paths
from sources.pages import fetch_items, is_url
from storage.db import Store

if TYPE_CHECKING:
    from spacy.language import Language


def ingest_inputs(
    store: Store,
    settings: Settings,
    inputs: list[str],
    bars: Bars | None = None,
    nlp: Language | None = None,
) -> IngestReport:
    """Read every input (a path or an http(s) URL) into the store; returns the report.

    URLs are fetched concurrently through the SSRF guard; each failure becomes a line of the
    report, never an exception. Raises RuntimeError only when the model cannot be loaded.
    """
    from bot.pipeline import Ingestor  # imports spaCy

    bars = bars or Bars(enabled=False)
    urls = [i for i in inputs if is_url(i)]
    fetched: dict[str, SourceItem] = {}
    if urls:
        fetching = bars.bar("Fetching", total=len(urls))
        fetcher = settings.fetcher()
        unique = list(dict.fromkeys(u.strip() for u in urls))
        for item in fetch_items(fetcher, unique, settings.fetch_workers, fetching.advance):
            fetched[item.origin] = item
    items: list[SourceItem] = []
    for value in inputs:
        if is_url(value):
            items.append(fetched[value.strip()])
        else:
            items.extend(iter_paths([value]))
    ingesting = bars.bar("Ingesting", total=len(items))
    ingestor = Ingestor(
        store,
        settings.model,
        settings.batch_size,
        settings.max_article_chars,
        ingesting.advance,
        nlp=nlp,
    )
    return ingestor.run(items)
