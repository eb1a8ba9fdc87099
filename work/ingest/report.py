"""What an ingest did: per input and in total (kept apart from the pipeline, which imports
spaCy, so that callers that only read reports start fast)."""

from __future__ import annotations

from dataclasses import dataclass, field

STORED, DUPLICATE, COPY, FAILED, SKIPPED = "stored", "duplicate", "copy", "failed", "skipped"


@dataclass(frozen=True)
class ItemResult:
    """What became of one input: its status, the article id (for a duplicate, the stored
    one; for a copy, the copy) and, for a copy, the original's id and headline."""

    origin: str
    status: str
    article_id: int | None = None
    copy_of: int | None = None
    original_title: str | None = None
    reason: str | None = None


@dataclass
class IngestReport:
    """What an ingest did, and the lines to show the user."""

    ingested: int = 0
    duplicates: int = 0
    copies: int = 0
    failed: int = 0
    skipped: int = 0
    quotes: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    results: list[ItemResult] = field(default_factory=list)

    def summary(self) -> str:
        """The one-line summary: `ingested N, duplicates D, failed F, copies C` (copies are
        syndicated copies stored linked to their original, not counted in N)."""
        return (
            f"ingested {self.ingested}, duplicates {self.duplicates}, failed {self.failed}, "
            f"copies {self.copies}"
        )

    def copy_lines(self) -> list[str]:
        """One line per syndicated copy: what it copies."""
        return [
            f"copy: {r.origin}: syndicated copy of article {r.copy_of} "
            f"\u201c{r.original_title or ''}\u201d; its quotes are not counted again"
            for r in self.results
            if r.status == COPY
        ]
