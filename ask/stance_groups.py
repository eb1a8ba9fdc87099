"""A group's or a body's stance frame given to the person who speaks for it next.

"Campaigners welcomed the decision. Jo Bell, a spokeswoman for the campaign group, said:
'...'"; "The consumer group Fairshop criticised the delay. Its director, Ann Lee, said ...".
A stance frame (ask/stance.py) whose subject names no speaker of the story and whose own
sentence holds no statement (but the subject's own, where the stance verb was read as its
cue: "Fairshop criticised the delay" as Fairshop's statement) gives its stance to the
speaker of the first statement of the next sentence, when that sentence refers back to the
subject before its words: it opens with "Its" or "Their", or it shares a word with the
subject's head ("campaigners", "the campaign group").
A subject that counts its holders ("Both opposition groups attacked the decision") gives it
to as many distinct speakers from there on (data/stance.json "counts").
A body quoted itself in the story gives it too, when the next sentence opens with "Its" or
names its speaker so ("'...,' said Ann Lee, its director").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from ask.data_files import ask_data
from ask.lexicon import load_topics
from storage.quotes import QuotePlace


class Framed(Protocol):
    """What this module reads of a stance frame (ask/stance.Frame, which imports this
    module): its sentence's span, its subject's words and its stance."""

    @property
    def sentence(self) -> tuple[int, int]: ...
    @property
    def subject(self) -> str: ...
    @property
    def stance(self) -> str: ...


_REFERS_BACK = re.compile(r"\s*(?:its|their)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
_WORD = re.compile(r"[^\W\d_]{5,}")  # words long enough to share a stem by their first five
_STEM = 5
COUNTED_REACH = 1_500  # characters after the first speaker where the others are looked for
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*(?:[\"\u201d]|$)")
_SENTENCE = re.compile(r"[^.!?]*")
_OWNER_MARK = re.compile(r"['\u2019]s?$")
_HEAD_END = re.compile(r",|\s(?:in|from|of|at|on|for|across|and|who|which)\s")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
_KIND_DETERMINERS = {"the", "a", "an"}  # a body named by its kind: "the steel union"


def group_frames(
    body: str,
    frames: Sequence[Framed],
    places: list[QuotePlace],
    names: set[str],
    named: dict[int, set[str]] | None = None,
) -> list[tuple[int, str]]:
    """(speaker id, stance) for each frame of a story (`body`) whose subject is a group or a
    body that then speaks through a person (the module's rule). `places` are the story's
    statements, `names` its speakers' names and surnames, `named` each speaker's (by id)."""
    stop = load_topics().stopwords
    given: list[tuple[int, str]] = []
    ordered = sorted(places, key=lambda p: p.start)
    for frame in frames:
        subject = frame.subject.strip()
        if not subject or subject.lower() in _PRONOUNS:
            continue
        own = any(re.search(rf"\b{re.escape(n)}\b", subject) for n in names)
        start, end = frame.sentence
        if any(
            start <= p.start < end and not _is_subject(p.speaker_id, subject, named or {})
            for p in ordered
        ):
            continue  # "Campaigners welcomed it, but Jo Bell said ...": hers is her own
        after = next((p for p in ordered if p.start >= end), None)
        if after is None or after.speaker_id is None:
            continue
        between = body[end : after.start]
        if _SENTENCE_END.search(between):
            continue
        if not (
            _refers_back(between, subject, stop)
            or _said_its(body[end:], subject)
            or members(subject)
        ):
            continue
        if own and not _REFERS_BACK.match(between) and not _said_its(body[end:], subject):
            continue  # a speaker's own frame, unless "Its director", "said its director" or
            # "said X, the union's secretary"
        given.append((after.speaker_id, frame.stance))
        given += [(who, frame.stance) for who in _counted(subject, after, ordered)]
    return given


@lru_cache(maxsize=1)
def counts() -> dict[str, int]:
    """How many holders a subject's first word counts (stance.json "counts")."""
    return {k.lower(): int(v) for k, v in ask_data("stance.json")["counts"]["words"].items()}


def _counted(subject: str, first: QuotePlace, ordered: list[QuotePlace]) -> list[int]:
    """The speakers after the first a counted subject names ("Both opposition groups attacked
    the decision. [leader one] ... [leader two] ..."): the next distinct ones, as many as it
    counts (stance.json "counts") and within COUNTED_REACH characters of the first."""
    count = counts().get(subject.split()[0].lower(), 0) if subject.split() else 0
    if count < 2:
        return []
    seen = {first.speaker_id}
    found: list[int] = []
    for place in ordered:
        if place.start <= first.start or place.speaker_id is None or place.speaker_id in seen:
            continue
        if place.start - first.start > COUNTED_REACH or len(found) == count - 1:
            break
        seen.add(place.speaker_id)
        found.append(place.speaker_id)
    return found


def members(subject: str) -> bool:
    """Whether a frame's subject is a bare plural of people ("Road haulage firms have slammed
    the rise", "Allotment holders in Moorcroft condemned ..."): the next statement, right
    after it, is one of them speaking, however the reporter then introduces them."""
    lead = re.split(r"\s[\u2013\u2014-]\s", subject)[-1]  # after a dateline: "FELL, 2 May - "
    head = _HEAD_END.split(lead.strip(), maxsplit=1)[0].split()
    if not head or head[0].lower() in _DETERMINERS or any(w[:1].isupper() for w in head[1:]):
        return False
    last = head[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))
    return plural and last.isalpha()


def _is_subject(speaker: int | None, subject: str, named: dict[int, set[str]]) -> bool:
    """Whether a statement's speaker is unknown or named by the frame's subject: its stance
    verb read as the cue of the subject's statement, no other person's words."""
    if speaker is None:
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", subject) for n in named.get(speaker, ()))


def _refers_back(between: str, subject: str, stop: frozenset[str]) -> bool:
    """Whether the next sentence's words before its statement refer back to the subject."""
    if _REFERS_BACK.match(between):
        return True
    head = subject.split(",")[0]
    stems = {w.lower()[:_STEM] for w in _WORD.findall(head) if w.lower() not in stop}
    return any(w.lower()[:_STEM] in stems for w in _WORD.findall(between))


def _said_its(text: str, subject: str = "") -> bool:
    """Whether the first sentence of `text` names its speaker by "its" or "their" outside its
    quoted words ("'...,' said its chair, Jo Bell."), or by the subject's head noun as the
    owner of their post ("said Rhys Llewellyn, the union's county secretary")."""
    blank = _QUOTED.sub(lambda m: " " * len(m.group()), text.lstrip())
    first = _SENTENCE.match(blank)
    if first is None:
        return False
    if _REFERS_BACK.search(" " + first.group()) is not None:
        return True
    head = re.findall(r"[^\W\d_]+", subject.split(",")[0])[-1:]
    owner = rf"\bthe\s+{re.escape(head[0])}['\u2019]s\s" if head else None
    return owner is not None and re.search(owner, first.group(), re.I) is not None


def officer_frames(
    frames: Sequence[Framed],
    orgs: dict[int, str],
    names: set[str],
    topic: Sequence[str] = (),
) -> list[tuple[int, str]]:
    """(speaker id, stance) for each frame whose subject is a body named by its kind ("the
    steel union"; "a royal college has criticised", the lead before it is named) and the
    speakers of the story whose organisation (`orgs`: speaker id
    to organisation) has that phrase's head ("national officer of the Steel Workers' Union"),
    when they are all of one: the body's stance is its officers'; so is a body's named in
    full ("Wexley County Council has criticised the plan": its cabinet member's words in
    the story), unless the `topic` words name it (what is offered to Carrick Bay Steel:
    the firm's own frames are on something else). `names` are the story's speakers' names."""
    given: list[tuple[int, str]] = []
    for frame in frames:
        subject = re.split(r"\s[\u2013\u2014-]\s", frame.subject)[-1]  # after a dateline
        words = _org_words(subject.split(",")[0])
        whole = words == _org_words(subject) and len(words) > 1  # "Wexley County Council"
        if whole and not set(words) & {w.lower() for w in topic}:  # (no side on itself)
            given.extend(
                (who, frame.stance) for who, org in orgs.items() if _org_words(org) == words
            )
        if len(words) < 2 or words[0] not in _KIND_DETERMINERS:
            continue  # "the steel union"; "a royal college" in the lead, named after it
        if words[0] != "the" and _HEAD_END.split(subject.strip(), maxsplit=1)[0] != subject.strip():
            continue  # "a former mayor of Ormsby Cross" is a person of a place, no body
        if any(re.search(rf"\b{re.escape(n)}\b", frame.subject) for n in names):
            continue
        named = {who: org for who, org in orgs.items() if words[-1] in _org_words(org)}
        if len(set(named.values())) == 1:  # one body: its officers and its own statements
            given.extend((who, frame.stance) for who in named)
    return given


def _org_words(org: str) -> list[str]:
    return [_OWNER_MARK.sub("", w) for w in re.findall(r"[\w'\u2019-]+", org.lower())]
