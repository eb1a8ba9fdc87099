"""Title holders a question means: "the minister" is the one the story is about."""

from __future__ import annotations

import re

from ask.organisations import names_an_organisation
from ask.people import SpeakerMatch
from ask.titles import before_preposition, role_forms
from common.names import fold, is_title_word
from storage.db import Store
from storage.quote_lookup import unnamed_quotes_of_role
from storage.quotes import QuoteRow
from storage.roles import story_quotes


def in_the_story(
    store: Store,
    found: SpeakerMatch,
    match: str | None,
    since: str | None = None,
    until: str | None = None,
) -> SpeakerMatch:
    """Of several speakers a title alone names, the ones the story is about: those quoted
    most in the stories about the question's topic (`match`), else in the latest stories
    quoting any of them. Each story weighs half the one after it and is shared among them
    by how often each is quoted in it; those with more than half the first's share stay."""
    if len(found.rows) < 2:
        return found
    ids = [r.id for r in found.rows]
    stories = story_quotes(store.db, ids, match, since=since, until=until) if match else []
    if not stories:
        stories = story_quotes(store.db, ids, None, since=since, until=until)
    scores: dict[int, float] = {}
    for age, quoted in enumerate(stories):
        total = sum(quoted.values())
        for speaker_id, count in quoted.items():
            scores[speaker_id] = scores.get(speaker_id, 0.0) + count / total / 2**age
    if not scores:
        return found
    top = max(scores.values())
    kept = [r for r in found.rows if scores.get(r.id, 0.0) * 2 > top]
    kept.sort(key=lambda r: -scores.get(r.id, 0.0))
    return SpeakerMatch(kept, found.how, found.exact)


def holder_phrase(phrase: str) -> bool:
    """Whether a phrase names a post by its role word ("the artistic director", "the chair of
    governors"): the last word before any preposition is a title word and nothing in it
    names an organisation."""
    words = re.findall(r"[^\W_]+", fold(phrase))
    head = [w for w in before_preposition(words) if w not in ("the", "a", "an")]
    return bool(head) and is_title_word(head[-1]) and not names_an_organisation(phrase)


def unnamed_holders(
    store: Store, role: str, since: str | None, until: str | None, limit: int
) -> list[QuoteRow]:
    """Quotes of a post's holder never named ("the artistic director said"), in any of the
    role's forms; a role with a complement ("chair of governors") also as its head alone
    ("the chair said") in the stories that name the post in full."""
    rows: list[QuoteRow] = []
    for form in role_forms(role) + _complement_forms(role):
        rows += unnamed_quotes_of_role(store, form, since=since, until=until, limit=limit)
    words = role.split()
    head = before_preposition(words)
    if 0 < len(head) < len(words):
        rows += unnamed_quotes_of_role(
            store, " ".join(head), since=since, until=until, limit=limit, article_holds=role
        )
    return list({r.id: r for r in rows}.values())


def _complement_forms(role: str) -> list[str]:
    """A role of a modifier and a head ("council leader") as the head with its complement
    ("leader of the council", "leader of council"): "the leader of the council said"."""
    words = role.split()
    if len(words) != 2 or not is_title_word(fold(words[1])) or is_title_word(fold(words[0])):
        return []
    return [f"{words[1]} of the {words[0]}", f"{words[1]} of {words[0]}"]
