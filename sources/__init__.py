"""Sources: turn files (and later URLs and feeds) into articles ready for extraction."""

from sources.model import RawArticle, SourceError

__all__ = ["RawArticle", "SourceError"]
