"""The answer object every surface renders (terminal, Slack, JSON), built from the store."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ask.intents import BRIEF, HELP, KEYWORD, WHAT_DID_X_SAY, WHO_IS, WHO_SAID_WHAT, Query
from ask.lexicon import concepts, describe, fts_query
from ask.people import SpeakerMatch, find_speakers
from storage.db import Store
from storage.profiles import articles_about, speaker_profile
from storage.quotes import QuoteRow, quotes_about, quotes_by_speakers, quotes_in_articles_about
from storage.syndication import copies_of

MAX_QUOTES = 60


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
            "also_in": list(self.article.also_in),
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
        }


def answer_question(store: Store, query: Query) -> Answer:
    """Answer a parsed question from the store (only what the store supports)."""
    return _with_copies(store, _answer(store, query))


def _with_copies(store: Store, answer: Answer) -> Answer:
    """Name where else each quoted article ran (its syndicated copies): "also in"."""
    ids = {q.article.id for q in answer.quotes} | {a.id for a in answer.articles}
    copies = copies_of(store, sorted(ids))
    if not copies:
        return answer

    def ref(article: ArticleRef) -> ArticleRef:
        found = copies.get(article.id)
        return replace(article, also_in=tuple(found)) if found else article

    answer.quotes = [replace(q, article=ref(q.article)) for q in answer.quotes]
    answer.articles = [ref(a) for a in answer.articles]
    return answer


def _answer(store: Store, query: Query) -> Answer:
    if query.intent == HELP:
        return Answer(query.question, HELP, None, None, "help", message=HELP_TEXT)
    if query.intent in (WHO_SAID_WHAT, KEYWORD):
        return _topic_answer(store, query)
    if query.intent == WHAT_DID_X_SAY:
        return _speaker_answer(store, query)
    if query.intent == WHO_IS:
        return _profile_answer(store, query)
    if query.intent == BRIEF:
        return _brief_answer(store, query)
    return _topic_answer(store, query)


HELP_TEXT = (
    "Ask me about the news I have read:\n"
    "- who said what about the ceasefire?  (or /whosaid ceasefire)\n"
    "- what did the mayor say about rationing?\n"
    "- who is Tanvir Rahman?\n"
    "- brief me on the Kingsferry Bridge  (or /brief Kingsferry Bridge)"
)


def _views(rows: list[QuoteRow]) -> list[QuoteView]:
    return [
        QuoteView(
            id=r.id,
            speaker=r.speaker,
            speaker_title=r.speaker_title,
            speaker_org=r.speaker_org,
            mention=r.mention,
            kind=r.kind,
            cue=r.cue,
            text=r.text,
            start=r.start,
            end=r.end,
            attribution=r.attribution,
            article=ArticleRef(r.article_id, r.article_title, r.url, r.published, r.source),
        )
        for r in rows
    ]


def _date(row: QuoteRow) -> str:
    return row.published or row.ingested_at or ""


def _grouped(rows: list[QuoteRow], ranked: bool) -> list[QuoteRow]:
    """Named speakers before unnamed sources; speakers by their best match; each speaker's
    quotes newest first, in article order."""
    groups: dict[Any, list[QuoteRow]] = {}
    for row in rows:
        key = row.speaker_id if row.speaker_id is not None else ("unnamed", row.mention)
        groups.setdefault(key, []).append(row)

    def group_key(item: tuple[Any, list[QuoteRow]]) -> tuple[Any, ...]:
        key, members = item
        unnamed = isinstance(key, tuple)
        best = min(r.rank for r in members) if ranked else 0.0
        newest = max(_date(r) for r in members)
        return (unnamed, best, _reverse(newest))

    ordered: list[QuoteRow] = []
    for _, members in sorted(groups.items(), key=group_key):
        members.sort(key=lambda r: (_reverse(_date(r)), r.article_id, r.start))
        ordered.extend(members)
    return ordered[:MAX_QUOTES]


def _reverse(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _topic_answer(store: Store, query: Query) -> Answer:
    topic = query.topic or ""
    groups = concepts(topic)
    match = fts_query(groups)
    searched = f"quotes about {describe(groups)}" if groups else "nothing to search for"
    answer = Answer(query.question, query.intent, query.topic, None, searched)
    if match is None:
        answer.message = "Tell me a topic to search for, e.g. /whosaid ceasefire."
        return answer
    rows = quotes_about(store, match)
    answer.quotes = _views(_grouped(rows, ranked=True))
    if not answer.quotes:
        answer.message = f"No quotes found about {topic}."
    return answer


def _speaker_answer(store: Store, query: Query) -> Answer:
    found = find_speakers(store, query.speaker or "")
    answer = Answer(query.question, query.intent, query.topic, _speaker_label(found, query), "")
    if not found.rows:
        answer.searched = f"quotes by {query.speaker}"
        answer.message = f"No quotes from {query.speaker} in the articles I have read."
        return answer
    ids = [s.id for s in found.rows]
    names = ", ".join(s.name for s in found.rows[:5])
    if query.topic:
        groups = concepts(query.topic)
        match = fts_query(groups)
        answer.searched = f"quotes by {names} about {describe(groups)}"
        rows: list[QuoteRow] = []
        if match:
            rows = quotes_about(store, match, speaker_ids=ids)
            seen = {r.id for r in rows}
            rows += [r for r in quotes_in_articles_about(store, match, ids) if r.id not in seen]
        answer.quotes = _views(_grouped(rows, ranked=False))
        if not answer.quotes:
            answer.message = f"{names} has not been quoted about {query.topic}."
        return answer
    answer.searched = f"quotes by {names}"
    answer.quotes = _views(_grouped(quotes_by_speakers(store, ids), ranked=False))
    return answer


def _speaker_label(found: SpeakerMatch, query: Query) -> str | None:
    if found.rows:
        return ", ".join(s.name for s in found.rows[:5])
    return query.speaker


def _profile_answer(store: Store, query: Query) -> Answer:
    found = find_speakers(store, query.speaker or "")
    answer = Answer(query.question, WHO_IS, None, _speaker_label(found, query), "")
    answer.searched = f"who {query.speaker} is"
    if not found.rows:
        profile = speaker_profile(store, None, query.speaker or "")
        if profile is None:
            answer.message = f"I have not read about {query.speaker}."
        else:
            answer.profile = profile
            answer.message = f"{profile['name']} is mentioned but has not been quoted."
        return answer
    person = found.rows[0]
    answer.speaker = person.name
    answer.profile = speaker_profile(store, person.id, person.name)
    answer.quotes = _views(quotes_by_speakers(store, [person.id], limit=10))
    return answer


def _brief_answer(store: Store, query: Query) -> Answer:
    subject = query.speaker or query.topic or ""
    found = find_speakers(store, subject)
    groups = concepts(subject)
    match = fts_query(groups)
    answer = Answer(query.question, BRIEF, subject, None, f"the latest on {subject}")
    rows: list[QuoteRow] = []
    if found.rows:
        answer.speaker = found.rows[0].name
        answer.profile = speaker_profile(store, found.rows[0].id, found.rows[0].name)
        rows = quotes_by_speakers(store, [s.id for s in found.rows], limit=20)
    if match:
        seen = {r.id for r in rows}
        rows += [r for r in quotes_about(store, match, limit=60) if r.id not in seen]
        answer.articles = [
            ArticleRef(a["id"], a["title"], a["url"], a["published"], a["source"])
            for a in articles_about(store, match, limit=5)
        ]
    answer.quotes = _views(_grouped(rows, ranked=bool(match and not found.rows)))
    if not answer.quotes and not answer.articles:
        answer.message = f"I have nothing on {subject} yet."
    return answer
