"""A describing noun set before a name without "the" is the person's description, never part
of the name: "neighbour Agnieszka Wójtowicz", "Pensioner Jim Hart, 81, said",
"Ferryman Osric Penhale said", "Widow Mary Kent said".

- A lower-case word is no name's word (a name is written with a capital), particles aside
  ("van", "de"): the tagger may take "neighbour" before a name for a proper noun, but the
  name starts after it.
- A capitalised word opening its sentence before a name of two words or more (which stays a
  full name without it: "Park Ji-won" is family name first) is the sentence's capital on a
  description when it is no known given name and either the next word is a given name the
  name data gives one gender ("Rival Hillary Clinton"; not "Thi" of "Nguyen Thi Hoa" nor
  "Van" of "Nguyen Van Hai"), or the word reads as a person's description: a person noun of
  the word lists, a word the article also writes in lower case, or one with an agent noun's
  ending ("Ferryman", "Islander", "Stonemason"; data/name_forms.json "describing_endings").

The words before the name stay beside it as its title (extract/mentions.py).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from extract.names import (
    PARTICLES,
    fold,
    given_name_gender,
    is_given_name,
    is_honorific,
    is_title_word,
)
from extract.people_words import PERSON_NOUNS, ROLE_WORDS
from extract.person_nouns import described_people


@lru_cache(maxsize=1)
def describing_endings() -> tuple[str, ...]:
    """Endings of agent and person nouns ("-man", "-er", "-ist"; data/name_forms.json)."""
    raw = json.loads(resources.files("extract").joinpath("data/name_forms.json").read_text("utf-8"))
    return tuple(raw["describing_endings"]["words"])


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    nouns = described_people()
    return frozenset(PERSON_NOUNS | ROLE_WORDS).union(*nouns.values())


def name_start(doc: Doc, start: int, end: int, lower: bool = True, given_next: bool = False) -> int:
    """Where a person's name begins in the span [start, end): after the lower-case words
    (`lower`) and the sentence-opening description before it (see the module's rules);
    `start` when none. `given_next`: a span the tagger took for a body or a place is a
    person's name after a description only when a given name follows it ("Caretaker Moses
    Adeyemi"; never "Brenmoor Laundry Services")."""
    while lower and end - start > 1 and _lower_word(doc[start]):
        start += 1
    rest = doc[start + 1 : end].text.split()  # the name left: still a full name
    if end - start < 3 or len(rest) < 2 or not _describes(doc[start], doc[start + 1]):
        return start
    return start + 1 if not given_next or is_given_name(doc[start + 1].text) else start


def describing_noun(token: Token) -> bool:
    """A common noun that describes a person ("beekeeper", "ferryman", "traders"): a person
    noun of the word lists or one with an agent noun's ending (data/name_forms.json)."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha:
        return False
    word = fold(token.lemma_ if token.tag_ == "NNS" else token.text)
    return word in _person_words() or (len(word) > 5 and word.endswith(describing_endings()))


def _lower_word(token: Token) -> bool:
    return token.is_alpha and token.is_lower and token.lower_ not in PARTICLES


def _describes(first: Token, second: Token) -> bool:
    """A capitalised word opening its sentence, no given name, before a name: a description."""
    if not (_opens_sentence(first) and first.is_alpha and first.is_title):
        return False
    if is_given_name(first.text) or is_honorific(first.text) or is_title_word(first.text):
        return False
    if not second.text[:1].isupper():
        return False
    if given_name_gender(second.text) is not None:
        return True  # "Rival Hillary Clinton"; not "Nguyen Thi Hoa", "Park Ji-won" (no gender)
    word = fold(first.text)
    return (
        word in _person_words()
        or (len(word) > 5 and word.endswith(describing_endings()))
        or any(t.lower_ == word and t.is_lower for t in first.doc)
    )


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence, or the first after its opening punctuation."""
    if token.is_sent_start:
        return True
    doc = token.doc
    return all(t.is_punct or t.is_space for t in doc[token.sent.start : token.i])


def shared_description(
    head: Token, token_entry: dict[int, int], titles: list[str | None]
) -> str | None:
    """The plural description before two names joined by "and" ("Market traders X and Y",
    "boaters X and Y"): the first name's title, for the second name when it has none or only
    the description's bare noun ("Trader", from a later "said trader Y"). `token_entry` maps
    the words of each name and its title to its entry, `titles` the entries' titles."""
    entry = token_entry.get(head.i)
    if head.dep_ != "conj" or entry is None:
        return None
    first = head.head
    other = token_entry.get(first.i)
    if first.i >= head.i or other is None or other == entry or not titles[other]:
        return None
    start = first.i
    while start > 0 and token_entry.get(start - 1) == other:
        start -= 1
    words = list(head.doc[start : first.i])
    if first.dep_ == "appos" and first.head.i < start:  # parsed "traders, X and Y"
        words.append(first.head)
    plural = {fold(t.lemma_) for t in words if t.tag_ == "NNS" and describing_noun(t)}
    own = titles[entry]
    if plural and (not own or fold(own) in plural):
        return titles[other]
    return None


def counted_description(doc: Doc, start: int, end: int) -> int | None:
    """ "Grandmother of five X", "father of three X": a describing word with "of", a count and
    the name, parsed with the name as the object of "of": the describing word's index (the
    name's title starts there, and the word names nobody else), or None."""
    head = doc[end - 1]
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.i >= start:
        return None
    noun = prep.head
    counted = any(t.like_num for t in doc[prep.i + 1 : start])
    if noun.i >= prep.i or not counted or not describing_noun(noun):
        return None
    return noun.i
