"""Web pages: a URL fetched (through the guard) and read into an article."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

from sources.fetch import Fetcher, FetchError, Response
from sources.files import SourceItem
from sources.html import parse_html
from sources.model import RawArticle, SourceError
from sources.text import build_body, clean_line, decode_bytes, require_words, split_paragraphs

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/xml",
        "text/xml",
    }
)
PAGE_TYPES = HTML_TYPES | TEXT_TYPES | FEED_TYPES

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)


def is_url(text: str) -> bool:
    """True for `scheme://...` inputs (a path never looks like one)."""
    return bool(_URL.match(text.strip()))


def looks_like_feed(response: Response) -> bool:
    """True when a response is an RSS/Atom/RDF document rather than a page."""
    if response.media_type in FEED_TYPES - {"application/xml", "text/xml"}:
        return True
    return bool(_FEED_START.match(response.body[:4096]))


def decode_page(response: Response) -> str:
    """A response body as text: the declared charset, else the page's meta charset, else
    UTF-8 with a Windows-1252 fallback."""
    for charset in (response.charset, _meta_charset(response.body)):
        if charset:
            try:
                return response.body.decode(charset, errors="replace")
            except LookupError:
                continue
    text, _ = decode_bytes(response.body, response.url)
    return text


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def article_from_response(response: Response, origin: str) -> RawArticle:
    """The article in a fetched page; raises SourceError when it holds none."""
    if not response.body.strip():
        raise SourceError("empty page")
    if looks_like_feed(response):
        raise SourceError(
            "this is a feed, not an article page; add it with `newsbrief feeds add URL`"
        )
    text = decode_page(response)
    if response.media_type in TEXT_TYPES:
        return _plain_text_article(text, origin, response.url)
    if response.media_type not in HTML_TYPES and not re.search(r"<html|<body|<p[\s>]", text, re.I):
        raise SourceError(f"not a web page (content type {response.media_type or 'unknown'})")
    article = parse_html(text, origin, url=response.url)
    article.url = response.url
    return article


def _plain_text_article(text: str, origin: str, url: str) -> RawArticle:
    lines = [clean_line(line) for line in split_paragraphs(text)]
    lines = [line for line in lines if line]
    if not lines:
        raise SourceError("empty page")
    title = lines[0][:200] if len(lines) > 1 else lines[0][:120]
    body = build_body("", lines[1:] if len(lines) > 1 else lines)
    require_words(body, "the page")
    return RawArticle(title=title, body=body, url=url, origin=origin)


def fetch_article(fetcher: Fetcher, url: str) -> RawArticle:
    """Fetch a URL and read its article; raises FetchError or SourceError."""
    response = fetcher.get(url, accept=PAGE_TYPES)
    return article_from_response(response, url)


def url_item(fetcher: Fetcher, url: str) -> SourceItem:
    """One URL as an ingest input: its article, or why it could not be read."""
    try:
        return SourceItem(url, article=fetch_article(fetcher, url))
    except (FetchError, SourceError) as exc:
        return SourceItem(url, error=str(exc))


def fetch_items(
    fetcher: Fetcher,
    urls: list[str],
    workers: int = 4,
    done: Callable[[int], None] | None = None,
) -> Iterator[SourceItem]:
    """Fetch URLs concurrently; yields their items in the order given."""
    if not urls:
        return
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(urls)))) as pool:
        futures = [pool.submit(url_item, fetcher, url) for url in urls]
        for future in futures:
            item = future.result()
            if done is not None:
                done(1)
            yield item
