"""A phrase asked for a speaker, bare: without "the", "a", an honorific such as "Mr" or
"Dr", a clergy rank written before a name ("canon hallgren": common/data/titles.json, in
any case asked) or a closing possessive ("Okafor's")."""

from __future__ import annotations

import re

from common.names import RANK_FAMILIES

_LEADING = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr|prof|professor|our|their|its)\.?\s+", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_CLERGY_RANK = re.compile(  # ranks matched as written in a story, in any case asked
    rf"^(?:{'|'.join(RANK_FAMILIES['clergy']['as_written'])})\s+(?=\S)", re.I
)


def bare_phrase(phrase: str) -> str:
    """The phrase without its leading determiners, honorifics and ranks and its closing
    possessive (module docstring)."""
    text = _POSSESSIVE.sub("", phrase.strip())
    while _LEADING.match(text) or _CLERGY_RANK.match(text):  # "canon hallgren" too
        text = _CLERGY_RANK.sub("", _LEADING.sub("", text, count=1), count=1)
    return text.strip()
