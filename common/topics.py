"""The words of a quote's `topics` column (searched through quotes_fts): one normalisation for
every writer of that column, the extractor and the benchmark's synthetic store alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable

MAX_TOPICS = 24
MIN_LETTERS = 3


def topic_terms(words: Iterable[str], skip: Callable[[str], bool]) -> tuple[str, ...]:
    """`words` (lemmas, or plain words) as topic terms: lower-cased, shorter than
    MIN_LETTERS and `skip`ped ones (reporting verbs, stop words) left out, each once, in
    order, at most MAX_TOPICS."""
    seen: dict[str, None] = {}
    for word in words:
        term = word.lower()
        if len(term) < MIN_LETTERS or skip(term):
            continue
        seen.setdefault(term, None)
        if len(seen) >= MAX_TOPICS:
            break
    return tuple(seen)


def topics_column(terms: Iterable[str]) -> str:
    """The terms as stored in the `topics` column: separated by spaces."""
    return " ".join(terms)
