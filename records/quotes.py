"""A quote across the layers: the row storage reads back (`QuoteRow`), and the quote an answer
shows (`QuoteView`, with its article as an `ArticleRef`). Extraction's own record is
`records.extraction.Quote`. `QuoteView.from_row` is the one place a row becomes a view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class QuoteRow:
    """A stored quote with its article."""

    id: int
    speaker_id: int | None
    speaker: str | None
    speaker_kind: str | None
    speaker_title: str | None
    speaker_org: str | None
    mention: str | None
    kind: str
    cue: str | None
    text: str
    start: int
    end: int
    attribution: int
    sentence: str
    article_id: int
    article_title: str
    url: str | None
    published: str | None
    source: str | None
    ingested_at: str
    rank: float = 0.0
    shape: str | None = None  # what the cue reports: extract/shapes.py; None in old stores


@dataclass(frozen=True)
class ArticleRef:
    """Where a quote was published."""

    id: int
    title: str
    url: str | None
    published: str | None
    source: str | None
    also_in: tuple[dict[str, Any], ...] = ()  # syndicated copies: id, title, url, source

    def to_dict(self) -> dict[str, Any]:
        """JSON fields."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "source": self.source,
        }


@dataclass(frozen=True)
class QuoteView:
    """One quote as answers show it."""

    id: int
    speaker: str | None
    speaker_title: str | None
    speaker_org: str | None
    mention: str | None
    kind: str
    cue: str | None
    text: str
    start: int
    end: int
    attribution: int
    article: ArticleRef
    match: str = "quote"
    # One statement (attribution) may be several stored pieces: `spans` are the pieces'
    # (start, end) in the article body and `quoted` the words inside quotation marks there;
    # `marked` gives the quoted words as (start, end) within `text`, for the renderers.
    spans: tuple[tuple[int, int], ...] = ()
    quoted: tuple[tuple[int, int], ...] = ()
    marked: tuple[tuple[int, int], ...] = ()
    sentence: str | None = None
    speaker_kind: str | None = None  # "person" or "org" (not in the JSON)
    shape: str | None = None  # clause, verb, quote or noun (extract/shapes.py; not in the JSON)
    # Its cue comes after a modal ("would also close"): not something said (ask/speech.py).
    hypothetical: bool = False

    @classmethod
    def from_row(cls, row: QuoteRow, match: str = "quote", hypothetical: bool = False) -> QuoteView:
        """A stored quote as answers show it; `match` is how it was found."""
        return cls(
            id=row.id,
            speaker=row.speaker,
            speaker_title=row.speaker_title,
            speaker_org=row.speaker_org,
            mention=row.mention,
            kind=row.kind,
            cue=row.cue,
            text=row.text,
            start=row.start,
            end=row.end,
            attribution=row.attribution,
            article=ArticleRef(
                row.article_id, row.article_title, row.url, row.published, row.source
            ),
            match=match,
            speaker_kind=row.speaker_kind,
            shape=row.shape,
            hypothetical=hypothetical,
        )

    @property
    def speaker_label(self) -> str:
        """The speaker's name, or how the article describes an unnamed source."""
        if self.speaker:
            return self.speaker
        return f"Unnamed ({self.mention})" if self.mention else "Unattributed"

    def to_dict(self) -> dict[str, Any]:
        """JSON fields (the `newsbrief ask --json` contract)."""
        return {
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "speaker_org": self.speaker_org,
            "kind": self.kind,
            "cue": self.cue,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "article": self.article.to_dict(),
            "id": self.id,
            "attribution": self.attribution,
            "mention": self.mention,
            "match": self.match,
            "also_in": list(self.article.also_in),
            "spans": [list(s) for s in self.spans or ((self.start, self.end),)],
            "quoted": [list(s) for s in self.quoted],
        }
