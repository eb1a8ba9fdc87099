"""The answer every surface renders (terminal, Slack, JSON): what was searched, the quotes
grouped by speaker, and for profiles and briefs the articles, people and figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ask.figures import Figure
from ask.when import Period
from records.quotes import ArticleRef, QuoteView

__all__ = [
    "Answer",
    "ArticleRef",
    "QuoteView",
    "SpeakerGroup",
]  # ArticleRef, QuoteView: records/quotes.py


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
