"""Denial, a side of its own: "who denied X", "who rejected claims that X".

A story shows a denial in its reporting verb ("X denied that ...", "X rebutted ..."), in a
negative verb whose object is a claim ("X rejected suggestions that ...", "X dismissed
parents' fears", "X rejected that the cuts were a mistake": ask/data/stance_denial.json
"claim_verbs", "claim_nouns"), or only in the quoted words ("We categorically deny any
suggestion that ...", "It is simply untrue that ...": "own_words"). The denier rebuts a
charge; they are not a critic of the topic the charge is about, and the accuser is no
denier. A question asks for the deniers when its verb is one of denial ("who denied ignoring
the warnings") or a claim verb on a claim ("who rejected claims that the arena was full",
"who dismissed fears about the mast"); what is denied is its topic, the claim noun left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lemminflect import getAllInflections

DENY = "deny"
_WORD = re.compile(r"[a-z][a-z'\u2019-]*")
# A frame as ask/stance.py reads it: subject, stance, object, tail.
FrameParts = tuple[str, str, str, str]


@dataclass(frozen=True)
class DenialLexicon:
    """ask/data/stance_denial.json, ready to match."""

    claim_verbs: frozenset[str]  # inflected forms of "reject", "dismiss"
    claim_nouns: frozenset[str]
    claim_links: frozenset[str]
    own_words: tuple[str, ...]


@lru_cache(maxsize=1)
def load_denial() -> DenialLexicon:
    """The packaged denial lexicon."""
    raw = json.loads(resources.files("ask").joinpath("data/stance_denial.json").read_text("utf-8"))
    forms = {
        form.lower()
        for lemma in raw["claim_verbs"]
        for inflected in getAllInflections(lemma, upos="VERB").values()
        for form in inflected
    }
    return DenialLexicon(
        frozenset(forms),
        frozenset(w.lower() for w in raw["claim_nouns"]),
        frozenset(w.lower() for w in raw["claim_links"]),
        tuple(w.lower() for w in raw["own_words"]),
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def claim_object(text: str) -> bool:
    """Whether an object is a claim: a that-clause, or a claim noun among its first three
    words ("claims", "parents' fears", "any suggestion")."""
    words = _words(text)
    if words[:1] == ["that"]:
        return True
    return any(w in load_denial().claim_nouns for w in words[:3])


def denial_frame(verb: str, frame: FrameParts | None) -> FrameParts | None:
    """A frame of a claim verb on a claim ("rejected claims that ...") as a denial frame;
    any other frame as it is."""
    if frame is None or verb.lower() not in load_denial().claim_verbs:
        return frame
    subject, _stance, what, tail = frame
    if claim_object(tail or what):
        return subject, DENY, what, tail
    return frame


def denial_question(
    verb: str | None, stance: str | None, topic: str | None
) -> tuple[str | None, str | None]:
    """The side a stance question asks and its topic: the deniers of X for "who denied
    (that) X" and "who rejected claims (that) X", X the topic; the question as it is else."""
    if not verb or not topic:
        return stance, topic
    claimed = claim_object(topic)
    if stance != DENY and not (verb.lower() in load_denial().claim_verbs and claimed):
        return stance, topic
    if claimed:
        topic = _claim_stripped(topic)
    return DENY, topic


def _claim_stripped(topic: str) -> str:
    """A topic without its claim: "claims that the arena was full" -> "the arena was full",
    "parents' fears about the mast" -> "the mast"."""
    lexicon = load_denial()
    tokens = topic.split()
    for i, token in enumerate(tokens[:4]):
        word = _words(token)
        if word and (word[0] in lexicon.claim_nouns or (i == 0 and word[0] == "that")):
            rest = tokens[i + 1 :]
            if rest and _words(rest[0])[:1] and _words(rest[0])[0] in lexicon.claim_links:
                rest = rest[1:]
            return " ".join(rest) or topic
    return topic


def denies(text: str) -> bool:
    """Whether a quote's own words deny ("We categorically deny ...", "It is untrue")."""
    said = " ".join(_words(text))
    return any(re.search(rf"\b{re.escape(p)}\b", said) for p in load_denial().own_words)
