"""A description a question asks a person by ("the new Thornshire chair", "the teacher on
the school trip to Coldharbour"): its head noun, its other words, whether it asks for a
post's new or former holder, and which words may name the post's body (ask/cast.py scores the
stories' speakers against it; the words are data: ask/data/cast.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ask.data_files import ask_data
from ask.described_people import family_words, role_words, stem_of
from ask.lexicon import load_topics, singular
from common.names import fold, is_title_word
from extract.person_nouns import described_people

_AGE = re.compile(r"(\d+)-years?-old", re.I)
_WORD = re.compile(r"[^\W_]+")
_CONTEXT = {"of", "at", "in", "from", "on", "for", "with"}
_BESIDE = {"on", "with"}  # context that tells where or with whom, not whose post it is
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their"}
_MAX_ASKED = 5


@dataclass(frozen=True)
class CastWords:
    """The data of ask/data/cast.json."""

    honorifics: dict[str, frozenset[str]]  # asked noun -> honorifics that stand for it
    new: frozenset[str]
    old: frozenset[str]
    succession: frozenset[str]
    appointed: frozenset[str]
    passive: frozenset[str]
    lesser: frozenset[str]
    leaving: frozenset[str]  # old words of a holder still in post ("outgoing")
    leading: frozenset[str]
    plurals: frozenset[str] = frozenset()  # plurals the -s rule misses ("fishermen")
    plural_endings: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def cast_words() -> CastWords:
    """ask/data/cast.json, loaded once."""
    raw = ask_data("cast.json")
    honorifics: dict[str, frozenset[str]] = {}
    for family in raw["honorifics"]:
        for noun in family["asked"]:
            honorifics[noun] = honorifics.get(noun, frozenset()) | frozenset(family["honorifics"])
    keys = ("new", "old", "succession", "appointed", "passive", "lesser", "leaving")
    sets = {k: frozenset(raw[k]) for k in keys}
    return CastWords(
        honorifics,
        leading=frozenset(raw["leading"]),
        plurals=frozenset(raw["plurals"]),
        plural_endings=tuple(raw["plural_endings"]),
        **sets,
    )


def words(text: str) -> list[str]:
    """The folded words of a text, an age as its number ("94-year-old" -> "94")."""
    return _WORD.findall(fold(_AGE.sub(r"\1", text)))


@dataclass(frozen=True)
class Asked:
    """A description asked for: its head noun, its other words, and whether it asks for a
    post's new holder or a former one."""

    head: str
    others: tuple[str, ...]
    new: bool = False
    former: bool = False
    titled: frozenset[int] = frozenset()  # speakers whose title the title rules found asked
    owners: tuple[str, ...] | None = None  # the words that may name the post's body (None: all)


def asked_description(phrase: str) -> Asked | None:
    """The description a phrase asks for ("the new Thornshire chair": chair, [thornshire],
    new), or None when its head is no noun for a person ("the council", a name)."""
    data = cast_words()
    have = words(phrase)
    if have and have[0] not in data.leading and phrase.strip()[:1].isupper():
        return None  # "Baker", "Vicary": a name asked, not a description
    while have and have[0] in data.leading:
        have = have[1:]
    stop = next((k for k, w in enumerate(have) if k and w in _CONTEXT), len(have))
    front, context = have[:stop], [w for w in have[stop + 1 :] if w not in data.leading]
    new = any(w in data.new for w in front)
    former = any(w in data.old for w in front)
    front = [w for w in front if w not in data.new and w not in data.old]
    if not front or any(w in _PRONOUNS for w in have) or len(front) + len(context) > _MAX_ASKED:
        return None
    head = front[-1]
    if _plural(head) or not _person_noun(head):
        return None  # "the hauliers": a group, everyone described so (ask/described_people.py)
    stopwords = load_topics().stopwords
    others = tuple(w for w in front[:-1] + context if w not in stopwords)
    # "the Rovers chairman", "the chair of Rovers": words that may name the post's body;
    # "the teacher on the school trip to Coldharbour" names where she was, no employer
    beside = stop < len(have) and have[stop] in _BESIDE
    owners = tuple(w for w in front[:-1] if w not in stopwords) if beside else None
    return Asked(head, others, new, former, owners=owners)


def _plural(noun: str) -> bool:
    """Whether a noun is plural: by the -s rule, or as the data says ("fishermen")."""
    data = cast_words()
    irregular = noun in data.plurals or noun.endswith(data.plural_endings)
    return singular(noun) != noun or irregular


def _person_noun(noun: str) -> bool:
    """Whether a word names a person by what they are or do."""
    one = singular(noun)
    return bool(
        one in role_words().people
        or family_words(one)
        or one in cast_words().honorifics
        or is_title_word(one)
        or any(one in nouns for nouns in described_people().values())
        or (stem_of(one) is not None and len(one) > 4)
    )
