"""A closed-class word is never a name (data/closed_words.json).

English writes names with open-class words: nouns made proper. Determiners and the pronouns
made of them ("Another, who asked not to be named, said", "Several said", "Both said") stand
for someone without naming them; capitalised at a sentence's start, the small model may tag
them proper nouns. Such a word is retagged as the pronoun it is before the cast is built.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

_PROPER_TAGS = frozenset({"NNP", "NNPS"})


@lru_cache(maxsize=1)
def closed_words() -> frozenset[str]:
    """The closed-class words that stand for someone without naming them."""
    raw = resources.files("extract").joinpath("data/closed_words.json").read_text("utf-8")
    return frozenset(json.loads(raw)["words"])


def retag_closed_words(tokens: list[Token]) -> None:
    """Retag the closed-class words (of a Doc's tokens) the tagger took for proper nouns as
    pronouns, in place."""
    for token in tokens:
        if token.tag_ in _PROPER_TAGS and token.lower_ in closed_words():
            token.tag_, token.pos_ = "DT", "PRON"


def after_the(doc: Doc, start: int) -> bool:
    """Whether a name opens after "the" ("the Crown", "the Treasury"): English writes no
    article before a person's name, so a lone name after one is an institution's."""
    return start > 0 and doc[start - 1].lower_ == "the"
