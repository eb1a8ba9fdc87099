"""Unnamed sources a question asks for by a description with words after its head: "the
worker on the paint line", "the relative whose mother has dementia", "the mother of a
prisoner on F wing".

Rule: the question's head is its last word before the first word that opens a phrase or
clause after it (ask/data/descriptions.json "after_head": "of", "on", "whose", ...); its
content words are the others that are no stopword (ask/data/stopwords.txt). A stored
unnamed source matches when its description's head (the last word before its first comma or
such a word) is the head asked, singular or plural, or a word of its family of the same
gender ("the dad": "One father"), and its words or its sentence's hold more than half the
content words asked (or half of two or more with all those before the head: "the retired
nurse living on a narrowboat" is the story's "retired nurse" moored on the canal; or more
than half of those after the head, the words before it said in the story: "the cab driver
who wouldn't give his name" is "One driver, who did not want to be named" in the story of
the cabs), in any inflection (a story seldom uses the question's very words: "her son is
still held on F wing" for "a prisoner on F wing", "watched her car burn" for "the nurse
whose car burned"). A description with no words after its head is ask/described.py's.
"""

from __future__ import annotations

import re

from ask.back_references import named_again
from ask.described_asked import after_head
from ask.described_people import role_words, same_family
from ask.inflections import rough_stem
from ask.lexicon import load_topics, person_singular, search_stem, singular
from common.names import fold
from storage.db import Store
from storage.profiles import article_texts
from storage.quote_lookup import unnamed_quotes_described
from storage.quotes import QuoteRow

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")  # "didn't" whole: a stop word, like "did not"
_LEADING = {"the", "a", "an", "one", "some", "that", "this"}
_MIN_HEAD = 3
_MOST_WORDS = 14  # a longer phrase is no description asked


def _words(text: str) -> list[str]:
    return [w.removesuffix("'s") for w in _WORD.findall(fold(text))]


def asked_description(phrase: str) -> tuple[str, list[str]] | None:
    """The head and content words of a description asked with words after its head
    ("worker on the paint line": worker, [paint, line]); None for any other phrase."""
    words = _words(phrase)
    while words and words[0] in _LEADING:
        words = words[1:]
    if not words or len(words) > _MOST_WORDS:
        return None
    opener = next((k for k, w in enumerate(words) if k and w in after_head()), None)
    if opener is None or opener == len(words) - 1:
        return None
    head = words[opener - 1]
    if len(head) < _MIN_HEAD:
        return None
    stop = load_topics().stopwords
    content = [w for w in words[: opener - 1] + words[opener:] if w not in stop]
    content = [w for w in content if w not in after_head()]
    return (head, content) if content else None


def _stored_head(title: str) -> tuple[str, set[str]]:
    """A stored description's head and all its words (singular)."""
    first = _words(title.split(",", 1)[0])
    opener = next((k for k, w in enumerate(first) if k and w in after_head()), len(first))
    head = first[opener - 1] if opener else ""
    return person_singular(head), {singular(w) for w in _words(title)}


def unnamed_described(
    store: Store, phrase: str, since: str | None, until: str | None, limit: int
) -> list[QuoteRow]:
    """Quotes of the unnamed sources the description asked for fits (module rule), with
    those of the same source named again by its head ("the worker said") or by its own
    description later in the story ("One father, ... said ... 'My son ...,' he said")."""
    asked = asked_description(phrase)
    if asked is None:
        return []
    head, content = asked
    noun = person_singular(head)
    family = {w for w in role_words().families.get(noun, frozenset()) if same_family(noun, w)}
    heads = frozenset({noun, *family})  # "the dad" is the story's "One father"
    wanted = {rough_stem(w) for w in content}  # "whose car burned": "watched her car burn"
    # the words before the head ("retired" of "the retired nurse ...") that are all there
    before = {rough_stem(w) for w in _words(phrase.split(head, 1)[0]) if w in content}
    rows: list[QuoteRow] = []
    for word in sorted({head, *family}):
        found = unnamed_quotes_described(
            store, search_stem(word), since=since, until=until, limit=limit
        )
        rows += [r for r in found if r not in rows]
    told = wanted - before  # what the words after the head tell
    stories: dict[int, set[str]] = {}
    kept: dict[int, QuoteRow] = {}
    for row in rows:
        have_head, have = _stored_head(row.speaker_title or "")
        have = {rough_stem(w) for w in have | set(_words(row.sentence or ""))}  # "his son ..."
        if have_head not in heads:
            continue
        if 2 * len(wanted & have) > len(wanted) or (before and before <= have and len(wanted) > 1):
            kept[row.id] = row
        elif before and told and 2 * len(told & have) > len(told):
            if row.article_id not in stories:  # "the cab driver": the story of the cabs
                texts = article_texts(store, [row.article_id])
                stories[row.article_id] = {
                    rough_stem(w) for a in texts for w in _words(f"{a['title']} {a['body']}")
                }
            if before <= stories[row.article_id]:
                kept[row.id] = row
    sources = {(r.article_id, fold(r.speaker_title or "")) for r in kept.values()}
    kept |= {r.id: r for r in rows if (r.article_id, fold(r.speaker_title or "")) in sources}
    kept |= named_again(rows, kept, heads)
    return list(kept.values())[:limit]
