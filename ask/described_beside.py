"""How a story sets a noun beside a person's name, for questions that ask by the noun.

- A noun for a person need not be in any list: the story says it is one when it sets the
  noun as the head of a description beside a name ("Deckhand Callum Ross", "The parish's
  churchwarden, Ada Kent,", "X, a winchman for ten years,"). A noun asked that no list knows
  ("the churchwarden", "the crewmen") is matched so, and only so.
- "another crewman, Eoin Mack", "fellow judge Ann Hay": the noun describes the person named
  before too (the first crewman, the first judge), whatever the story called them.
- Plurals of "-man" nouns: "crewmen" is the crewman's plural, "women" the woman's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ask.described_asked import after_head
from ask.lexicon import person_singular as lexicon_person_singular
from common.names import fold

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_ARTICLES = {"a", "an", "the", "another", "one", "fellow", "his", "her", "their", "its"}
_OPENERS = {"who", "whose", "which", "that"}
_ANOTHER = re.compile(r"(?<![^\W_])(?:another|fellow|a second|a fellow)\s+", re.I)
_SIBILANT_PLURALS = ("ches", "shes", "sses", "xes")
_NEXT_WORDS = 2  # "another young crewman": the noun within two words of "another"


def person_singular(word: str) -> str:
    """A person noun's singular, the "-es" plurals too ("coaches" -> "coach") besides the
    "-men" ones the lexicon reads ("crewmen" -> "crewman": ask/lexicon.py)."""
    if word.endswith(_SIBILANT_PLURALS):  # "coaches", "witnesses"
        return word[: -len("es")]
    return lexicon_person_singular(word)


def _tokens(text: str) -> list[str]:
    return [fold(t).removesuffix("'s") for t in _TOKEN.findall(text.replace("\u2019", "'"))]


def heads_beside(sentence: str, start: int, end: int) -> list[str]:
    """The head nouns of the descriptions set beside a name at [start, end): the last word
    before it ("Deckhand X"; "The parish's churchwarden, X"), the head of an apposition
    before it ("Her barman for eleven years, X,"), and the head of the apposition after it
    (its first part's last word before "of", "for", "who": "X, a glassblower for 31
    years,")."""
    heads: list[str] = []
    before = re.split(r"[;:.!?\"\u201c\u201d()]", sentence[:start])[-1]
    words = _tokens(before.rstrip().removesuffix(","))
    if words:
        heads.append(words[-1])
    if before.rstrip().endswith(","):  # "Her barman for eleven years, X,": cut as after it
        heads += [
            h for h in _apposition_head(before.rstrip()[:-1].split(",")[-1]) if h not in heads
        ]
    rest = sentence[end:]
    if rest.startswith(","):
        heads += _apposition_head(rest[1:].split(",")[0])
    return heads


def _apposition_head(text: str) -> list[str]:
    """The head of an apposition that opens with an article or possessive: its last word
    before "of", "for", "who" ("a glassblower for 31 years" -> glassblower); none else."""
    part = _tokens(text)
    if not part or part[0] not in _ARTICLES:
        return []
    stop = after_head() | _OPENERS
    cut = next((k for k, w in enumerate(part) if k and w in stop), len(part))
    return [part[cut - 1]]


def is_head_beside(noun: str, sentence: str, start: int, end: int) -> bool:
    """Whether the noun (its singular) heads a description beside the name at [start, end)."""
    return any(person_singular(h) == noun for h in heads_beside(sentence, start, end))


def named_before_another(body: str, names: Sequence[str], noun: str) -> set[str]:
    """The names of the people a later "another <noun>" or "fellow <noun>" says were one
    too: for each such phrase, the name mentioned last before it (by full name or surname),
    not the one it introduces."""
    found: set[str] = set()
    for hit in _ANOTHER.finditer(body):
        following = _tokens(body[hit.end() :])[:_NEXT_WORDS]
        if not any(person_singular(w) == noun for w in following):
            continue
        latest, who = -1, None
        for name in names:
            at = _last_mention(body[: hit.start()], name)
            if at > latest:
                latest, who = at, name
        if who is not None:
            found.add(who)
    return found


def _last_mention(text: str, name: str) -> int:
    """Where the text last mentions the name, in full or by surname; -1 when it does not."""
    forms = {name, name.split()[-1]}
    best = -1
    for form in forms:
        for hit in re.finditer(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", text):
            best = max(best, hit.start())
    return best
