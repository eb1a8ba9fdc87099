"""A person asked for by a noun no story uses, found by a noun for a kind of it that a story
does use: "the fisheries scientist" is "Dr Tomasz Wierzbicki, a freshwater ecologist" (an
ecologist is a kind of biologist, a kind of scientist).

The kinds are WordNet 3.0's nouns for people (ask/data/person_kinds.json, written by
bench/build_person_kinds.py): the noun's own synonyms and the nouns up to three steps below
it, one word each, never a word that is no person's noun first ("great", "success") nor a
post's title ("president" is a chief executive's kind, but a post is asked as one). Read
only when the description finds nobody: each kind the stories say is asked in the noun's
place ("the fisheries ecologist"), and an answer counts when its one speaker is named in a
sentence with that kind. Kinds that find different people tell no one apart: nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ask.data_files import ask_data
from ask.described_beside import person_singular
from ask.described_people import asked_words, other_gender
from ask.views import Answer
from common.names import is_title_word
from storage.db import Store
from storage.folded import words_in_bodies
from storage.quote_lookup import described_with

_DEPTH = 3  # steps below the noun asked: scientist > biologist > ecologist


@lru_cache(maxsize=1)
def _net() -> tuple[dict[str, list[int]], dict[int, list[int]], list[list[str]], frozenset[str]]:
    data = ask_data("person_kinds.json")
    synsets: list[list[str]] = [words for words, _ in data["synsets"]]
    senses: dict[str, list[int]] = {}
    below: dict[int, list[int]] = {}
    for i, (words, hypernyms) in enumerate(data["synsets"]):
        for word in words:
            senses.setdefault(word, []).append(i)
        for hypernym in hypernyms:
            below.setdefault(hypernym, []).append(i)
    return senses, below, synsets, frozenset(data["loose"])


def is_person_noun(word: str) -> bool:
    """Whether a word is first a noun for a person ("farmer", "referee"; not a loose word)."""
    senses, _, _, loose = _net()
    return word in senses and word not in loose


@lru_cache(maxsize=4096)
def kinds_of(noun: str) -> frozenset[str]:
    """The one-word nouns for people that are the noun or a kind of it (module docstring),
    without the noun itself, the other gender's form and the loose words."""
    senses, below, synsets, loose = _net()
    kinds: set[str] = set()
    for sense in senses.get(noun, []):
        kinds.update(synsets[sense])
        level = [sense]
        for _ in range(_DEPTH):
            level = [k for s in level for k in below.get(s, [])]
            kinds.update(w for k in level for w in synsets[k])
    return frozenset(
        k
        for k in kinds
        if k != noun
        and " " not in k
        and k not in loose
        and not other_gender(noun, k)
        and not is_title_word(k)  # a post ("president") is found as one, never as a kind
    )


def kind_answer(store: Store, phrase: str, question: Callable[[str], Answer]) -> Answer | None:
    """The answer for the one person the stories describe by a kind of the phrase's noun,
    asked with `question` in the noun's place (module docstring); None when no story says a
    kind of it, or the kinds say no one, or several people."""
    asked_noun = _asked_noun(phrase)
    if asked_noun is None:
        return None
    written, noun = asked_noun
    plural = noun != written
    kinds = sorted(kinds_of(noun))
    if not kinds:
        return None
    said = sorted(words_in_bodies(store.db, kinds))
    found: list[Answer] = []
    for kind in said:
        answer = question(_in_place(phrase, written, kind + ("s" if plural else "")))
        speakers = {q.speaker for q in answer.quotes}
        if len(speakers) != 1 or None in speakers:
            continue
        name = str(next(iter(speakers)))
        ids = sorted({q.article.id for q in answer.quotes})
        if described_with(store, ids, name.split()[-1], [kind, kind + "s"]):
            found.append(answer)
    people = {q.speaker for a in found for q in a.quotes}
    return found[0] if len(people) == 1 else None


def one_of_the_group(phrase: str, question: Callable[[str], Answer]) -> Answer | None:
    """A group asked for that the stories quote none of as a group ("the judges"), asked as
    one of it ("the judge": "The chair of the judges, Dame Prudence Hartwell"), with
    `question`; None when the phrase asks for no group or one of it says nothing either."""
    asked_noun = _asked_noun(phrase)
    if asked_noun is None or asked_noun[0] == asked_noun[1]:
        return None
    written, noun = asked_noun
    answer = question(_in_place(phrase, written, noun))
    return answer if answer.quotes else None


def _asked_noun(phrase: str) -> tuple[str, str] | None:
    """The noun of a description asked for, as written and singular ("the judges": judges,
    judge); None when the phrase is no description."""
    words = asked_words(phrase)
    return (words[-1], person_singular(words[-1])) if words else None


def _in_place(phrase: str, written: str, word: str) -> str:
    """The phrase with another word in place of its noun as written."""
    return re.sub(rf"\b{re.escape(written)}\b", word, phrase, count=1)
