"""HTML pages: the article's text only, through trafilatura (no navigation, promos or footer)."""

from __future__ import annotations

import re
from typing import Any

from sources.dates import normalise_date
from sources.model import RawArticle, SourceError
from sources.text import build_body, clean_line, require_words

_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,60}$")


def parse_html(html: str, origin: str, url: str | None = None) -> RawArticle:
    """The article in an HTML page; raises SourceError when the page holds no article."""
    import trafilatura  # heavy import, only when a page is read

    if not html.strip():
        raise SourceError("empty page")
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise SourceError(f"could not read the HTML page ({type(exc).__name__})") from None
    fields = _fields(document)
    if not fields.get("text"):
        raise SourceError("no article text found in the HTML page")
    title = clean_line(fields.get("title") or "")
    title = _TITLE_SUFFIX.sub("", title) if title else ""
    paragraphs = [p for p in str(fields["text"]).split("\n") if p.strip()]
    if paragraphs and title and clean_line(paragraphs[0]).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    body = build_body("", paragraphs)
    require_words(body, "the HTML page", minimum=15)
    if not title:
        title = body.split("\n", 1)[0][:120]
    return RawArticle(
        title=title,
        body=body,
        url=url or fields.get("url"),
        source=fields.get("sitename"),
        published=normalise_date(fields.get("date")) if _has_date_markup(html) else None,
        origin=origin,
    )


def _fields(document: object) -> dict[str, Any]:
    """trafilatura returns a Document (or, in some versions, a dict); read either."""
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    keys = ("text", "title", "url", "sitename", "date")
    return {key: getattr(document, key, None) for key in keys}


def _has_date_markup(html: str) -> bool:
    """Trust a page's date only when its markup declares one (not a copyright year)."""
    return bool(
        re.search(r"<time[\s>]|datePublished|article:published_time|name=[\"']date", html, re.I)
    )
