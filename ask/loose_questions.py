"""Questions in forms the question patterns (ask/intents.py) do not know.

Reporters type in a hurry, and the patterns cannot list every way: "did Brackenford council
put out a statement on the protest ride?", "NHS trust statements on the night closure",
"anyone raise questions about the co-op's accounts?", "quad bikes on the kids' pitches, who
said what?", "brown bin charge - reaction?", "how has the bridge closure hit shops?", "who
wants the review done by someone outside the council?". Rather than a pattern per phrasing,
this reads what any of them is made of: a word asking for what was said (a verb or a noun:
"statement", "reaction", "raise questions"), the words before it naming the speaker (none
when they are only "did", "anyone", "put out a"), the words after an "about" word naming the
topic; or a subject set before a generic question; or a "who"/"how" question whose verb
names what the people did. The words are data (ask/data/loose_questions.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ask.data_files import ask_data


@dataclass(frozen=True)
class LooseReading:
    """What a question in an unknown form asks: what `speaker` said (on `topic`, when it
    names one), or, with no speaker, who said what on `topic`. `sure` is False when the
    speaker's words may be the topic's ("noise complaints on the estate"): the answer tries
    the speaker first and falls back to the topic."""

    topic: str | None
    speaker: str | None = None
    sure: bool = True


@dataclass(frozen=True)
class _Words:
    speech: frozenset[str]
    verbs: frozenset[str]
    making: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]
    nobody: frozenset[str]
    determiners: frozenset[str]
    about: tuple[tuple[str, ...], ...]
    tails: re.Pattern[str]
    who_skip: frozenset[str]
    wh_words: frozenset[str]
    talk: frozenset[str]


@cache
def _words() -> _Words:
    raw = ask_data("loose_questions.json")
    tails = "|".join(re.escape(t) for t in sorted(raw["tail_asks"], key=len, reverse=True))
    return _Words(
        speech=frozenset(raw["speech_verbs"]) | frozenset(raw["speech_nouns"]),
        verbs=frozenset(raw["speech_verbs"]),
        making=tuple(tuple(m.split()) for m in raw["making"]),
        auxiliaries=frozenset(raw["auxiliaries"]),
        nobody=frozenset(raw["nobody"]),
        determiners=frozenset(raw["determiners"]),
        about=tuple(sorted((tuple(a.split()) for a in raw["about_words"]), key=len, reverse=True)),
        tails=re.compile(rf"^(?P<lead>.{{3,120}}?)\s*(?:,|\s[-\u2013\u2014]+|:)\s*(?:{tails})$"),
        who_skip=frozenset(raw["who_verbs_skip"]),
        wh_words=frozenset(raw["wh_words"]),
        talk=frozenset(raw["talk_words"]),
    )


def without_talk(topic: str | None) -> str | None:
    """A topic, or None when its words only name the talk itself ("its statements", "the
    latest comments", "any remarks"): what was said is asked, on no topic."""
    words = _words()
    parts = (topic or "").split()
    if parts and all(w in words.talk or w in words.determiners for w in parts):
        return None
    return topic


def tail_subject(text: str) -> str | None:
    """The subject of a question set before a generic one after a comma or a dash ("quad
    bikes tearing up the pitches, who said what?", "brown bin charge - reaction"), else
    None. `text` is lower case, without its closing punctuation."""
    found = _words().tails.match(text)
    return found.group("lead").strip(" ,;:-") or None if found else None


def loose_reading(text: str) -> LooseReading | None:
    """What a question no pattern knows asks (see the module docstring), or None when it has
    no word that asks for what was said (a bare keyword: "speedway noise"). `text` is lower
    case, polite words and time words already taken out."""
    words = _words()
    tokens = text.split()
    subject = tail_subject(text)
    if subject is not None:  # "co-op treasurer - any comments?": a speaker, or else a topic
        return LooseReading(None, subject, sure=False)
    at = next((i for i, w in enumerate(tokens) if w.strip("?,.") in words.speech), None)
    if at is None:
        return _verb_question(tokens)
    before = _speaker_words(tokens[:at])
    topic = _after_about(tokens[at + 1 :])
    if not before:
        return LooseReading(topic) if topic else None
    if topic is None:  # "Active Travel Wessex comments": the store decides (speaker or not)
        return None
    sure = tokens[at] in words.verbs or len(tokens[:at]) > len(before)
    return LooseReading(topic, " ".join(before), sure=sure)


def _speaker_words(tokens: list[str]) -> list[str]:
    """The words before the speech word that name a speaker: without a leading auxiliary,
    a "making" verb and its determiner at the end; none when only "nobody" words are left."""
    words = _words()
    while tokens and tokens[0] in words.auxiliaries:
        tokens = tokens[1:]
    changed = True
    while changed and tokens:
        changed = False
        if tokens[-1] in words.determiners or tokens[-1] in words.auxiliaries:
            tokens, changed = tokens[:-1], True
            continue
        for making in words.making:
            if tuple(tokens[-len(making) :]) == making:
                tokens, changed = tokens[: -len(making)], True
                break
    if all(t in words.nobody or t in words.auxiliaries for t in tokens):
        return []
    return tokens


def _after_about(tokens: list[str]) -> str | None:
    """The words after the first "about" word (the topic), None when there is none."""
    for i in range(len(tokens)):
        for about in _words().about:
            if tuple(tokens[i : i + len(about)]) == about and len(tokens) > i + len(about):
                return " ".join(tokens[i + len(about) :]).strip(" ?,.") or None
    return None


def _verb_question(tokens: list[str]) -> LooseReading | None:
    """ "who wants the review done by someone outside?": the people who said so, on the words
    after the verb; "how has the closure hit shops?": what was said on the words after the
    auxiliary. None for any other words."""
    words = _words()
    if len(tokens) < 3:
        return None
    who = tokens[0] == "who" and tokens[1] not in words.who_skip
    how = tokens[0] in words.wh_words and tokens[1] in words.auxiliaries
    return LooseReading(" ".join(tokens[2:])) if who or how else None
