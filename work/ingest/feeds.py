"""Feeds: adding, listing and removing them, and polling them all at once.

A poll fetches every feed concurrently (conditional GETs with the ETag and Last-Modified the
feed sent last time), and as soon as one answers, fetches its new entries' pages on the same
pool (or takes an entry's own content when it holds the whole article), while articles that
have arrived are parsed and stored. A feed that hangs or fails only ever holds one worker for
its timeout: it is reported, backs off (the wait doubles after each failure, up to a cap) and
never delays the others. Only this thread writes to the store.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sources.netguard import AllowList, BlockedURL, check_url
from storage.db import Store
from storage.feeds import FeedRow, add_feed, due_feeds, get_feed, list_feeds, remove_feed
from work.ingest.feed_poll import Poll, PollReport, backoff, iso_seconds, utc_now
from work.ingest.progress import Bars
from work.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["FeedCommandError", "PollReport", "add_feed_url", "backoff", "poll_feeds"]


class FeedCommandError(ValueError):
    """A feed command that cannot be done; the message says why."""


def add_feed_url(
    store: Store, settings: Settings, url: str, added_by: str | None = None
) -> tuple[FeedRow, bool]:
    """Add a feed after checking its URL with the address guard, as the fetcher will (its host
    resolved, numeric forms such as `http://2130706433/` read as addresses; hosts in
    NEWSBRIEF_ALLOW_HOSTS exempt); nothing is fetched. Returns the feed and whether it was
    new."""
    url = url.strip()
    if not url:
        raise FeedCommandError("give the feed's URL, e.g. feeds add https://example.org/rss")
    try:
        check_url(url, AllowList.parse(settings.allow_hosts))
    except BlockedURL as exc:
        raise FeedCommandError(str(exc)) from None
    return add_feed(store, url, added_by, iso_seconds(utc_now()))


def remove_feed_id(store: Store, feed_id: str) -> FeedRow:
    """Remove a feed by its id (as typed); its articles stay in the store."""
    try:
        number = int(feed_id.strip().lstrip("#"))
    except ValueError:
        raise FeedCommandError(f"not a feed id: {feed_id!r} (see feeds list)") from None
    removed = remove_feed(store, number)
    if removed is None:
        raise FeedCommandError(f"no feed with id {number} (see feeds list)")
    return removed


def describe_feed(feed: FeedRow) -> str:
    """One line about a feed: id, URL, state, last error."""
    name = f"#{feed.id} {feed.url}"
    if feed.title:
        name += f" ({feed.title})"
    if feed.failing:
        when = f"; next try {feed.next_poll_at}" if feed.next_poll_at else ""
        return f"{name}: FAILING ({feed.failures} in a row): {feed.last_error}{when}"
    if feed.last_ok_at:
        return f"{name}: ok, last polled {feed.last_polled_at}, {feed.articles} articles"
    return f"{name}: not polled yet"


def feed_list_text(store: Store) -> str:
    """Every feed, one line each (what `feeds list` and `/newsbrief feed list` show)."""
    feeds = list_feeds(store)
    if not feeds:
        return "No feeds yet. Add one with: feeds add URL"
    return "\n".join(describe_feed(f) for f in feeds)


def poll_feeds(
    store: Store,
    settings: Settings,
    *,
    due_only: bool = False,
    bars: Bars | None = None,
    nlp: Language | None = None,
    feed_ids: list[int] | None = None,
) -> PollReport:
    """Poll feeds now: every feed, or (for the scheduler) only those due (failing feeds wait
    out their back-off). Never raises for a feed's failure: the report says."""
    now = utc_now()
    if feed_ids is not None:
        feeds = [f for f in (get_feed(store, i) for i in feed_ids) if f is not None]
    elif due_only:
        slack = timedelta(minutes=settings.feed_poll_minutes / 2)
        feeds = due_feeds(store, iso_seconds(now + slack))
    else:
        feeds = list_feeds(store)
    if not feeds:
        return PollReport()
    poll = Poll(store, settings, settings.fetcher(), bars or Bars(enabled=False), nlp, now)
    return poll.run(feeds)
