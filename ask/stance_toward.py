"""Whether a stance frame is on the topic: its object names it, refers back to the story's
subject ("criticised the proposals", "opposed the extension" in its story), or is the side
just taken on it ("X also objected"). See ask/stance.py for the frames themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ask.data_files import ask_data
from ask.inflections import folded, rough_stem
from ask.stance_lexicon import StanceLexicon
from extract.people_words import ORG_WORDS, PERSON_NOUNS, ROLE_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
DETERMINERS = r"(?:the|this|these|that|those|its|their|his|her|our|your)"
_OWNER_MARK = re.compile(r"['\u2019]s?$")  # a possessive ending: "council's", "unions'"
# Words after a short object that make it another thing ("the size of the car park"), but
# for a time ("campaigned against the change for two years"); "at" gives where the side was
# taken ("opposed the extension at a packed meeting").
_QUALIFIED = {"of", "on", "in", "with", "to", "from", "by", "for", "over", "about"}
_ALSO = re.compile(r"\b(?:also|too|likewise)\b")
TAIL_WORDS = 8  # a frame's object names the topic within this many words
_PEOPLE = ROLE_WORDS | PERSON_NOUNS  # "the minister", "the protesters": a party by role
# A pronoun for a thing as the whole object: in a story about the topic, the topic itself.
_PRONOUN_OBJECTS = [["it"], ["this"], ["them"]]
_AGENT_AFTER = [["of"], ["for"], ["over"]]  # "accused it of", "blamed them for": a party
# "the document", "this latest report": refers back to the topic of a story about it
_ANAPHOR = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?: [a-z][\w'\u2019-]*){1,3}")


@dataclass(frozen=True)
class Frame:
    """A stance verb in a story: where its sentence is, its subject's words, its object's."""

    sentence: tuple[int, int]
    subject: str
    stance: str
    object: str  # up to a preposition or clause: "the rising cost"
    tail: str = ""  # up to a punctuation mark: "the rising cost of heating"


def toward(
    frame: Frame, topic_words: list[str], lexicon: StanceLexicon, *, anaphoric: bool = False
) -> bool:
    """Whether a frame's object is the topic: it names a word of it, or it is a short
    definite phrase headed by a noun that refers back to the story's subject (any such
    phrase but a name or a party's (`other_party`), or "it", when the story is about the
    topic: `anaphoric`, ask/stance_stories)."""
    words = [w.lower() for w in _WORD.findall(frame.object)]
    tail = [_OWNER_MARK.sub("", w.lower()) for w in _WORD.findall(frame.tail)]
    stems = {rough_stem(w) for w in tail}  # "the vote's premise": the vote
    for form in topic_words:
        parts = form.lower().split()
        if len(parts) > 1 and form.lower() in " ".join(tail):
            return True
        if len(parts) == 1 and folded(parts[0]) & stems:  # "seeing": "had seen"
            return True
    referring = "|".join(re.escape(w) for w in sorted(lexicon.referring))
    lead = rf"(?:{DETERMINERS}|an?)" if anaphoric else DETERMINERS  # "a plan", in its story
    pattern = rf"{lead}(?: [\w'\u2019-]+){{0,2}} (?:{referring})"
    if bool(words) and re.fullmatch(pattern, " ".join(words)) is not None:
        return True
    if anaphoric and words in _PRONOUN_OBJECTS:  # "The association rejected it", not
        return tail[1:2] not in _AGENT_AFTER  # "accused it of ...": "it" is the accused body
    if anaphoric and _ANAPHOR.fullmatch(frame.object.strip()) and not other_party(words):
        after = tail[len(words) : len(words) + 4]  # not "the size of the car park"
        return not after or after[0] not in _QUALIFIED or _when(after[1:])
    return _attribute(words, tail, lexicon)


def other_party(words: list[str]) -> bool:
    """Whether a short definite object names a party, not the story's subject: a person by
    role ("backed the minister", "defended the protesters"), or another party's thing by
    its possessive or its body ("welcomed the agency's letter", "the police response")."""
    if not words:
        return False
    if any(_OWNER_MARK.search(w) for w in words):
        return True
    head, before = words[-1], words[1:-1]
    if head in _PEOPLE or (head.endswith("s") and head[:-1] in _PEOPLE):
        return True
    return any(w in ORG_WORDS or w in _PEOPLE for w in before)


def frame_tail(rest: str) -> str:
    """The first TAIL_WORDS words after a stance verb, up to a punctuation mark: a frame's
    tail ("the rising cost of heating")."""
    return " ".join(re.split(r"[,;:.!?(\"\u201c\u201d]", rest)[0].split()[:TAIL_WORDS])


def _when(words: list[str]) -> bool:
    """Whether a preposition's object is a time, not a thing ("for two years", "in March",
    "on Friday"): a word of stance.json "time_words" in its first three words."""
    return any(w in time_words() for w in words[:3])


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Words of a time a side was taken in or for: stance.json "time_words"."""
    return frozenset(w.lower() for w in ask_data("stance.json")["time_words"]["words"])


def _attribute(words: list[str], tail: list[str], lexicon: StanceLexicon) -> bool:
    """Whether an object is a short definite phrase headed by an attribute of the story's
    subject ("criticised the amounts", "attacked the terms") that no "of" phrase gives to
    something else ("the terms of the lease")."""
    attribute = "|".join(re.escape(w) for w in sorted(lexicon.attributes))
    pattern = rf"{DETERMINERS}(?: [\w'\u2019-]+)? (?:{attribute})"
    if not words or re.fullmatch(pattern, " ".join(words)) is None:
        return False
    return tail[len(words) : len(words) + 1] != ["of"]


def also_taken(frame: Frame, body: str, last: Frame | None) -> bool:
    """Whether a frame with no object says its side is the one just taken on the topic:
    "Rashid Al-Amin ... also objected" after "X opposed the extension"."""
    if last is None or frame.object.strip() or frame.stance != last.stance:
        return False
    return _ALSO.search(body[frame.sentence[0] : frame.sentence[1]]) is not None
