"""The article as read from a source, before extraction."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """An article read from a file or page.

    `body` is the text the store keeps and every quote offset indexes into: paragraphs joined
    by a blank line, the standfirst first when the body does not already repeat it.
    """

    title: str
    body: str
    standfirst: str = ""
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    origin: str = ""
    warnings: list[str] = field(default_factory=list)
    truncated: bool = False
