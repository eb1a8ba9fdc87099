"""Key figures for a brief: casualty counts, sums, percentages and other counts found in the
articles about a subject, each with who gave it.

Read at question time from the stored text with regular expressions (no spaCy): a number
with its qualifier and what it counts ("at least 1,754 deaths", "18 million pounds",
"27 percent"). Years, dates, times and ordinals are not figures. The source is the speaker
when the number sits inside a stored quote, the name after "according to" when the sentence
gives one, else the article itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storage.db import Store
from storage.profiles import article_texts, quote_spans

MAX_FIGURES = 6
_QUALIFIER = (
    r"(?:(?:at least|at most|more than|less than|fewer than|over|under|nearly|almost|about|"
    r"around|roughly|approximately|some|up to|as many as|as much as|an estimated|a total of|"
    r"only|just)\s+)?"
)
_NUMBER = r"(?:[$\u00a3\u20ac]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?:%|percent|per cent|million|billion|trillion|thousand|bn|m|k)\b)?"
_COUNTED = r"(?:\s+(?!(?:and|or|to|of|in|on|at|by|from|the|a|an)\b)[a-z][\w-]*){0,3}"
FIGURE = re.compile(rf"\b{_QUALIFIER}{_NUMBER}{_SCALE}{_COUNTED}", re.I)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_NOT_FIGURE = re.compile(
    rf"^(?:(?:19|20)\d\d(?!\s*(?:%|percent|million|billion|people|\w+s\b))|"
    rf"\d{{1,2}}\s*(?:a\.?m\.?|p\.?m\.?|o'clock|:\d\d)|\d{{1,2}}\s+{_MONTHS}\b)",
    re.I,
)
_CASUALTY = re.compile(
    r"\b(?:killed|dead|deaths?|died|injured|wounded|casualt\w*|fatalit\w*|missing|displaced|"
    r"evacuat\w*|hospitali[sz]ed|arrested|detained|homeless|death toll|victims?|hostages?)\b",
    re.I,
)
_MONEY = re.compile(r"[$\u00a3\u20ac]|\b(?:pounds|dollars|euros|million|billion)\b", re.I)
_ACCORDING = re.compile(r"according to ((?:the )?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|No|Jr|Sr|Inc|Co|vs|[A-Z])\.$"
)


@dataclass(frozen=True)
class Figure:
    """A number the articles give, what it counts, and who gave it."""

    text: str
    sentence: str
    source: str
    article_id: int
    article_title: str
    url: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON fields."""
        return {
            "text": self.text,
            "sentence": self.sentence,
            "source": self.source,
            "article": {
                "id": self.article_id,
                "title": self.article_title,
                "url": self.url,
                "published": self.published,
            },
        }


def key_figures(store: Store, article_ids: list[int], terms: list[str]) -> list[Figure]:
    """The most telling figures in the articles (casualties first, then sums and shares,
    then other counts; sentences naming the subject first), at most MAX_FIGURES."""
    if not article_ids:
        return []
    spans = quote_spans(store, article_ids)
    scored: list[tuple[float, int, Figure]] = []
    stems = [t.lower()[:5] for t in terms if t]
    for order, article in enumerate(article_texts(store, article_ids)):
        for sentence, offset in _sentences(article["body"]):
            for match in FIGURE.finditer(sentence):
                text = match.group(0).strip()
                if _NOT_FIGURE.match(re.sub(_QUALIFIER_RE, "", text)) or len(text) < 2:
                    continue
                score = 0.0
                if _CASUALTY.search(sentence):
                    score += 4
                if _MONEY.search(text) or "%" in text or "percent" in text.lower():
                    score += 2
                if any(stem in sentence.lower() for stem in stems):
                    score += 2
                if not re.search(r"[a-z%]", text, re.I):
                    score -= 3  # a bare number counts nothing we can name
                score -= order * 0.1
                source = _source(
                    sentence, offset + match.start(), spans.get(article["id"], []), article
                )
                figure = Figure(
                    text,
                    sentence.strip(),
                    source,
                    article["id"],
                    article["title"],
                    article["url"],
                    article["published"],
                )
                scored.append((score, len(scored), figure))
    scored.sort(key=lambda item: (-item[0], item[1]))
    figures: list[Figure] = []
    sentences: set[str] = set()
    for score, _, figure in scored:
        if score < 0 or figure.sentence in sentences:
            continue
        sentences.add(figure.sentence)
        figures.append(figure)
        if len(figures) >= MAX_FIGURES:
            break
    return figures


_QUALIFIER_RE = re.compile(_QUALIFIER, re.I)


def _sentences(body: str) -> list[tuple[str, int]]:
    """Sentences with their offsets: a stop, then space and a capital; not after "Dr."."""
    found = []
    start = 0
    for boundary in _BOUNDARY.finditer(body):
        newline = "\n" in boundary.group(0)
        if not newline and _ABBREVIATION.search(body[start : boundary.start()]):
            continue
        if body[start : boundary.start()].strip():
            found.append((body[start : boundary.end()], start))
        start = boundary.end()
    if body[start:].strip():
        found.append((body[start:], start))
    return found


def _source(
    sentence: str, position: int, spans: list[tuple[int, int, str]], article: dict[str, Any]
) -> str:
    for start, end, speaker in spans:
        if start <= position < end:
            return speaker
    according = _ACCORDING.search(sentence)
    if according:
        return according.group(1)
    return str(article["source"] or article["title"])
