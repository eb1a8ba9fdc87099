"""The feed poll itself: one pass over a set of feeds (see `work.ingest.feeds` for the behaviour).

Feeds and their entries' pages are fetched on a thread pool; this thread parses, ingests and
records everything, so only one thread writes to the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from common.syndication import has_syndication_marks
from sources.feeds import FeedEntry, ParsedFeed, entry_article, parse_feed
from sources.fetch import Fetcher, FetchError, Response
from sources.files import SourceItem
from sources.model import SourceError
from sources.pages import FEED_TYPES, looks_like_feed, url_item
from storage.articles import article_id_for_url
from storage.db import Store
from storage.feeds import (
    FeedRow,
    record_entry,
    record_poll_failure,
    record_poll_ok,
    seen_entries,
)
from work.ingest.progress import Bar, Bars
from work.ingest.report import COPY, DUPLICATE, FAILED, STORED, IngestReport, ItemResult
from work.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

MAX_ENTRY_ATTEMPTS = 3
MAX_NEW_ENTRIES = 50  # per feed and poll: a feed that suddenly lists 1,000 items waits
FEED_ACCEPT = FEED_TYPES | frozenset({"text/plain", "text/html"})


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso_seconds(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def backoff(failures: int, interval_minutes: int, cap_minutes: int) -> timedelta:
    """How long a feed waits after its n-th failure in a row: the poll interval, doubled per
    further failure, capped."""
    minutes = interval_minutes * 2 ** max(0, min(failures - 1, 30))
    return timedelta(minutes=min(minutes, max(cap_minutes, interval_minutes)))


@dataclass
class FeedOutcome:
    """What one poll did for one feed."""

    feed: FeedRow
    status: str = "ok"  # ok, not-modified, failed
    error: str | None = None
    retry_at: str | None = None
    new_entries: int = 0
    results: dict[str, int] = field(default_factory=dict)
    entry_errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        """One line for the user."""
        name = f"feed #{self.feed.id} {self.feed.url}"
        if self.status == "failed":
            return f"failed: {name}: {self.error} (next try {self.retry_at})"
        if self.status == "not-modified":
            return f"{name}: not modified"
        counts = ", ".join(f"{n} {k}" for k, n in sorted(self.results.items()) if n)
        return f"{name}: {self.new_entries} new entries" + (f" ({counts})" if counts else "")


@dataclass
class PollReport:
    """What a poll did: each feed's outcome and the ingest of their entries."""

    outcomes: list[FeedOutcome] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)

    @property
    def failed_feeds(self) -> list[FeedOutcome]:
        """Feeds that could not be polled."""
        return [o for o in self.outcomes if o.status == "failed"]

    def lines(self) -> list[str]:
        """Lines for the user: each feed, each failed entry, copies, then the summary."""
        out = [o.line() for o in self.outcomes]
        for outcome in self.outcomes:
            out.extend(f"  entry failed: {where}: {why}" for where, why in outcome.entry_errors)
        out.extend(self.ingest.copy_lines())
        out.append(
            f"polled {len(self.outcomes)} feeds, {len(self.failed_feeds)} failed; "
            + self.ingest.summary()
        )
        return out


@dataclass
class _Job:
    """A fetch in flight: a feed, or one entry of a feed."""

    feed: FeedRow
    entry: FeedEntry | None = None
    feed_title: str = ""
    index: int = 0


class Poll:
    """One poll over a set of feeds."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        fetcher: Fetcher,
        bars: Bars,
        nlp: Language | None,
        now: datetime,
    ) -> None:
        from work.ingest.pipeline import Ingestor  # imports spaCy: only when polling

        self.store = store
        self.settings = settings
        self.fetcher = fetcher
        self.now = now
        self.report = PollReport()
        self.feeds_bar: Bar = bars.bar("Feeds")
        self.entries_bar: Bar = bars.bar("Articles")
        self.ingestor = Ingestor(
            store,
            settings.model,
            settings.batch_size,
            settings.max_article_chars,
            self.entries_bar.advance,
            nlp=nlp,
        )
        self.outcomes: dict[int, FeedOutcome] = {}
        self.waiting: dict[str, list[tuple[FeedOutcome, FeedEntry]]] = {}
        self.jobs: dict[Future[Any], _Job] = {}
        # A feed's entries are ingested together once all have arrived, oldest first, so
        # that of two copies of a story in one feed the earlier one is the original.
        self.arrived: dict[int, list[tuple[int, FeedEntry, SourceItem]]] = {}
        self.expected: dict[int, int] = {}

    def run(self, feeds: list[FeedRow]) -> PollReport:
        self.feeds_bar.add_total(len(feeds))
        workers = max(1, self.settings.fetch_workers)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feed-poll") as pool:
            for feed in feeds:
                self.outcomes[feed.id] = FeedOutcome(feed)
                self._submit(pool, _fetch_feed, _Job(feed))
            while self.jobs:
                done, _ = wait(list(self.jobs), return_when=FIRST_COMPLETED)
                for future in done:
                    job = self.jobs.pop(future)
                    if job.entry is None:
                        self._feed_fetched(pool, job, future)
                    else:
                        self._entry_fetched(job, future.result())
        self.ingestor.flush()
        self._record_results(self.ingestor.report.results)
        self.report.outcomes = [self.outcomes[f.id] for f in feeds]
        self.report.ingest = self.ingestor.report
        return self.report

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[..., Any], job: _Job) -> None:
        target = job.entry.link if job.entry else job.feed
        self.jobs[pool.submit(fn, self.fetcher, target)] = job

    def _feed_fetched(self, pool: ThreadPoolExecutor, job: _Job, future: Future[Any]) -> None:
        feed, outcome = job.feed, self.outcomes[job.feed.id]
        self.feeds_bar.advance()
        try:
            response: Response = future.result()
            parsed = None if response.not_modified else _parse(response)
        except (FetchError, SourceError) as exc:
            self._feed_failed(outcome, str(exc))
            return
        except Exception as exc:  # a bug must not stop the other feeds
            logger.exception("polling feed %s failed", feed.url)
            self._feed_failed(outcome, f"unexpected error: {type(exc).__name__}: {exc}")
            return
        next_poll = iso_seconds(self.now + timedelta(minutes=self.settings.feed_poll_minutes))
        # A server that sends no Last-Modified still gets If-Modified-Since next time: the
        # feed's own date (its clock, not ours), or failing that the time of this poll.
        modified = response.headers.get("last-modified")
        if parsed is not None and not modified and not response.headers.get("etag"):
            modified = parsed.updated or formatdate(self.now.timestamp(), usegmt=True)
        record_poll_ok(
            self.store,
            feed.id,
            title=parsed.title if parsed else None,
            etag=response.headers.get("etag"),
            last_modified=modified,
            now=iso_seconds(self.now),
            next_poll_at=next_poll,
        )
        if parsed is None:
            outcome.status = "not-modified"
            return
        fresh = self._new_entries(feed, parsed)
        outcome.new_entries = len(fresh)
        self.entries_bar.add_total(len(fresh))
        self.expected[feed.id] = len(fresh)
        self.arrived[feed.id] = []
        for index, entry in enumerate(fresh):
            self._take_entry(pool, job.feed, outcome, index, entry, parsed.title)

    def _feed_failed(self, outcome: FeedOutcome, error: str) -> None:
        failures = outcome.feed.failures + 1
        wait_for = backoff(
            failures, self.settings.feed_poll_minutes, self.settings.feed_max_backoff_minutes
        )
        outcome.status, outcome.error = "failed", error
        outcome.retry_at = iso_seconds(self.now + wait_for)
        record_poll_failure(
            self.store, outcome.feed.id, error, iso_seconds(self.now), outcome.retry_at
        )
        logger.warning("feed %s failed: %s", outcome.feed.url, error)

    def _new_entries(self, feed: FeedRow, parsed: ParsedFeed) -> list[FeedEntry]:
        unique = list({e.key: e for e in parsed.entries}.values())
        seen = seen_entries(self.store, feed.id, [e.key for e in unique])
        fresh = []
        for entry in unique:
            known = seen.get(entry.key)
            if known is None or (known.status == FAILED and known.attempts < MAX_ENTRY_ATTEMPTS):
                fresh.append(entry)
        return fresh[:MAX_NEW_ENTRIES]

    def _take_entry(
        self,
        pool: ThreadPoolExecutor,
        feed: FeedRow,
        outcome: FeedOutcome,
        index: int,
        entry: FeedEntry,
        feed_title: str,
    ) -> None:
        try:
            article = entry_article(entry, feed_title)
        except SourceError:
            article = None
        if article is not None:
            self._arrived(feed, index, entry, SourceItem(article.origin, article=article))
            return
        if entry.link:
            known = article_id_for_url(self.store, entry.link)
            if known is not None:
                self._record(outcome, entry, DUPLICATE, known, None)
                self.entries_bar.advance()
                self._arrived(feed, index, entry, None)
                return
            self._submit(pool, _fetch_entry, _Job(feed, entry, feed_title, index))
            return
        try:
            article = entry_article(entry, feed_title, require_full=False)
        except SourceError as exc:
            self._arrived(feed, index, entry, SourceItem(entry.key, error=str(exc)))
            return
        self._arrived(feed, index, entry, SourceItem(article.origin, article=article))

    def _entry_fetched(self, job: _Job, item: SourceItem) -> None:
        entry = job.entry
        assert entry is not None
        if item.article is not None:
            article = item.article
            if not article.source or article.source == urlsplit(entry.link or "").netloc:
                article.source = job.feed_title  # trafilatura's fallback is the host name
            article.published = article.published or entry.published
            article.author = article.author or entry.author
        self._arrived(job.feed, job.index, entry, item)

    def _arrived(
        self, feed: FeedRow, index: int, entry: FeedEntry, item: SourceItem | None
    ) -> None:
        """Collect a feed's entries; once all are in, ingest them oldest first (by date,
        then in the feed's order)."""
        if item is not None:
            self.arrived[feed.id].append((index, entry, item))
        self.expected[feed.id] -= 1
        if self.expected[feed.id] > 0:
            return
        outcome = self.outcomes[feed.id]
        for _, entry_, item_ in sorted(self.arrived.pop(feed.id), key=_oldest_first):
            self.waiting.setdefault(item_.origin, []).append((outcome, entry_))
            self.ingestor.add(item_)
        self.ingestor.flush()  # stored now, whatever the slower feeds do

    def _record_results(self, results: list[ItemResult]) -> None:
        for result in results:
            queue = self.waiting.get(result.origin)
            if not queue:
                continue
            outcome, entry = queue.pop(0)
            self._record(outcome, entry, result.status, result.article_id, result.reason)

    def _record(
        self,
        outcome: FeedOutcome,
        entry: FeedEntry,
        status: str,
        article_id: int | None,
        reason: str | None,
    ) -> None:
        if status not in (STORED, DUPLICATE, COPY):
            status = FAILED
            outcome.entry_errors.append((entry.link or entry.key, reason or "unreadable"))
        outcome.results[status] = outcome.results.get(status, 0) + 1
        record_entry(
            self.store,
            outcome.feed.id,
            entry.key,
            url=entry.link,
            status=status,
            article_id=article_id,
            error=reason if status == FAILED else None,
            now=iso_seconds(self.now),
        )


def _oldest_first(arrival: tuple[int, FeedEntry, SourceItem]) -> tuple[str, bool, int]:
    """Oldest first; at the same date, a story without a wire dateline or credit line before
    one that has them (that is how a copy differs from its original), then feed order."""
    index, entry, item = arrival
    published = (item.article.published if item.article else None) or entry.published
    marked = has_syndication_marks(item.article.body) if item.article else False
    return (published or "", marked, index)


def _fetch_feed(fetcher: Fetcher, feed: FeedRow) -> Response:
    headers: dict[str, str] = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return fetcher.get(feed.url, accept=FEED_ACCEPT, headers=headers)


def _fetch_entry(fetcher: Fetcher, link: str) -> SourceItem:
    return url_item(fetcher, link)


def _parse(response: Response) -> ParsedFeed:
    if response.media_type == "text/html" and not looks_like_feed(response):
        raise SourceError("this URL is a web page, not an RSS or Atom feed")
    return parse_feed(response)
