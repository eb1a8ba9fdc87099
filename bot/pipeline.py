"""Ingest: sources -> extraction -> store, one transaction per article.

A bad input is reported and skipped; it never stops the batch. Duplicates (same words or
URL, in the store or earlier in the same run) are counted, not stored. The spaCy model is
loaded only when some article actually needs parsing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from extract.model import Extraction
from extract.nlp import load_nlp
from extract.pipeline import extract_doc
from sources.files import SourceItem
from sources.model import RawArticle
from sources.text import cap_length, content_hash
from storage.articles import find_duplicate, save_article
from storage.db import Store

logger = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What an ingest did, and the lines to show the user."""

    ingested: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    quotes: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        """The one-line summary: `ingested N, duplicates D, failed F`."""
        return f"ingested {self.ingested}, duplicates {self.duplicates}, failed {self.failed}"


@dataclass
class _Pending:
    article: RawArticle
    digest: str


class Ingestor:
    """Feeds articles through extraction into the store, in batches."""

    def __init__(
        self,
        store: Store,
        model: str,
        batch_size: int = 16,
        max_chars: int = 200_000,
        progress: Callable[[int], None] | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.store = store
        self.model = model
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.progress = progress or (lambda n: None)
        self._nlp = nlp
        self.report = IngestReport()
        self._seen: set[str] = set()
        self._batch: list[_Pending] = []

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = load_nlp(self.model)
        return self._nlp

    def run(self, items: Iterable[SourceItem]) -> IngestReport:
        """Ingest every item; returns the report."""
        for item in items:
            self.add(item)
        self.flush()
        return self.report

    def add(self, item: SourceItem) -> None:
        """Queue one input (or record why it cannot be read)."""
        if item.article is None:
            reason = item.error or "unreadable"
            if item.skipped:
                self.report.skipped += 1
                self.report.skips.append((item.origin, reason))
            else:
                self.report.failed += 1
                self.report.failures.append((item.origin, reason))
            self.progress(1)
            return
        article = cap_length(item.article, self.max_chars)
        self.report.warnings.extend(article.warnings)
        digest = content_hash(article.body)
        if digest in self._seen or find_duplicate(self.store, digest, article.url) is not None:
            self.report.duplicates += 1
            self.progress(1)
            return
        self._seen.add(digest)
        self._batch.append(_Pending(article, digest))
        if len(self._batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Parse and store the queued articles."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        for pending, extraction in zip(batch, self._extract(batch), strict=True):
            self._save(pending, extraction)
            self.progress(1)

    def _extract(self, batch: list[_Pending]) -> list[Extraction | Exception]:
        texts = [p.article.body for p in batch]
        try:
            return [extract_doc(doc) for doc in self.nlp.pipe(texts, batch_size=len(texts))]
        except Exception:
            logger.exception("batch extraction failed; retrying article by article")
        results: list[Extraction | Exception] = []
        for text in texts:
            try:
                results.append(extract_doc(self.nlp(text)))
            except Exception as exc:  # one bad article must not stop the batch
                results.append(exc)
        return results

    def _save(self, pending: _Pending, extraction: Extraction | Exception) -> None:
        origin = pending.article.origin
        if isinstance(extraction, Exception):
            self.report.failed += 1
            self.report.failures.append((origin, f"extraction failed: {extraction}"))
            return
        try:
            result = save_article(self.store, pending.article, pending.digest, extraction)
        except Exception as exc:
            logger.exception("could not store %s", origin)
            self.report.failed += 1
            self.report.failures.append((origin, f"could not store: {exc}"))
            return
        if result.duplicate:
            self.report.duplicates += 1
        else:
            self.report.ingested += 1
            self.report.quotes += result.quotes
