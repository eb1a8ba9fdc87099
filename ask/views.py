"""The answer every surface renders (terminal, Slack, JSON): what was searched, the quotes
grouped by speaker, and for profiles and briefs the articles, people and figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ask.figures import Figure
from ask.when import Period


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


@dataclass
class SpeakerGroup:
    """A speaker's quotes within an answer."""

    speaker: str
    title: str | None
    org: str | None
    quotes: list[QuoteView]


@dataclass
class Answer:
    """What a question returned."""

    question: str
    intent: str
    topic: str | None
    speaker: str | None
    searched: str
    quotes: list[QuoteView] = field(default_factory=list)
    message: str | None = None
    profile: dict[str, Any] | None = None
    articles: list[ArticleRef] = field(default_factory=list)
    period: Period | None = None
    people: list[dict[str, Any]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    total: int | None = None  # statements found in all; None: all are in `quotes`

    @property
    def more(self) -> int:
        """How many quotes were found beyond those in the answer."""
        return max(0, (self.total or 0) - len(self.quotes))

    @property
    def groups(self) -> list[SpeakerGroup]:
        """Quotes grouped by speaker, in answer order."""
        groups: dict[str, SpeakerGroup] = {}
        for quote in self.quotes:
            key = quote.speaker_label
            if key not in groups:
                groups[key] = SpeakerGroup(key, quote.speaker_title, quote.speaker_org, [])
            groups[key].quotes.append(quote)
        return list(groups.values())

    def to_dict(self) -> dict[str, Any]:
        """JSON fields (the `newsbrief ask --json` contract, plus extras)."""
        return {
            "question": self.question,
            "intent": self.intent,
            "topic": self.topic,
            "speaker": self.speaker,
            "searched": self.searched,
            "message": self.message,
            "quotes": [q.to_dict() for q in self.quotes],
            "profile": self.profile,
            "articles": [a.to_dict() for a in self.articles],
            "period": self.period_dict(),
            "people": self.people,
            "figures": [f.to_dict() for f in self.figures],
            "total": len(self.quotes) + self.more,
            "more": self.more,
        }

    def period_dict(self) -> dict[str, Any] | None:
        """The time window searched, if the question named one (bounds in UTC)."""
        if self.period is None:
            return None
        since, until = self.period.sql_bounds()
        return {"label": self.period.label, "since": since, "until": until}
