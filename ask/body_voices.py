"""The people a question asks for as a body's voices: "anyone from Halden", "Halden
spokesman", "the union rep", "a fire officer".

- "<people word> from/at/of/for/in/with <body>" and "<body>('s) <people word>" name the body
  and the people who speak for it (its spokespeople, officials): `body_of` gives the body's
  words, read by name first (ask/people.py).
- When nobody holds the words as a title ("the union rep": the union's branch secretary; "the
  fire officer": a station commander of the fire and rescue service), the body asked for by
  its kind answers: its words as the question gives them ("the union"), or else the kind of
  organisation they begin ("fire": the fire service; kinds in ask/data/org_kinds.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ask.data_files import ask_data
from ask.views import Answer

_PEOPLE = (
    r"people|officials?|spokes(?:man|woman|person|people)|representatives?|reps?|executives?|"
    r"bosses|staff|members?|leaders?"
)
_ORG_PEOPLE = re.compile(
    rf"^(?:anyone|anybody|someone|somebody|{_PEOPLE}|the company|the firm)\s+"
    r"(?:from|at|of|for|in|with)\s+(?P<org>.+)$|"
    rf"^(?P<org2>.+?)(?:'s)?\s+(?:{_PEOPLE})$"
)
# a word for a body's voice that is also a title of its own ("the planning officer"): read
# as a body's voice only when nobody holds it as a title
_TITLED_PEOPLE = re.compile(r"^(?P<org>.+?)(?:'s)?\s+officers?$")


def body_of(text: str) -> str | None:
    """The words for the body whose people a phrase asks for, or None."""
    found = _ORG_PEOPLE.match(text)
    return (found.group("org") or found.group("org2")) if found else None


def kind_of_voice(text: str) -> list[str]:
    """The kinds of organisation a phrase for a body's voice asks for (ask/data/org_kinds.json
    "name_heads"): "the union rep" -> ["union"]; "the fire officer" -> ["fire service"]."""
    found = _TITLED_PEOPLE.match(text) or _ORG_PEOPLE.match(text)
    words = (found.group("org") or found.groupdict().get("org2") or "") if found else ""
    words = re.sub(r"^(?:the|a|an)\s+", "", words.strip().lower())
    return [k for k in _kinds() if words and (k == words or k.split()[0] == words)]


def voice_by_kind(phrase: str, ask_body: Callable[[str], Answer]) -> Answer | None:
    """What the body of the kind a phrase's voice speaks for said (`kind_of_voice`), when a
    body of that kind said anything: the last reading of "the union rep", after its title."""
    for kind in kind_of_voice(phrase):
        answer = ask_body(f"the {kind}")
        if answer.quotes:
            return answer
    return None


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    heads: dict[str, list[str]] = ask_data("org_kinds.json")["name_heads"]
    return tuple(heads)
