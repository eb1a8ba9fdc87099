"""Topic words of a quote: the lemmas of its content and sentence, for search."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from common.topics import topic_terms
from extract.lexicon import CueLexicon

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


def topic_words(tokens: Iterable[Token], lexicon: CueLexicon) -> tuple[str, ...]:
    """Lower-cased lemmas of content words, reporting verbs and stop words left out
    (common.topics.topic_terms, the column's one normalisation)."""
    lemmas = (
        token.lemma_
        for token in tokens
        if token.pos_ in _CONTENT_POS and not token.is_stop and token.is_alpha
    )
    return topic_terms(lemmas, lexicon.is_cue)
