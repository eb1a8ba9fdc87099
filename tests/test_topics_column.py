"""The quotes' topics column has one normalisation (common.topics), whoever writes it."""

from __future__ import annotations

from common.topics import MAX_TOPICS, topic_terms, topics_column


def test_topic_terms_are_lowered_once_each_without_short_or_skipped_words() -> None:
    words = ["Ceasefire", "talks", "ceasefire", "say", "UN", "Talks", "Gaza"]
    terms = topic_terms(words, skip=lambda w: w == "say")
    assert terms == ("ceasefire", "talks", "gaza")
    assert topics_column(terms) == "ceasefire talks gaza"


def test_topic_terms_stop_at_the_cap() -> None:
    words = [f"word{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(MAX_TOPICS + 10)]
    assert len(topic_terms(words, skip=lambda w: False)) == MAX_TOPICS
