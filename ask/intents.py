"""What a question asks: its intent, the speaker and topic it names.

Journalists type in a hurry: "who said what about the ceasefire", "/whosaid truce",
"what did the mayor say about the leaks?", "who is Tanvir Rahman", "brief me on the
bridge", or a bare keyword. Anything not recognised is a keyword search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUESTION_CHARS = 500
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")

WHO_SAID_WHAT = "who_said_what"
WHAT_DID_X_SAY = "what_did_x_say"
WHO_IS = "who_is"
BRIEF = "brief"
KEYWORD = "keyword"
HELP = "help"

_ABOUT = r"(?:about|on|regarding|concerning|over|of)"
_SAY = r"(?:say|said|says|tell|told|tells|think|thinks|thought|claim|claimed|argue|argued)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (WHO_SAID_WHAT, re.compile(r"^/whosaid\b\s*(?P<topic>.*)$")),
    (BRIEF, re.compile(r"^/brief\b\s*(?P<speaker>.*)$")),
    (
        BRIEF,
        re.compile(
            r"^(?:please\s+)?(?:brief me|catch me up|get me up to speed|give me a brief(?:ing)?|"
            r"briefing|brief|what(?:'s| is) the latest|latest|summari[sz]e)\s+"
            rf"(?:{_ABOUT}\s+|with\s+)?(?P<speaker>.+)$"
        ),
    ),
    (
        WHO_SAID_WHAT,
        re.compile(
            r"^(?:so\s+)?who\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|talked|talks|spoke|"
            r"spoken|commented|comments|weighed in|reacted|is quoted|was quoted|quoted)"
            rf"(?:\s+(?:what|anything|something))?\s+(?:{_ABOUT}\s+)?(?P<topic>.+)$"
        ),
    ),
    (
        WHO_SAID_WHAT,
        re.compile(
            r"^(?:has|have|did|does)\s+(?:anyone|anybody|someone|somebody|people|any\s*one)\s+"
            r"(?:said|talked|spoken|spoke|commented|say|talk|speak|comment|mentioned|mention)"
            rf"(?:\s+(?:anything|something))?\s+(?:{_ABOUT}\s+)?(?P<topic>.+)$"
        ),
    ),
    (
        WHO_SAID_WHAT,
        re.compile(
            r"^what\s+(?:are|were|have|has)\s+(?:people|they|officials|experts)\s+"
            rf"(?:been\s+)?(?:said|saying|say)\s+{_ABOUT}\s+(?P<topic>.+)$"
        ),
    ),
    (
        WHO_SAID_WHAT,
        re.compile(
            rf"^(?:any\s+)?(?:quotes?|reactions?|comments?|statements?)\s+{_ABOUT}\s+(?P<topic>.+)$"
        ),
    ),
    (
        WHAT_DID_X_SAY,
        re.compile(
            r"^(?:and\s+)?what\s+(?:did|does|do|has|have|had|will|would)\s+(?P<speaker>.+?)\s+"
            rf"(?:been\s+)?(?:{_SAY}|saying|telling|to say)"
            rf"(?:\s+(?:anything\s+|so far\s+|lately\s+|recently\s+)*{_ABOUT}\s+(?P<topic>.+))?"
            r"(?:\s+(?:so far|lately|recently))?$"
        ),
    ),
    (
        WHAT_DID_X_SAY,
        re.compile(
            r"^(?:did|has|have)\s+(?P<speaker>.+?)\s+(?:said|say|talked|spoken|commented)\s+"
            rf"(?:anything\s+)?{_ABOUT}\s+(?P<topic>.+)$"
        ),
    ),
    (
        WHAT_DID_X_SAY,
        re.compile(
            r"^(?:quotes?|statements?|comments?|remarks?)\s+(?:from|by)\s+(?P<speaker>.+?)"
            rf"(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
        ),
    ),
    (
        WHAT_DID_X_SAY,
        re.compile(
            rf"^what\s+(?P<speaker>.+?)\s+(?:said|says|told)(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
        ),
    ),
    (WHO_IS, re.compile(r"^(?:who|what)\s+(?:is|was|are)\s+(?P<speaker>.+)$")),
    (WHO_IS, re.compile(r"^who(?:'s| s)\s+(?P<speaker>.+)$")),
    (WHO_IS, re.compile(r"^(?:tell me about|profile(?: of)?)\s+(?P<speaker>.+)$")),
    (HELP, re.compile(r"^(?:/newsbrief\s+)?(?:help|\?|what can you do|commands)$")),
]


@dataclass(frozen=True)
class Query:
    """A parsed question."""

    question: str
    intent: str
    topic: str | None = None
    speaker: str | None = None


def clean_question(raw: str) -> str:
    """The question as text we can work with: no control characters (NUL included), one
    space between words, curly apostrophes straight, at most MAX_QUESTION_CHARS."""
    text = _CONTROL.sub(" ", raw or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_QUESTION_CHARS]


def parse_question(raw: str) -> Query:
    """Intent, speaker and topic of a question (see the module docstring)."""
    question = clean_question(raw)
    text = question.lower().strip()
    text = re.sub(r"^@\S+\s*", "", text)  # "@newsbrief who said ..."
    text = text.rstrip(" ?!.")
    for intent, pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        topic = _clean_part(groups.get("topic"))
        speaker = _clean_part(groups.get("speaker"))
        if intent == WHAT_DID_X_SAY and speaker in ("anyone", "anybody", "people", "everyone"):
            return Query(question, WHO_SAID_WHAT, topic=topic)
        return Query(question, intent, topic=topic, speaker=speaker)
    return Query(question, KEYWORD, topic=_clean_part(text))


def _clean_part(part: str | None) -> str | None:
    if part is None:
        return None
    part = part.strip(" ?!.,;:\"'")
    return part or None
