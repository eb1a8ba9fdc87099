"""RSS and Atom feeds (feedparser): the entries of a fetched feed, and the article an entry
holds when its content is the whole story."""

from __future__ import annotations

import calendar
import hashlib
import io
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any

from sources.dates import normalise_date
from sources.fetch import Response
from sources.html import fragment_paragraphs
from sources.model import RawArticle, SourceError
from sources.text import build_body, clean_line, require_words

FULL_ARTICLE_WORDS = 150  # an entry's content this long (and not a teaser) is the article
_TEASER_ENDINGS = ("...", "\u2026", "[\u2026]", "[...]", "read more", "continue reading")


@dataclass(frozen=True)
class FeedEntry:
    """One entry: a stable key, its link, and what the feed says about it."""

    key: str
    link: str | None
    title: str
    published: str | None
    author: str | None
    content: str  # HTML of the fullest content the entry carries ('' when none)


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title and entries, newest first as the feed lists them; `updated` is when
    the feed says it last changed (its own date, else its newest entry's), as an HTTP date."""

    title: str
    entries: list[FeedEntry]
    updated: str | None = None


def parse_feed(response: Response) -> ParsedFeed:
    """The entries of a fetched feed; raises SourceError when the document is not a feed."""
    import feedparser  # slow import, only when polling

    if not response.body.strip():
        raise SourceError("the feed is empty")
    headers = {"content-location": response.url}
    if response.headers.get("content-type"):
        headers["content-type"] = response.headers["content-type"]
    parsed: Any = feedparser.parse(io.BytesIO(response.body), response_headers=headers)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({_short(str(problem))})" if problem else ""
        raise SourceError(f"not an RSS or Atom feed{detail}")
    entries = [_entry(raw) for raw in parsed.entries]
    title = clean_line(str(parsed.feed.get("title") or "")) or response.url
    return ParsedFeed(
        title=title, entries=[e for e in entries if e is not None], updated=_updated(parsed)
    )


def _updated(parsed: Any) -> str | None:
    """The feed's own last-change date (from the server's clock, not ours)."""
    # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning
    keys = ("updated_parsed", "published_parsed")
    stamps = [dict.get(parsed.feed, k) for k in keys]
    for entry in parsed.entries:
        stamps.extend(dict.get(entry, k) for k in keys)
    found = [calendar.timegm(s) for s in stamps if s]
    return formatdate(max(found), usegmt=True) if found else None


def _entry(raw: Any) -> FeedEntry | None:
    link = raw.get("link") or None
    title = clean_line(str(raw.get("title") or ""))
    contents = [c.get("value", "") for c in raw.get("content") or [] if c.get("value")]
    content = max(contents, key=len) if contents else ""
    summary = str(raw.get("summary") or "")
    if len(summary) > len(content):
        content = summary
    key = str(raw.get("id") or link or "")
    if not key:
        if not (title or content):
            return None
        key = "sha256:" + hashlib.sha256((title + "\n" + content).encode()).hexdigest()
    published = normalise_date(dict.get(raw, "published") or dict.get(raw, "updated"))
    author = clean_line(str(raw.get("author") or "")) or None
    return FeedEntry(key, link, title, published, author, content)


def entry_article(entry: FeedEntry, feed_title: str, *, require_full: bool = True) -> RawArticle:
    """The article an entry's own content holds.

    With `require_full`, only content that reads as the whole story (at least
    FULL_ARTICLE_WORDS words, not ending like a teaser) is taken; raises SourceError otherwise.
    """
    paragraphs = fragment_paragraphs(entry.content)
    body = build_body("", paragraphs)
    words = len(body.split())
    if require_full and (words < FULL_ARTICLE_WORDS or _is_teaser(body)):
        raise SourceError("the entry holds only a summary")
    require_words(body, "the feed entry")
    return RawArticle(
        title=entry.title or body.split("\n", 1)[0][:120],
        body=body,
        url=entry.link,
        source=feed_title,
        author=entry.author,
        published=entry.published,
        origin=entry.link or entry.key,
    )


def _is_teaser(body: str) -> bool:
    tail = body.rstrip().casefold()[-40:]
    return any(tail.endswith(ending) for ending in _TEASER_ENDINGS)


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
