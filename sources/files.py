"""Files and directories: .txt (seed layout), .json, .jsonl and .html articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sources.datelines import dateline_date, lead_date, name_date
from sources.dates import normalise_date
from sources.front_matter import field, split_front_matter
from sources.html import parse_html
from sources.model import RawArticle, SourceError
from sources.text import build_body, clean_line, decode_bytes, require_words, split_paragraphs

TEXT_SUFFIXES = {".txt", ".text"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
MAX_FILE_BYTES = 64 * 1024 * 1024
# Where exports and feeds keep an article's date and address (an RSS item: `pubDate`, `link`).
DATE_KEYS = ("published", "date", "pubDate", "datePublished", "published_at", "publishedAt")
URL_KEYS = ("url", "link")


@dataclass
class SourceItem:
    """One input: an article, or the reason it could not be read. `skipped` inputs are not
    failures (a file of another type inside a directory)."""

    origin: str
    article: RawArticle | None = None
    error: str | None = None
    skipped: bool = False


def iter_paths(paths: list[str]) -> Iterator[SourceItem]:
    """Every article in the given files and directories (recursively, in name order)."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield SourceItem(raw, error="no such file or directory")
        elif path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _hidden(child.relative_to(path)):
                    found = True
                    if child.suffix.lower() in SUPPORTED:
                        yield from iter_file(child)
                    else:
                        yield SourceItem(str(child), error=_unsupported(child), skipped=True)
            if not found:
                yield SourceItem(raw, error="directory holds no files")
        else:
            yield from iter_file(path)


def count_items(paths: list[str]) -> int:
    """About how many items `iter_paths` yields (a .jsonl file's non-blank lines each count),
    without reading any article: for progress bars and planning, never for results."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = [c for c in path.rglob("*") if c.is_file() and not _hidden(c.relative_to(path))]
            total += sum(_items_in(f) for f in files) or 1
        else:
            total += _items_in(path) if path.is_file() else 1
    return total


def _items_in(path: Path) -> int:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with path.open("rb") as lines:
            return max(1, sum(1 for line in lines if line.strip()))
    except OSError:
        return 1


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _unsupported(path: Path) -> str:
    kind = path.suffix or "no extension"
    return f"unsupported file type ({kind}); expected .txt, .json, .jsonl or .html"


def iter_file(path: Path) -> Iterator[SourceItem]:
    """The article(s) in one file; a .jsonl file yields one item per line."""
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield SourceItem(origin, error=_unsupported(path))
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(
                f"file is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES >> 20} MB"
            )
        text, warnings = decode_bytes(path.read_bytes(), origin)
    except SourceError as exc:
        yield SourceItem(origin, error=str(exc))
        return
    except OSError as exc:
        yield SourceItem(origin, error=exc.strerror or str(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(text, origin, warnings)
        return
    try:
        if suffix in TEXT_SUFFIXES:
            article = parse_text(text, origin)
        elif suffix in JSON_SUFFIXES:
            article = parse_json_text(text, origin)
        else:
            article = parse_html(text, origin)
    except SourceError as exc:
        yield SourceItem(origin, error=str(exc))
        return
    article.warnings[:0] = warnings
    if article.published is None:  # "2026-11-26-four-day-week-vote.txt", else "on Friday
        # 20 November" in its lead
        article.published = name_date(path.name) or lead_date(article.body)
    yield SourceItem(origin, article=article)


def _iter_jsonl(text: str, origin: str, warnings: list[str]) -> Iterator[SourceItem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            article = parse_json_text(line, where)
        except SourceError as exc:
            yield SourceItem(where, error=str(exc))
            continue
        article.warnings[:0] = warnings if number == 1 else []
        yield SourceItem(where, article=article)


def parse_text(text: str, origin: str) -> RawArticle:
    """The seed layout: line 1 headline, line 2 standfirst, then one paragraph per line;
    front matter (`---`, `date: ...`, `---`) before it gives the date, source and address."""
    meta, raw_lines = split_front_matter(split_paragraphs(text))
    lines = [clean_line(line) for line in raw_lines]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        raise SourceError(
            "no article body (expected line 1 headline, line 2 standfirst, then the body)"
        )
    title, rest = lines[0], lines[1:]
    standfirst, paragraphs = (rest[0], rest[1:]) if len(rest) > 1 else ("", rest)
    body = build_body(standfirst, paragraphs)
    require_words(body, "the file")
    return RawArticle(
        title=title,
        standfirst=standfirst,
        body=body,
        url=field(meta, *URL_KEYS),
        source=field(meta, "source", "publisher"),
        published=normalise_date(field(meta, *DATE_KEYS)) or dateline_date(body),
        origin=origin,
    )


def parse_json_text(text: str, origin: str) -> RawArticle:
    """A JSON article: `title, url, published, source, body` (`text` is accepted for `body`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise SourceError(f"invalid JSON ({exc.msg} at {where})") from None
    if not isinstance(data, dict):
        raise SourceError("JSON is not an object with title and body")
    return parse_json_object(data, origin)


def parse_json_object(data: dict[str, Any], origin: str) -> RawArticle:
    """An article from a decoded JSON object."""
    body_value = data.get("body", data.get("text"))
    if not isinstance(body_value, str) or not body_value.strip():
        raise SourceError("JSON has no 'body' text")
    body = build_body(str(data.get("standfirst") or ""), split_paragraphs(body_value))
    require_words(body, "the JSON body")
    title = clean_line(str(data.get("title") or "")) or body.split("\n", 1)[0][:120]
    return RawArticle(
        title=title,
        standfirst=clean_line(str(data.get("standfirst") or "")),
        body=body,
        url=_text_or_none(_first(data, URL_KEYS)),
        source=_text_or_none(data.get("source") or data.get("publisher")),
        published=normalise_date(_first(data, DATE_KEYS)) or dateline_date(body),
        origin=origin,
    )


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> object:
    """The value of the first key the object holds a value for."""
    return next((data[key] for key in keys if data.get(key)), None)


def _text_or_none(value: object) -> str | None:
    text = clean_line(str(value)) if value is not None else ""
    return text or None
