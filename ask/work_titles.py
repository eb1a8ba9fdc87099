"""Quoted words that name a work rather than report words said.

A partial quote's quotation marks may hold the title of a show, a book, a podcast or a
movement ("offered analysis on ''Monday Night Baseball''", "speaking to me for the "Off
Message" podcast", "denounced the "Neocons For Hillary" movement") or a name somebody goes
by ("under the pseudonym "Carlos Danger""). Those words are not what the speaker said: a
statement whose only quoted words are such titles is judged as a report without quoted
words (ask/speech.py). A title is written in title case and sits beside a word that says
what it names (ask/data/work_titles.json): a work or naming noun right before or after it,
or a preposition that puts somebody on a show or in a publication right before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ask.data_files import ask_data

_WORD = re.compile(r"[^\W_][\w'\u2019.\-]*", re.UNICODE)
_QUOTES = "\"'\u201c\u201d\u2018\u2019`"
MAX_TITLE_WORDS = 8  # longer quoted words are a sentence, whatever their capitals
NEAR = 3  # words looked at on each side of the quoted words


@dataclass(frozen=True)
class TitleWords:
    """The word lists of ask/data/work_titles.json."""

    work_nouns: frozenset[str]
    naming_nouns: frozenset[str]
    placing_prepositions: frozenset[str]
    small_words: frozenset[str]


@lru_cache(maxsize=1)
def title_words() -> TitleWords:
    """The packaged lists."""
    raw = ask_data("work_titles.json")
    return TitleWords(
        frozenset(raw["work_nouns"]),
        frozenset(raw["naming_nouns"]),
        frozenset(raw["placing_prepositions"]),
        frozenset(raw["small_words"]),
    )


def title_case(words: list[str]) -> bool:
    """Whether words are written as a title: every word but the small ones ("of", "the")
    opens with a capital or a digit, and the first does."""
    small = title_words().small_words
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def is_work_title(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, quoted words, names a work or is a name given to
    something (module docstring)."""
    inner = text[start:end].strip(_QUOTES + " ,.;:")
    words = _WORD.findall(inner)
    if not words or len(words) > MAX_TITLE_WORDS or re.search(r"[.!?]\s", inner):
        return False
    if not title_case([w.strip(".") for w in words]):
        return False
    lists = title_words()
    before = [w.lower().strip(".") for w in _WORD.findall(text[:start])[-NEAR:]]
    after = [w.lower().strip(".,") for w in _WORD.findall(text[end:])[:NEAR]]
    nouns = lists.work_nouns | lists.naming_nouns
    if any(w in nouns for w in before + after):
        return True
    # "on ''60 Minutes''", "on CBS' ''60 Minutes''", "to "CBS This Morning"": the
    # preposition right before the title, or before the broadcaster's name that owns it.
    return bool(before) and (before[-1] in lists.placing_prepositions or _owned_after(text, start))


_OWNER = re.compile(r"\b(\w+)\s+[A-Z][\w.&-]*(?:'s|\u2019s|'|\u2019)$")


def _owned_after(text: str, start: int) -> bool:
    """ "on CBS' ''60 Minutes''": a preposition, then a capitalised possessive owner."""
    lead = text[:start].rstrip()
    for candidate in (lead, lead.rstrip(_QUOTES).rstrip()):
        match = _OWNER.search(candidate)
        if match and match.group(1).lower() in title_words().placing_prepositions:
            return True
    return False


def only_titles(text: str, marked: tuple[tuple[int, int], ...]) -> bool:
    """Whether a statement's quoted words (`marked`, spans of `text`) are all titles of
    works or names: it then holds no words its speaker said in quotation marks."""
    return bool(marked) and all(is_work_title(text, s, e) for s, e in marked)
