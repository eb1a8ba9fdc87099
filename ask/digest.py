"""What a digest holds: the articles, quotes and people that are new since a subscription's
last digest (about its topic, when it has one; topic words match through the lexicon's
synonyms, as in answers).

"New" is by article id: a digest covers the articles with ids in (after, through], where
`after` is the subscription's watermark and `through` the newest article when it is built.
Syndicated copies are not counted (their original is).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ask.lexicon import concepts, describe, fts_query
from ask.ordering import distinct, grouped, to_views
from ask.search import Found, quotes_on_topic
from ask.speech import is_said
from ask.statements import as_statements
from ask.views import Answer, ArticleRef, QuoteView
from records.quotes import QuoteRow
from storage.db import Store
from storage.digests import (
    count_new_articles,
    latest_article_id,
    new_articles,
    speakers_new_since,
)
from storage.quote_lookup import quotes_in_article_range

MAX_DIGEST_QUOTES = 40
MAX_DIGEST_ARTICLES = 30
MAX_NEW_PEOPLE = 10
DIGEST = "digest"


@dataclass
class Digest:
    """A digest's content. `quotes` are grouped by speaker (most quoted first)."""

    topic: str | None
    searched: str
    after: int
    through: int
    article_count: int
    articles: list[ArticleRef] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    quote_count: int = 0
    new_people: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing new to tell."""
        return not self.article_count and not self.quotes

    def answer(self, title: str = "New quotes") -> Answer:
        """The quotes as an answer, for the renderers answers already have."""
        return Answer(title, DIGEST, self.topic, None, self.searched, quotes=list(self.quotes))

    @property
    def speakers(self) -> list[str]:
        """Named speakers, most quoted first."""
        return [g.speaker for g in self.answer().groups if g.quotes and g.quotes[0].speaker]

    def to_dict(self) -> dict[str, Any]:
        """JSON fields: counts, articles, quotes (as `newsbrief ask --json` has them),
        speakers and people newly in the news."""
        return {
            "topic": self.topic,
            "searched": self.searched,
            "empty": self.empty,
            "after_article": self.after,
            "through_article": self.through,
            "article_count": self.article_count,
            "quote_count": self.quote_count,
            "articles": [a.to_dict() for a in self.articles],
            "speakers": self.speakers,
            "new_people": self.new_people,
            "quotes": [q.to_dict() for q in self.quotes],
        }


def build_digest(
    store: Store, after: int, through: int | None = None, topic: str | None = None
) -> Digest:
    """The digest of what is new after article `after` (up to `through`, default the newest
    article): every new quote, or with a topic only the quotes and articles about it."""
    through = latest_article_id(store) if through is None else through
    through = max(through, after)
    groups = concepts(topic) if topic else []
    match = fts_query(groups) if groups else None
    if match is None:
        rows = quotes_in_article_range(store, after, through)
        found = _by_speaker([r for r in rows if _counts(r)])
        articles = new_articles(store, after, through, limit=MAX_DIGEST_ARTICLES)
        article_count = count_new_articles(store, after, through)
        searched = "everything new"
    else:
        hits = quotes_on_topic(store, groups, articles=(after, through), limit=500, stories=True)
        found = grouped(distinct(hits), ranked=True, limit=0)
        about = new_articles(store, after, through, match, limit=500)
        quoted = {f.row.article_id for f in found}
        known = {a["id"] for a in about}
        articles = about + [_article(f.row) for f in found if f.row.article_id not in known]
        articles = list({a["id"]: a for a in articles}.values())
        articles.sort(key=lambda a: a["id"])
        article_count = len({a["id"] for a in articles} | quoted)
        articles = articles[:MAX_DIGEST_ARTICLES]
        searched = f"quotes about {describe(groups)}"
    found = distinct(found)  # each statement once, where it first appears
    views = to_views(found)
    said = [v for v in as_statements(store, views) if is_said(v)]  # what answers would show
    digest = Digest(
        topic=topic or None,
        searched=searched,
        after=after,
        through=through,
        article_count=article_count,
        articles=[_ref(a) for a in articles],
        quotes=said[:MAX_DIGEST_QUOTES],
        quote_count=len(said),
    )
    speakers = {q.speaker for q in views if q.speaker}
    people = speakers_new_since(store, after, through, limit=100)
    digest.new_people = [p for p in people if p["name"] in speakers][:MAX_NEW_PEOPLE]
    return digest


def _counts(row: QuoteRow) -> bool:
    return bool(row.text.strip())


def _by_speaker(rows: list[QuoteRow]) -> list[Found]:
    """Named speakers first, the most quoted first; each speaker's quotes in article order."""
    groups: dict[Any, list[QuoteRow]] = {}
    for row in rows:
        key = row.speaker_id if row.speaker_id is not None else ("unnamed", row.mention)
        groups.setdefault(key, []).append(row)
    order = sorted(
        groups.items(), key=lambda item: (isinstance(item[0], tuple), -len(item[1]), item[1][0].id)
    )
    return [Found(row, "speaker") for _, members in order for row in members]


def _article(row: QuoteRow) -> dict[str, Any]:
    return {
        "id": row.article_id,
        "title": row.article_title,
        "url": row.url,
        "published": row.published,
        "source": row.source,
        "ingested_at": row.ingested_at,
    }


def _ref(article: dict[str, Any]) -> ArticleRef:
    return ArticleRef(
        article["id"], article["title"], article["url"], article["published"], article["source"]
    )
