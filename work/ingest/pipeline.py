"""Ingest: sources -> extraction -> store, one transaction per article.

A bad input is reported and skipped; it never stops the batch. Duplicates (same words or
URL, in the store or earlier in the same run) are counted, not stored. Syndicated copies (the
same story with another headline, a dateline or a credit line) are stored linked to the first
copy, without quotes, and counted apart; they are not parsed. The spaCy model is loaded only
when some article actually needs parsing.

Articles are parsed in batches of at most `batch_size` articles and `batch_words` words (the
parser's memory grows with the words in a batch, not the articles); an article longer than
`batch_words` is parsed in pieces of at most that many words, joined back into one Doc
(`extract.nlp.parse_texts`), so no article makes the parser's memory unbounded. With
`processes` > 1 the batches are parsed and extracted in that many worker processes
(`work.ingest.parsing`), a few batches ahead, while this process stores the results in input order.
A `pool` handed in (a Dask cluster's, `bot.dask_pool`) is used the same way, and closed with
the ingest.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from common.syndication import Fingerprint, fingerprint, same_quotes, similarity
from records.article import RawArticle
from records.extraction import Extraction
from sources.files import SourceItem
from sources.text import cap_length, content_hash
from storage.articles import SaveResult, article_title, find_duplicate, save_article
from storage.db import Store, StoreError, store_error
from storage.syndication import find_original, fingerprint_stored_articles
from work.ingest.parsing import Outcome, ParsePool, extract_batch
from work.ingest.report import COPY, DUPLICATE, FAILED, SKIPPED, STORED, IngestReport, ItemResult

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

__all__ = ["COPY", "DUPLICATE", "FAILED", "SKIPPED", "STORED", "IngestReport", "Ingestor"]


@dataclass
class _Pending:
    article: RawArticle
    digest: str
    print_: Fingerprint
    presumed_copy: bool = False
    words: int = 0


@dataclass
class _InFlight:
    """A batch being parsed by the worker processes."""

    batch: list[_Pending]
    texts: list[str]
    future: Future[list[Extraction | str]] | None


DEFAULT_BATCH_WORDS = 5_000


class Ingestor:
    """Feeds articles through extraction into the store, in batches."""

    def __init__(
        self,
        store: Store,
        model: str,
        batch_size: int = 64,
        max_chars: int = 200_000,
        progress: Callable[[int], None] | None = None,
        nlp: Language | None = None,
        *,
        batch_words: int = DEFAULT_BATCH_WORDS,
        processes: int = 1,
        pool: ParsePool | None = None,
    ) -> None:
        self.store = store
        self.model = model
        self.batch_size = batch_size
        self.batch_words = batch_words
        self.max_chars = max_chars
        self.progress = progress or (lambda n: None)
        self._nlp = nlp
        # A pipeline handed in (tests, the console) is used here, never in other processes.
        self.processes = 1 if nlp is not None else max(1, processes)
        self.report = IngestReport()
        self._seen: set[str] = set()
        self._batch: list[_Pending] = []
        self._batch_words = 0
        self._in_flight: deque[_InFlight] = deque()
        self._pool: ParsePool | None = pool
        if pool is not None:  # batches go to its workers, 2 per worker ahead
            self.processes = max(1, pool.processes)
        self._indexed = False

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            from extract.nlp import load_nlp

            self._nlp = load_nlp(self.model)
        return self._nlp

    def run(self, items: Iterable[SourceItem]) -> IngestReport:
        """Ingest every item; returns the report. A full disk or a damaged store stops the
        run with StoreFull or StoreCorrupt (naming the store): every article stored before
        stays, the one being written is rolled back."""
        try:
            for item in items:
                self.add(item)
            self.flush()
        except (StoreError, sqlite3.DatabaseError) as exc:
            typed = store_error(exc, self.store.path)
            if typed is None:
                raise
            raise typed from exc
        finally:
            self.close()
        return self.report

    def close(self) -> None:
        """Stop the worker processes, if any (what was not stored yet is dropped)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

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
        words = 0 if presumed else len(article.body.split())
        if self._batch and self._batch_words + words > self.batch_words:
            self._dispatch()
        self._batch.append(_Pending(article, digest, print_, presumed, words))
        self._batch_words += words
        if self.processes > 1 and self._pool is None and not presumed:
            # models load meanwhile
            self._pool = ParsePool(self.model, self.processes, max_words=self.batch_words)
        if len(self._batch) >= self.batch_size or self._batch_words >= self.batch_words:
            self._dispatch()

    def _unsaved(self) -> Iterable[_Pending]:
        yield from self._batch
        for flight in self._in_flight:
            yield from flight.batch

    def _looks_like_copy(self, print_: Fingerprint) -> bool:
        """A copy of a stored original, or of an original waiting to be stored."""
        if not print_.usable:
            return False
        for pending in self._unsaved():
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
        """Parse and store every queued article (stored when this returns)."""
        self._dispatch()
        self._store_in_flight(keep=0)

    def _dispatch(self) -> None:
        """Send the queued batch to be parsed: here and now, or to the worker processes."""
        batch, self._batch, self._batch_words = self._batch, [], 0
        if not batch:
            return
        texts = [p.article.body for p in batch if not p.presumed_copy]
        if self._pool is None:
            self._store_batch(batch, self._extract_texts(texts))
            return
        future = self._pool.submit(texts) if texts else None
        self._in_flight.append(_InFlight(batch, texts, future))
        # Each worker has a batch queued behind the one it parses, so none waits while this
        # process stores the oldest.
        self._store_in_flight(keep=2 * self.processes)

    def _store_in_flight(self, keep: int) -> None:
        while len(self._in_flight) > keep:
            flight = self._in_flight.popleft()
            outcomes: list[Outcome] = []
            if flight.future is not None:
                assert self._pool is not None
                outcomes = self._pool.results(flight.future, flight.texts)
            self._store_batch(flight.batch, outcomes)

    def _store_batch(self, batch: list[_Pending], outcomes: list[Outcome]) -> None:
        """Store each article of a batch (a presumed copy has no outcome: not parsed)."""
        done = iter(outcomes)
        for pending in batch:
            self._save(pending, None if pending.presumed_copy else next(done))
            self.progress(1)

    def _extract_texts(self, texts: list[str]) -> list[Outcome]:
        """Parse and extract now: in the worker processes when there are some."""
        if not texts:
            return []
        if self._pool is not None:
            return self._pool.results(self._pool.submit(texts), texts)
        return extract_batch(self.nlp, texts, self.batch_words)

    def _save(self, pending: _Pending, extraction: Outcome | None) -> None:
        origin = pending.article.origin
        if isinstance(extraction, Exception):
            self._fail(origin, f"extraction failed: {extraction}")
            return
        if extraction is not None:
            self.report.warnings.extend(f"{origin}: {w}" for w in extraction.warnings)
        try:
            result = self._store(pending, extraction)
        except StoreError:
            raise  # the store itself cannot take it: no use trying the next article
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
