"""Ingest: sources -> extraction -> store, one transaction per article.

A bad input is reported and skipped; it never stops the batch. Duplicates (same words or
URL, in the store or earlier in the same run) are counted, not stored. Syndicated copies (the
same story with another headline, a dateline or a credit line) are stored linked to the first
copy, without quotes, and counted apart; they are not parsed. The spaCy model is loaded only
when some article actually needs parsing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language

from bot.report import COPY, DUPLICATE, FAILED, SKIPPED, STORED, IngestReport, ItemResult
from extract.model import Extraction
from extract.nlp import load_nlp
from extract.pipeline import extract_doc
from sources.files import SourceItem
from sources.model import RawArticle
from sources.syndication import Fingerprint, fingerprint, same_quotes, similarity
from sources.text import cap_length, content_hash
from storage.articles import SaveResult, article_title, find_duplicate, save_article
from storage.db import Store
from storage.syndication import find_original, fingerprint_stored_articles

logger = logging.getLogger(__name__)

__all__ = ["COPY", "DUPLICATE", "FAILED", "SKIPPED", "STORED", "IngestReport", "Ingestor"]


@dataclass
class _Pending:
    article: RawArticle
    digest: str
    print_: Fingerprint
    presumed_copy: bool = False


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
        self._indexed = False

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
                self.report.results.append(ItemResult(item.origin, SKIPPED, reason=reason))
            else:
                self._fail(item.origin, reason)
            self.progress(1)
            return
        if not self._indexed:
            fingerprint_stored_articles(self.store)
            self._indexed = True
        article = cap_length(item.article, self.max_chars)
        self.report.warnings.extend(article.warnings)
        digest = content_hash(article.body)
        existing = find_duplicate(self.store, digest, article.url)
        if digest in self._seen or existing is not None:
            self.report.duplicates += 1
            self.report.results.append(ItemResult(article.origin, DUPLICATE, existing))
            self.progress(1)
            return
        self._seen.add(digest)
        print_ = fingerprint(article.body)
        presumed = self._looks_like_copy(print_)
        self._batch.append(_Pending(article, digest, print_, presumed))
        if len(self._batch) >= self.batch_size:
            self.flush()

    def _looks_like_copy(self, print_: Fingerprint) -> bool:
        """A copy of a stored original, or of an original waiting in this batch."""
        if not print_.usable:
            return False
        for pending in self._batch:
            if (
                not pending.presumed_copy
                and similarity(print_.shingles, pending.print_.shingles).is_copy
                and same_quotes(print_, pending.print_)
            ):
                return True
        return find_original(self.store.db, print_) is not None

    def _fail(self, origin: str, reason: str) -> None:
        self.report.failed += 1
        self.report.failures.append((origin, reason))
        self.report.results.append(ItemResult(origin, FAILED, reason=reason))

    def flush(self) -> None:
        """Parse and store the queued articles."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        for pending, extraction in zip(batch, self._extract(batch), strict=True):
            self._save(pending, extraction)
            self.progress(1)

    def _extract(self, batch: list[_Pending]) -> list[Extraction | Exception | None]:
        """Extractions in batch order; None for a presumed copy (not parsed)."""
        parse = [p for p in batch if not p.presumed_copy]
        done = iter(self._extract_texts([p.article.body for p in parse]))
        return [None if p.presumed_copy else next(done) for p in batch]

    def _extract_texts(self, texts: list[str]) -> list[Extraction | Exception]:
        if not texts:
            return []
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

    def _save(self, pending: _Pending, extraction: Extraction | Exception | None) -> None:
        origin = pending.article.origin
        if isinstance(extraction, Exception):
            self._fail(origin, f"extraction failed: {extraction}")
            return
        try:
            result = self._store(pending, extraction)
        except Exception as exc:
            logger.exception("could not store %s", origin)
            self._fail(origin, f"could not store: {exc}")
            return
        if result.duplicate:
            self.report.duplicates += 1
            self.report.results.append(ItemResult(origin, DUPLICATE, result.article_id))
        elif result.copy_of is not None:
            self.report.copies += 1
            title = article_title(self.store, result.copy_of)
            self.report.results.append(
                ItemResult(origin, COPY, result.article_id, result.copy_of, title)
            )
        else:
            self.report.ingested += 1
            self.report.quotes += result.quotes
            self.report.results.append(ItemResult(origin, STORED, result.article_id))

    def _store(self, pending: _Pending, extraction: Extraction | None) -> SaveResult:
        """Save; a presumed copy whose original is gone after all is parsed and saved."""
        article, digest, print_ = pending.article, pending.digest, pending.print_
        result = save_article(self.store, article, digest, extraction, print_)
        if result.needs_extraction:
            parsed = self._extract_texts([article.body])[0]
            if isinstance(parsed, Exception):
                raise parsed
            result = save_article(self.store, article, digest, parsed, print_)
        return result
