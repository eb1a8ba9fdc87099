"""The stories on a topic of a speaker asked for by what they are ("what did the solicitor
say about the allegations", "the nurse on the diversion"): a description picks out a story's
person, and that story is about the topic when its headline or body names every concept of
it, although the person's own words never do ("The solicitor, X, said his client had never
shouted at a child" in the story of the allegations against the client)."""

from __future__ import annotations

from ask.asking import Ask
from ask.search import Found, FoundList
from storage.quote_lookup import articles_naming, quotes_by_speakers
from storage.quotes import QuoteRow


def stories_naming(ask: Ask, groups: list[tuple[str, ...]], article_ids: list[int]) -> set[int]:
    """Those of the stories whose headline or body names every concept of the topic (in
    one of its forms): "A nurse who lives in the village said ..." in a story on the
    diversion is the nurse on the diversion."""
    there = set(article_ids)
    for group in groups:
        there &= set().union(*(articles_naming(ask.store, form, sorted(there)) for form in group))
    return there if groups else set()


def in_stories_on(rows: list[QuoteRow], ask: Ask, groups: list[tuple[str, ...]]) -> FoundList:
    """The quotes among `rows` given in a story that names every concept of the topic."""
    there = stories_naming(ask, groups, sorted({r.article_id for r in rows}))
    return FoundList(Found(r, "article") for r in rows if r.article_id in there)


def described_on_topic(ask: Ask, ids: list[int], groups: list[tuple[str, ...]]) -> FoundList:
    """The remarks of people asked for by description (speaker ids `ids`) in the stories
    that name every concept of the topic."""
    since, until = ask.bounds
    rows = quotes_by_speakers(ask.store, ids, since=since, until=until, limit=ask.reach)
    return in_stories_on(rows, ask, groups)
