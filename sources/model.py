"""The article as read from a source, before extraction."""

from __future__ import annotations

from records.article import RawArticle  # noqa: F401  (re-exported)


class SourceError(Exception):
    """An input that cannot become an article; the message says why, in a user's words."""
