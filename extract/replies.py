"""The reply to a question is the answer of the one asked (data/question_verbs.json).

In reports of hearings, interviews and meetings: "She asked Roe whether the lorry could be
seen. He said: 'No.'" The reply's pronoun refers to the one asked (the question verb's
object), not to the last man named inside the question ("... whether the camera showed Mr
Kewley"). Read when a pronoun's antecedents in its paragraph are all objects alike: the
one asked comes first among them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from extract.cast_state import Mention
from extract.docindex import DocIndex


@lru_cache(maxsize=1)
def question_verbs() -> frozenset[str]:
    """The lemmas of verbs that put a question to someone."""
    raw = resources.files("extract").joinpath("data/question_verbs.json").read_text("utf-8")
    return frozenset(json.loads(raw)["verbs"])


def is_asked(token: Token | None) -> bool:
    """Whether a name is the object of a question verb ("asked Roe whether")."""
    if token is None:
        return False
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in question_verbs()


def asked_first(index: DocIndex, mentions: Sequence[Mention]) -> Mention:
    """The one asked among a pronoun's candidates (latest first), else the latest."""
    return next((m for m in mentions if is_asked(index.token_at(m.start))), mentions[0])
