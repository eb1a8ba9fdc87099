"""A post asked for whose holder the stories name but never quote: "what did the council
leader say?" when the story says "the council leader, Cllr Martin Ebdon, was absent" and
only the leader of the opposition group spoke.

The best-fitting speaker of such a question holds part of the post at most ("Leader" of the
opposition group; a union's branch secretary for "the education secretary"; the town mayor
for "the mayor of Saint-Aubin"): their words are another person's, and a reporter asking
for the council leader's would quote them wrongly. So when a story names someone beside the
post in the question's own words (storage/post_mentions.py), nobody quoted has that surname,
and no speaker of the answer holds every word of the post in their title or organisation,
the answer says who holds it and that they have not been quoted, and gives no quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ask.cast_asked import cast_words
from ask.org_kinds import kind_words
from ask.views import Answer, QuoteView
from common.names import clean_name, fold
from storage.db import Store
from storage.post_mentions import people_named_with, quoted
from storage.quote_lookup import described_with

_POST = re.compile(r"^the\s+(?P<post>[^\W\d_][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4})$", re.I)
_LINKING = frozenset({"of", "for", "the", "and"})
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def post_words(phrase: str) -> list[str]:
    """The words of a post asked for as "the <post>" ("the council leader": council,
    leader), empty for any other phrase (a name, a body's name)."""
    found = _POST.match(phrase.strip())
    return _WORD.findall(found.group("post")) if found else []


def unquoted_holder(store: Store, phrase: str, answer: Answer) -> Answer | None:
    """The answer saying the post's unquoted holder has not been quoted (module rule), or
    None when the answer stands."""
    words = post_words(phrase)
    if not words or kind_words(phrase)[0]:  # "the older people's charity": a body's kind
        return None
    ids = sorted({q.article.id for q in answer.quotes})
    for quote in answer.quotes:
        if _holds(quote, [fold(w) for w in words]):
            return None  # one of them holds the whole post
        surname = (quote.speaker or "").split()[-1:]
        if surname and described_with(store, ids, surname[0], [" ".join(words)]):
            return None  # a sentence names them with it: "X, the cathedral's organist"
    former = cast_words().old
    holders = [
        clean_name(name)
        for name in people_named_with(store, words, former)
        if not quoted(store, name)
    ]
    if len(holders) != 1:
        return None
    asked = re.search(r"\s+".join(map(re.escape, words)), answer.question, re.I)
    post = asked.group(0) if asked else " ".join(words)  # as the question writes it
    about = f" about {answer.topic}" if answer.topic else ""
    message = f"{holders[0]}, the {post}, is mentioned but has not been quoted{about}."
    return replace(answer, quotes=[], total=None, speaker=holders[0], message=message)


def _holds(quote: QuoteView, words: list[str]) -> bool:
    """Whether a quote's speaker holds the post these (folded) words name: its head (the
    word before "of", else the last) in their title or organisation, or a noun of its
    family ("Rector" for "the vicar"), or its family's honorific in the words naming them
    ("the Rev Siobhan McCarthy"); and every other word of the post there too ("council"
    of "the council leader": not the leader of the opposition group)."""
    at = words.index("of") if "of" in words[1:] else len(words)
    head = words[at - 1]
    others = [w for w in words if w not in _LINKING and w != head]
    described = set(_WORD.findall(fold(f"{quote.speaker_title or ''} {quote.speaker_org or ''}")))
    named = set(_WORD.findall(fold(quote.mention or "")))
    family = cast_words().honorifics.get(head, frozenset())
    head_held = (
        head in described
        or any(family & cast_words().honorifics.get(w, frozenset()) for w in described)
        or bool(family & named)
    )
    return head_held and all(w in described for w in others)
