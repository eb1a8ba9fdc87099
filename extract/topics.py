"""Topic words of a quote: the lemmas of its content and sentence, for search."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from extract.lexicon import CueLexicon

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_MAX_TOPICS = 24


def topic_words(tokens: Iterable[Token], lexicon: CueLexicon) -> tuple[str, ...]:
    """Lower-cased lemmas of content words, reporting verbs and stop words left out."""
    seen: dict[str, None] = {}
    for token in tokens:
        if token.pos_ not in _CONTENT_POS or token.is_stop or not token.is_alpha:
            continue
        lemma = token.lemma_.lower()
        if len(lemma) < 3 or lexicon.is_cue(lemma):
            continue
        seen.setdefault(lemma, None)
        if len(seen) >= _MAX_TOPICS:
            break
    return tuple(seen)
