"""Answering a parsed question from the store: only what the store supports.

The answer classes live in `ask.views` and are re-exported here (`Answer`, `QuoteView`,
`ArticleRef`, `SpeakerGroup`) for every surface to render.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ask.brief import brief
from ask.compare import COMPARE, compare_answer
from ask.intents import (
    BRIEF,
    HELP,
    KEYWORD,
    WHAT_DID_X_SAY,
    WHO_IS,
    Query,
    speaker_topic_splits,
)
from ask.lexicon import concepts, describe, fts_query
from ask.ordering import MAX_QUOTES, distinct, select, to_views
from ask.people import (
    SpeakerMatch,
    find_speakers,
    in_the_story,
    names_an_organisation,
    org_members,
    title_alone,
)
from ask.people_news import PEOPLE, people_answer
from ask.publishers import find_scope, in_publishers
from ask.search import Found, FoundList, quotes_on_topic
from ask.speech import is_said
from ask.statements import as_statements
from ask.views import Answer, ArticleRef, QuoteView, SpeakerGroup
from ask.when import Period
from storage.db import Store
from storage.overview import article_span
from storage.profiles import count_articles, speaker_profile
from storage.quote_lookup import (
    count_statements_by_speakers,
    quotes_by_speakers,
    unnamed_quotes_of_orgs,
    unnamed_quotes_of_role,
)
from storage.quotes import QuoteRow
from storage.syndication import copies_of

__all__ = [
    "MAX_QUOTES",
    "HELP_TEXT",
    "Answer",
    "ArticleRef",
    "QuoteView",
    "SpeakerGroup",
    "answer_question",
]

HELP_TEXT = (
    "Ask me about the news I have read:\n"
    "- who said what about the ceasefire?  (or /whosaid ceasefire)\n"
    "- what did the mayor say about rationing this week?\n"
    "- any quotes from Halden?  /  Aranda on rationing\n"
    "- who is Tanvir Rahman?\n"
    "- brief me on the Kingsferry Bridge  (or /brief Kingsferry Bridge)\n"
    "- who's in the news this week?  /  who has been quoted about the drought?\n"
    "- compare what Aranda and de Jong said about rationing\n"
    "- rationing from the Serrana News Agency  (only that publisher's articles)\n"
    "Add a time if you like: today, yesterday, this week, since Monday, in October, "
    "between 3 and 5 June."
)


@dataclass(frozen=True)
class _Ask:
    """A question with its time window resolved against the store."""

    store: Store
    query: Query
    period: Period | None
    limit: int = MAX_QUOTES
    sources: frozenset[str] | None = None  # a publisher filter (ask/publishers.py)

    @property
    def reach(self) -> int:
        """How many quotes to read to fill an answer of `limit` statements and count the
        rest (0: all there are, up to the ranking window; so too with a publisher filter)."""
        return max(SEARCH_QUOTES, 3 * self.limit) if self.limit and not self.sources else ALL_QUOTES

    def show(self, answer: Answer, found: list[Found], ranked: bool) -> None:
        """Set the answer's quotes (each statement once, at most `limit`) and total."""
        if self.sources is not None:  # only the publishers' articles (nothing left unread)
            found = [f for f in found if f.row.source in self.sources]
        chosen, total = select(found, ranked, self.limit)
        views = as_statements(self.store, to_views(chosen))
        shown = [view for view in views if is_said(view)]  # narration about them left out
        total += found.unread if isinstance(found, FoundList) else 0
        # Pieces joined into statements, repeats and narration left out: count what is shown.
        answer.total = total + len(shown) - len(chosen)
        answer.quotes = shown[: self.limit] if self.limit else shown

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        return self.period.sql_bounds() if self.period else (None, None)

    def when(self) -> str:
        return f" {self.period.label}" if self.period else ""

    def answer(self, intent: str, topic: str | None, speaker: str | None, searched: str) -> Answer:
        return Answer(
            self.query.question, intent, topic, speaker, searched + self.when(), period=self.period
        )


# Quotes read for an answer of the default size, and for "all" (`limit` 0).
SEARCH_QUOTES = 200
ALL_QUOTES = 5_000


def answer_question(store: Store, query: Query, *, limit: int | None = None) -> Answer:
    """Answer a parsed question from the store (only what the store supports), with at
    most `limit` quotes (None: MAX_QUOTES; 0: all); `Answer.more` says how many more."""
    most = MAX_QUOTES if limit is None else max(0, limit)
    scope = find_scope(store, query.question) if query.intent != HELP else None
    if scope is not None:  # "taxes in the nyt": see ask/publishers.py
        every = in_publishers(
            store,
            query,
            scope,
            most,
            limit,
            lambda q: _answer(store, q, most, frozenset(scope.sources)),
            lambda p: _resolve_period(store, p),
        )
        return _with_copies(store, every)
    if query.intent == PEOPLE:  # "who's in the news": see ask/people_news.py
        period = _resolve_period(store, query.period)
        return _with_copies(store, people_answer(store, query.question, query.topic, period, limit))
    return _with_copies(store, _answer(store, query, most))


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


def _answer(
    store: Store, query: Query, limit: int, sources: frozenset[str] | None = None
) -> Answer:
    ask = _Ask(store, query, _resolve_period(store, query.period), limit, sources)
    if query.intent == HELP:
        return Answer(query.question, HELP, None, None, "help", message=HELP_TEXT)
    if query.intent == WHAT_DID_X_SAY:
        return _speaker_question(ask, query.speaker or "", query.topic)
    if query.intent == COMPARE:  # each speaker their share: see ask/compare.py
        return compare_answer(
            query.question,
            query.speakers,
            query.topic,
            limit,
            lambda who, n: _speaker_question(replace(ask, limit=n), who, query.topic),
        )
    if query.intent == WHO_IS:
        return _profile_answer(ask)
    if query.intent == BRIEF:
        return _brief_answer(ask, query.topic or query.speaker or "")
    if query.intent == KEYWORD and query.maybe_speaker and query.topic:
        resolved = _keyword_as_speaker(ask, query.topic)
        if resolved is not None:
            return resolved
    answer = _topic_answer(ask, query.topic or "")
    if not answer.quotes and query.intent == KEYWORD and query.topic:
        typo = find_speakers(store, query.topic)
        if typo.how == "fuzzy":
            return _speaker_answer(ask, typo, None, query.topic)
    return answer


def _resolve_period(store: Store, period: Period | None) -> Period | None:
    """ "In June" with no year: the latest June the store has articles from (not in the
    future), however far back its articles go; the latest June when it has none."""
    if period is None or not period.year_implied:
        return period
    first, _ = article_span(store)
    candidate = period
    while first is not None:
        since, until = candidate.sql_bounds()
        if count_articles(store, since, until):
            return candidate
        if (until or since or "") <= first:  # earlier than any article
            break
        candidate = candidate.earlier_year()
    return period


def _keyword_as_speaker(ask: _Ask, text: str) -> Answer | None:
    """ "Aranda on rationing", "the mayor on leaks", "Halden quotes", "Boateng": a speaker
    the store knows (by name; by title when the phrase says "the ..."), with a topic."""
    for phrase, topic in speaker_topic_splits(text):
        if topic is None and phrase == text.lower():
            found = find_speakers(ask.store, phrase, loose=False)
            if found.rows and found.exact:
                return _speaker_answer(ask, found, None, phrase)
            continue
        found = find_speakers(ask.store, phrase, loose=phrase.startswith("the "))
        if found.rows and found.how != "fuzzy":
            return _speaker_answer(ask, found, topic, phrase)
    return None


def _topic_answer(ask: _Ask, topic: str) -> Answer:
    groups = concepts(topic)
    searched = f"quotes about {describe(groups)}" if groups else "nothing to search for"
    answer = ask.answer(ask.query.intent, topic or None, None, searched)
    if fts_query(groups) is None:
        answer.message = "Tell me a topic to search for, e.g. /whosaid ceasefire."
        return answer
    since, until = ask.bounds
    found = quotes_on_topic(
        ask.store, groups, since=since, until=until, stories=True, limit=ask.reach
    )
    about = find_speakers(ask.store, topic, loose=False)
    if about.exact and about.rows:  # "who said what about Aranda": others on her
        own = {r.id for r in about.rows}
        others = FoundList(f for f in found if f.row.speaker_id not in own)
        others.unread, found = found.unread, others
    ask.show(answer, found, ranked=True)
    if not answer.quotes:
        answer.message = f"No quotes found about {topic}{ask.when()}."
    return answer


def _speaker_question(ask: _Ask, phrase: str, topic: str | None) -> Answer:
    found = find_speakers(ask.store, phrase)
    return _speaker_answer(ask, found, topic, phrase)


def _names(found: SpeakerMatch) -> str:
    return ", ".join(s.name for s in found.rows[:5]) + (
        " and others" if len(found.rows) > 5 else ""
    )


def _speaker_answer(ask: _Ask, found: SpeakerMatch, topic: str | None, phrase: str) -> Answer:
    since, until = ask.bounds
    orgs = [r.name for r in found.rows if r.kind == "org"] or (
        [] if found.rows else [_strip_the(phrase)]
    )
    if found.how == "role" and not orgs and names_an_organisation(phrase):
        # "quotes from Elm Police", "the hospital trust": an organisation known through
        # its people's affiliation; its unnamed spokespeople speak for it too.
        orgs = sorted({r.org for r in found.rows if r.org}) + [_strip_the(phrase)]
    unnamed = unnamed_quotes_of_orgs(ask.store, orgs, since=since, until=until, limit=ask.reach)
    if not found.rows and orgs:  # an organisation quoted only through its people
        found = SpeakerMatch(org_members(ask.store, orgs), "org")
        if not found.rows and unnamed:
            return _unnamed_answer(ask, unnamed, orgs[0])
    if not found.rows and title_alone(phrase):  # "the harbourmaster", never named
        holders = unnamed_quotes_of_role(
            ask.store, _strip_the(phrase), since=since, until=until, limit=ask.reach
        )
        if holders:
            return _unnamed_answer(ask, holders, phrase, topic)
    if not found.rows:
        answer = ask.answer(WHAT_DID_X_SAY, topic, phrase, f"quotes by {phrase}")
        mentioned = speaker_profile(ask.store, None, _strip_the(phrase))
        if mentioned is not None:
            count = len(mentioned["articles"])
            answer.message = (
                f"{mentioned['name']} is mentioned in {count} article(s) I have read, "
                "but not quoted."
            )
        else:
            answer.message = f"No quotes from {phrase} in the articles I have read."
        return answer
    if found.how == "role" and title_alone(phrase):  # "the minister": the story's minister
        match = fts_query(concepts(topic)) if topic else None
        found = in_the_story(ask.store, found, match, since, until)
    ids = [s.id for s in found.rows]
    names = _names(found)
    if topic:
        groups = concepts(topic)
        answer = ask.answer(
            WHAT_DID_X_SAY, topic, names, f"quotes by {names} about {describe(groups)}"
        )
        hits = quotes_on_topic(
            ask.store,
            groups,
            speaker_ids=ids,
            since=since,
            until=until,
            stories=True,
            limit=ask.reach,
        )
        if unnamed:  # the organisation's unnamed spokespeople on the topic too
            hits = _with_unnamed(ask, hits, groups, {r.id for r in unnamed})
        ask.show(answer, hits, ranked=True)
        if not answer.quotes:
            answer.message = f"{names} {_has(found)} not been quoted about {topic}{ask.when()}."
        return answer
    answer = ask.answer(WHAT_DID_X_SAY, None, names, f"quotes by {names}")
    rows = quotes_by_speakers(ask.store, ids, since=since, until=until, limit=ask.reach)
    rows = _newest_first(rows + unnamed)[: ask.reach]
    ask.show(answer, [Found(r, "speaker") for r in rows], ranked=False)
    if len(rows) >= ask.reach:  # more than were read: count them all
        answer.total = count_statements_by_speakers(ask.store, ids, since=since, until=until)
    if not answer.quotes:
        answer.message = f"No quotes from {names}{ask.when()}."
    return answer


def _with_unnamed(
    ask: _Ask, hits: FoundList, groups: list[tuple[str, ...]], unnamed: set[int]
) -> FoundList:
    """Topic hits plus those of the given unnamed quotes, best first."""
    since, until = ask.bounds
    extra = quotes_on_topic(
        ask.store, groups, since=since, until=until, stories=True, limit=ask.reach
    )
    have = {f.row.id for f in hits}
    merged = FoundList([*hits, *(f for f in extra if f.row.id in unnamed and f.row.id not in have)])
    merged.unread = hits.unread
    return merged


def _newest_first(rows: list[QuoteRow]) -> list[QuoteRow]:
    """Quotes of several lookups as one answer: newest article first, in article order."""
    return sorted(rows, key=lambda r: r.published or r.ingested_at or "", reverse=True)


def _unnamed_answer(ask: _Ask, rows: list[QuoteRow], who: str, topic: str | None = None) -> Answer:
    """An organisation whose only quotes are its unnamed spokespeople's, or a title holder
    never named (on the topic, when one is asked)."""
    answer = ask.answer(WHAT_DID_X_SAY, topic, who, f"quotes by {who}")
    if topic:
        since, until = ask.bounds
        keep = {r.id for r in rows}
        hits = quotes_on_topic(
            ask.store, concepts(topic), since=since, until=until, stories=True, limit=ask.reach
        )
        ask.show(answer, FoundList(f for f in hits if f.row.id in keep), ranked=True)
        return answer
    ask.show(answer, [Found(r, "speaker") for r in rows], ranked=False)
    return answer


def _has(found: SpeakerMatch) -> str:
    return "has" if len(found.rows) == 1 else "have"


def _strip_the(phrase: str) -> str:
    return phrase[4:] if phrase.lower().startswith("the ") else phrase


def _profile_answer(ask: _Ask) -> Answer:
    query = ask.query
    phrase = query.speaker or ""
    found = find_speakers(ask.store, phrase, loose=not query.maybe_speaker)
    answer = ask.answer(WHO_IS, None, phrase, f"who {phrase} is")
    since, until = ask.bounds
    if found.how == "role" and title_alone(phrase):  # "who is the minister": the story's
        found = in_the_story(ask.store, found, None, since, until)
    if found.rows:
        person = found.rows[0]
        answer.speaker = person.name
        answer.searched = f"who {person.name} is" + ask.when()
        answer.profile = speaker_profile(ask.store, person.id, person.name)
        rows = quotes_by_speakers(ask.store, [person.id], since=since, until=until, limit=10)
        latest = distinct([Found(r, "speaker") for r in rows])
        answer.quotes = [v for v in as_statements(ask.store, to_views(latest)) if is_said(v)]
        return answer
    profile = speaker_profile(ask.store, None, _strip_the(phrase))
    if profile is not None:
        answer.profile = profile
        answer.message = f"{profile['name']} is mentioned but has not been quoted."
        return answer
    if query.maybe_speaker:  # "tell me about the bridge": a topic, not a person
        return _brief_answer(ask, phrase)
    answer.message = f"I have not read about {phrase}."
    return answer


def _brief_answer(ask: _Ask, subject: str) -> Answer:
    return brief(ask.store, ask.query, ask.period, subject)
