"""A person quoted but not named, kept with the whole description the story gives them.

Rules:
- "One relative, whose mother has dementia, said ...", "A worker on the paint line said ...":
  the source's title is its noun phrase with the phrases and relative clause after the head
  (what tells which one is meant), not the head alone, when the head is a noun for a person
  (extract/data/described_people.json, people_words.json) that is no title, and nothing of
  it is quoted. A phrase longer than _LONGEST words keeps its head's own words.
- "One relative ... said ...  '...,' the woman said.": a definite description of one word
  ("the woman", "the nurse") that names no one the cast knows, right after an unnamed
  source introduced by an indefinite description in the same or the previous paragraph, is
  that source when it is the same noun or a noun for a person of its gender
  (described_people.json "person" family: "woman", "man"). It takes the description, not
  the organisation the first one was tied to.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from extract.described_antecedents import described_people
from extract.names import TITLE_WORDS, fold
from extract.people_words import GENERIC_TITLES
from extract.speaker_record import Speaker

_LONGEST = 24  # the most words of a description kept whole
_AFTER_HEAD = frozenset({"prep", "relcl", "acl", "amod", "appos", "punct"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})


@lru_cache(maxsize=1)
def _person_family() -> dict[str, str]:
    """Nouns that say only a person's gender ("woman" -> "f"): described_people.json
    "person" family of each gender."""
    text = resources.files("extract").joinpath("data/described_people.json").read_text("utf-8")
    raw = json.loads(text)
    found = {fold(w): "m" for w in raw["male"].get("person", [])}
    found |= {fold(w): "f" for w in raw["female"].get("person", [])}
    return found


def _gender_of(word: str) -> str | None:
    """ "m", "f" or "" (either) for a person noun, None for a word that is none."""
    nouns = described_people()
    for key in ("m", "f", ""):
        if word in nouns[key]:
            return key
    return None


def described_person(subject: Token) -> bool:
    """Whether a common-noun subject is a person described, not titled: its head a person
    noun that is no title ("relative", "worker", "mother"; not "spokesman", "mayor")."""
    word, lemma = fold(subject.text), fold(subject.lemma_)
    if subject.pos_ != "NOUN" or lemma in TITLE_WORDS or lemma in GENERIC_TITLES:
        return False
    if word in TITLE_WORDS or word in GENERIC_TITLES:
        return False
    return _gender_of(lemma) is not None or _gender_of(word) is not None


def full_description(subject: Token, short: str) -> str:
    """The source's description with what follows its head ("One worker on the paint line",
    "One relative, whose mother has dementia"): `short` (the words up to the head) when the
    head is no described person, nothing follows it, or the phrase is long or quoted."""
    if not described_person(subject):
        return short
    after = [c for c in subject.children if c.i > subject.i]
    if not after or any(c.dep_ not in _AFTER_HEAD for c in after):
        return short
    if all(c.dep_ == "punct" for c in after):
        return short
    words = [t for t in subject.subtree]
    if len(words) > _LONGEST:  # "the owner of a café near X, who did not want to be named
        # because ...": what tells which one, without the long clause about them
        clauses = {t.i for c in words if c.dep_ == "relcl" for t in c.subtree}
        words = [t for t in words if t.i not in clauses and not (t.is_punct and t.i + 1 in clauses)]
    if any(t.is_quote or t.is_space for t in words) or len(words) > _LONGEST:
        return short
    start = _short_start(subject, short)
    words = [t for t in words if t.i >= start]
    while words and words[-1].is_punct:
        words.pop()
    if not words or words[-1].i <= subject.i:
        return short
    return subject.doc[words[0].i : words[-1].i + 1].text


def _short_start(subject: Token, short: str) -> int:
    """Where the short phrase starts in the subject's phrase (it may drop a left part)."""
    first = short.split(" ", 1)[0] if short else ""
    for token in subject.subtree:
        if token.i <= subject.i and token.text == first:
            return token.i
    return subject.left_edge.i


def described_again(
    speaker: Speaker, previous: tuple[Speaker, int] | None, paragraph: int, subject: Token
) -> Speaker:
    """ "the woman" right after "One relative ... said" (module rule): the source before."""
    if speaker.name is not None or speaker.org is not None or previous is None:
        return speaker
    before, where = previous
    if paragraph - where > 1 or before.name is not None or not before.title:
        return speaker
    if subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return speaker
    if [fold(t.text) for t in subject.subtree] != ["the", fold(subject.text)]:
        return speaker  # "the woman" alone: no words of its own that tell another one
    first = fold(before.mention or "").split()
    if len(first) < 2 or first[0] not in _INDEFINITE:
        return speaker  # introduced as someone new
    head = first[-1]
    lemma = fold(subject.lemma_)
    if lemma != head and fold(subject.text) != head:
        gender = _person_family().get(lemma)
        theirs = _gender_of(head)
        if gender is None or theirs is None or theirs not in ("", gender):
            return speaker  # "the nurse" after "a doctor" is someone else
    # its description, not its organisation: "the pilot" would become a name for that
    # organisation's voices (the organisation's own voice speaks through the first quote)
    return Speaker(None, None, before.title, None, speaker.mention)
