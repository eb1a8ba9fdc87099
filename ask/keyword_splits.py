"""A keyword question read as a speaker and a topic: "aranda on rationing", "halden quotes",
"county council line on footpath 14", "vicar of St Ealdred's on the well dressing".

The phrase before "on" (or "about", "over", ...) may be a speaker; a word for what they hold
on the topic after it ("line", "position", "stance", "view", "take", "response") is not part
of their name. The caller keeps the first reading whose speaker the store knows. A speaker
phrase the question writes in lower case after no article ("air ambulance charity",
"vicar of St Ealdred's") is a description, read as "the ..." would be.
"""

from __future__ import annotations

import re

from ask.intents import clean_part

_ON = (
    r"(?:on|about|re|regarding|over|talking about|speaking about|commenting on|"
    r"quotes? (?:on|about)|said about|says about|comments? on)"
)
_HELD = r"(?:line|position|stance|views?|take|response|reaction|verdict)"
_SPLIT = re.compile(rf"^(?P<speaker>.+?)\s+{_ON}\s+(?P<topic>.+)$")
_HELD_SPLIT = re.compile(rf"^(?P<speaker>.+?)(?:'s)?\s+{_HELD}\s+{_ON}\s+(?P<topic>.+)$")
_SPEAKER_ONLY = re.compile(  # "Halden quotes", "Lathe Valley Community Energy position?"
    r"^(?P<speaker>.+?)(?:'s)?\s+"
    r"(?:quotes?|said|says|comments?|statements?|remarks?|position|stance|views?|reaction)$"
)
_ARTICLES = ("the ", "a ", "an ")


def speaker_topic_splits(text: str) -> list[tuple[str, str | None]]:
    """Ways a keyword phrase may name a speaker and a topic ("aranda on rationing",
    "halden quotes", "county council line on footpath 14": the county council on footpath
    14): the caller keeps the first whose speaker the store knows."""
    text = text.lower()
    splits: list[tuple[str, str | None]] = []
    for match in _SPLIT.finditer(text):
        splits.append((match.group("speaker"), clean_part(match.group("topic"))))
    held = _HELD_SPLIT.match(text)
    if held:
        splits.append((held.group("speaker"), clean_part(held.group("topic"))))
    only = _SPEAKER_ONLY.match(text)
    if only:
        splits.append((only.group("speaker"), None))
    splits.append((text, None))
    return splits


def described_phrase(question: str, phrase: str) -> str | None:
    """The phrase with "the" before it when the question writes it as a description: no
    article, its first word in lower case ("vicar of St Ealdred's", "air ambulance
    charity"); None for a name ("Yildirim", "Halden") or a phrase with an article."""
    if phrase.startswith(_ARTICLES) or not phrase.split():
        return None
    first = phrase.split()[0]
    at = question.lower().find(phrase)
    written = question[at : at + len(first)] if at >= 0 else ""
    written = written.rstrip("'\u2019")  # "teachers' union on the phone policy"
    if not written or not written.islower() or not written.isalpha():
        return None
    return f"the {phrase}"
