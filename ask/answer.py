"""Answering a parsed question from the store: only what the store supports.

The answer classes live in `ask.views` and are re-exported here (`Answer`, `QuoteView`,
`ArticleRef`, `SpeakerGroup`) for every surface to render.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ask.asking import Ask
from ask.brief import a_few_each, brief
from ask.clause_verbs import clause_verbs
from ask.compare import COMPARE, compare_answer
from ask.events import date_event
from ask.followups import with_followups
from ask.head_asked import headed_answer
from ask.intents import (
    BRIEF,
    HELP,
    KEYWORD,
    WHAT_DID_X_SAY,
    WHO_IS,
    WHO_SAID_WHAT,
    Query,
    spoken_for,
)
from ask.keyword_splits import described_phrase, speaker_topic_splits
from ask.kind_asked import of_kind
from ask.lexicon import concepts, describe, fts_query
from ask.named_stories import ENOUGH_STORIES, asks_about, with_named_stories
from ask.ordering import MAX_QUOTES, distinct, to_views
from ask.org_forms import other_forms
from ask.people import find_speakers, title_alone
from ask.people_news import PEOPLE, people_answer
from ask.publics import AskedPublic, asked_public, public_answer
from ask.publishers import find_scope, in_publishers
from ask.search import Found, FoundList, quotes_on_topic
from ask.speaker_answer import speaker_answer, strip_the
from ask.speaker_question import speaker_question
from ask.speech import is_said
from ask.stance import DOUBT, NEGATIVE, by_stance, topic_words
from ask.stance_denial import DENY
from ask.stance_owner import topic_owner
from ask.stance_stories import with_framed_speakers
from ask.stance_target import topic_people
from ask.statements import as_statements
from ask.title_holders import in_the_story
from ask.titles import names_office
from ask.unsaid_words import said_anywhere, said_concepts
from ask.verbatim import asked_words, verbatim_answer
from ask.views import Answer, ArticleRef, QuoteView, SpeakerGroup
from ask.when import Period
from ask.window_answer import asks_everything, window_answer
from common.names import is_title_word
from storage.db import Store
from storage.overview import article_span
from storage.profiles import count_articles, speaker_profile
from storage.quote_lookup import (
    quotes_by_speakers,
)
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

_SIDES = {
    NEGATIVE: "critical of",
    DOUBT: "doubtful of",
    DENY: "denying",
}  # the side a stance question asks

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
            lambda p: _resolve_period(store, p, query),
        )
        return _with_copies(store, every)
    if query.intent == PEOPLE:  # "who's in the news": see ask/people_news.py
        period = _resolve_period(store, query.period, query)
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
    ask = Ask(store, query, _resolve_period(store, query.period, query), limit, sources)
    if query.intent == HELP:
        return Answer(query.question, HELP, None, None, "help", message=HELP_TEXT)
    if asks_everything(query.question, ask.period):  # "who said what on Tuesday"
        return window_answer(ask)
    remark = None if query.speaker else asked_words(query.question)
    if remark is not None:  # "who said 'No Bus, No Village'": those words, said by someone
        return verbatim_answer(ask, remark, _topic_answer)
    if query.intent in (WHAT_DID_X_SAY, WHO_SAID_WHAT) and not query.stance:
        public = asked_public(query.question, query.topic)  # "what did residents say"
        if public is not None:
            return public_answer(ask, public)
    voice = spoken_for(query)  # "who spoke for the canal trust?": what the trust said
    if voice is not None:
        said = f"what did {voice[0]} say" + (f" about {voice[1]}" if voice[1] else "")
        asked = replace(
            query, question=said, intent=WHAT_DID_X_SAY, speaker=voice[0], topic=voice[1]
        )
        voiced = _answer(store, asked, limit, sources)
        if voiced.quotes:  # else a topic after all: "who spoke for the plan?"
            return replace(voiced, question=query.question)
    if query.intent == WHAT_DID_X_SAY:  # "the landfill boss": its managing director

        def said_by(who: str) -> Answer:
            return speaker_question(ask, who, query.topic)

        heard = headed_answer(query.speaker or "", said_by)
        if not heard.quotes and query.topic:  # "the bus company": the one on the topic
            heard = of_kind(store, query.speaker or "", query.topic, said_by) or heard
        public = None if heard.quotes else _public_asked(query)
        if public is not None:  # "what did the midwives say?": nobody holds the words
            theirs = public_answer(ask, public)
            if theirs.quotes:
                return theirs
        if heard.quotes or not query.maybe_speaker:
            return heard
        # "noise complaints on the estate": no speaker "noise", so all of it is the topic
        whole = f"{query.speaker} {query.topic or ''}".strip()
        asked = replace(query, intent=WHO_SAID_WHAT, speaker=None, topic=whole)
        return _topic_answer(replace(ask, query=asked), whole)
    if query.intent == COMPARE:  # each speaker their share: see ask/compare.py
        return compare_answer(
            query.question,
            query.speakers,
            query.topic,
            limit,
            lambda who, n: speaker_question(replace(ask, limit=n), who, query.topic),
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
            return speaker_answer(ask, typo, None, query.topic)
    return answer


def _public_asked(query: Query) -> AskedPublic | None:
    """The public a "what did X say" question asks about, however it is worded: "highways
    boss - what's he said" asks as "what did highways boss say" does."""
    found = asked_public(query.question, query.topic, loose=True)
    if found is not None or not query.speaker or query.maybe_speaker:
        return found  # (a phrase that may be a topic is one when nobody holds its words)
    at = query.question.lower().find(query.speaker)
    if at < 0:
        return None
    who = query.question[at : at + len(query.speaker)]  # as written: "Graham Wells" is a name
    about = f" about {query.topic}" if query.topic else ""
    return asked_public(f"what did {who} say{about}", query.topic, loose=True)


def _resolve_period(store: Store, period: Period | None, query: Query) -> Period | None:
    """ "In June" with no year: the latest June the store has articles from (not in the
    future), however far back its articles go; the latest June when it has none. "Before
    the vote": the vote the stories on the topic (or the speaker's) report (ask/events.py)."""
    if period is not None and period.event is not None:
        speakers = find_speakers(store, query.speaker).rows if query.speaker else []
        return date_event(store, period, query.topic, [r.id for r in speakers])
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


def _keyword_as_speaker(ask: Ask, text: str) -> Answer | None:
    """ "Aranda on rationing", "the mayor on leaks", "Halden quotes", "Boateng": a speaker
    the store knows (by name; by title when the phrase says "the ..."), with a topic; else a
    description the question writes without "the" ("vicar of St Ealdred's on the well
    dressing"), as "what did the ... say about" would read it."""
    splits = speaker_topic_splits(text)
    for phrase, topic in splits:
        if topic is None and phrase == text.lower():
            found = find_speakers(ask.store, phrase, loose=False)
            if found.rows and found.exact:
                return speaker_answer(ask, found, None, phrase)
            continue
        # by title when the phrase says "the ..." or ends in an office ("Brackwell deputy
        # leader on the libraries")
        # (or starts with one: "Mayor of Harbridge on rough sleeping")
        loose = phrase.startswith("the ") or names_office(phrase)
        loose = loose or (topic is not None and is_title_word(phrase.split()[0]))
        found = find_speakers(ask.store, phrase, loose=loose)
        if (found.rows and found.how != "fuzzy") or other_forms(ask.store, phrase):
            # "ARTU quotes on Kellway": an organisation by another form of its name too
            return speaker_answer(ask, found, topic, phrase)
    for phrase, topic in splits:
        said = topic is not None or phrase != text.lower()  # "chess coach quotes": a speaker
        described = described_phrase(ask.query.question, phrase) if said else None
        if described is not None:  # "air ambulance charity on the fundraiser": a description
            answer = speaker_question(ask, described, topic)
            if answer.quotes:
                return answer
    return None


def cased(question: str, topic: str) -> str:
    """The topic as the question writes it (its capitals tell its names), else as given."""
    at = question.lower().find(topic.lower())
    found = question[at : at + len(topic)] if at >= 0 else ""
    return found if found.lower() == topic.lower() else topic


def _topic_answer(ask: Ask, topic: str) -> Answer:
    # "expansion": no story's word; a side asked for must be taken on the rest ("who
    # backed the quarry expansion?": a frame on the quarry), so an action word may go too
    written = cased(ask.query.question, topic)  # "the Royal Oak": a name's words
    capitalised = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", written))
    groups, unsaid = said_concepts(
        ask.store, concepts(topic), topic, speaker=bool(ask.query.stance), names=capitalised
    )
    searched = f"quotes about {describe(groups)}" if groups else "nothing to search for"
    apart = [g for g in unsaid if said_anywhere(ask.store, g)]  # said, never with the rest
    never = [g for g in unsaid if g not in apart]
    if never:
        searched += f" (no story says {describe(never)})"
    if apart:
        searched += f" (no story says {describe(apart)} with the rest)"
    answer = ask.answer(ask.query.intent, topic or None, None, searched)
    if fts_query(groups) is None:
        answer.message = "Tell me a topic to search for, e.g. /whosaid ceasefire."
        return answer
    since, until = ask.bounds
    found = quotes_on_topic(
        ask.store,
        groups,
        since=since,
        until=until,
        stories=True,
        limit=ask.reach,
        names=capitalised,
        clause=clause_verbs(topic),  # "the link with France ending": the story of its closing
    )
    # few stories in the topic's words: those about its names too ("Dunmarra"); for a
    # side taken on it, only when none says it (a side must be taken on the topic itself)
    names: list[tuple[str, ...]] = []
    if ask.query.stance or asks_about(ask.query.question, topic):
        found, names = with_named_stories(
            ask.store,
            topic,
            groups,
            found,
            since=since,
            until=until,
            limit=ask.reach,
            enough=1 if ask.query.stance else ENOUGH_STORIES,
        )
    if names:
        answer.searched += f"; then stories about {describe(names)}"
    if not ask.query.stance and asks_about(ask.query.question, topic):  # and their follow-ups
        found = with_followups(ask.store, groups, found, since=since, until=until)
    found = ask.with_recalled(
        found,
        lambda s, u: quotes_on_topic(
            ask.store, groups, since=s, until=u, stories=True, limit=ask.reach
        ),
    )
    about = find_speakers(ask.store, topic, loose=False)  # a body's own words are news of it
    own = {r.id for r in about.rows} if about.exact else set()
    if own and all(r.kind == "person" for r in about.rows):  # "about Aranda": others on her
        others = FoundList(f for f in found if f.row.speaker_id not in own)
        others.unread, found = found.unread, others
    if ask.query.stance:  # "who criticised X": those who took that side (ask/stance.py)
        people, surnames = topic_people(ask.store, topic)  # "the council leader": her
        words = topic_words(topic, groups) + surnames
        found, stories = with_framed_speakers(  # framed on it in its stories (ask/stance_stories)
            ask.store, found, groups, words, ask.query.stance, since=since, until=until
        )
        # whose it is: its side's own words are no criticism
        owner = topic_owner(topic, ask.query.question)
        found, sided = by_stance(ask.store, found, ask.query.stance, words, stories, owner, people)
        if own:  # "who had a go at Aranda": never Aranda herself
            kept = FoundList(f for f in found if f.row.speaker_id not in own)
            kept.unread, found = found.unread, kept
        side = _SIDES.get(ask.query.stance, "in favour of")
        answer.searched += f"; {side} it" if sided else f"; nobody reported {side} it"
    ask.show(answer, found, ranked=True)
    if not answer.quotes:
        answer.message = f"No quotes found about {topic}{ask.when()}."
    return answer


def _profile_answer(ask: Ask) -> Answer:
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
    profile = speaker_profile(ask.store, None, strip_the(phrase))
    if profile is not None:
        answer.profile = profile
        answer.message = f"{profile['name']} is mentioned but has not been quoted."
        return answer
    if query.maybe_speaker:  # "tell me about the bridge": a topic, not a person
        return _brief_answer(ask, phrase)
    answer.message = f"I have not read about {phrase}."
    return answer


def _brief_answer(ask: Ask, subject: str) -> Answer:
    """A brief; on a topic, the quotes a question of who said what about it finds (its
    stories' remarks and those of the stories naming it too): a few each for a brief asked
    for ("brief me on X", /brief), every one, best first, for a loose question ("anything on
    X?", "tell me about X"), which asks what was said."""
    answer = brief(ask.store, ask.query, ask.period, subject)
    if answer.profile is not None or fts_query(concepts(subject)) is None:
        return answer
    said = _topic_answer(replace(ask, limit=0), subject)
    if said.quotes:
        loose = ask.query.intent != BRIEF
        answer.quotes, answer.message = said.quotes if loose else a_few_each(said.quotes), None
    return answer
