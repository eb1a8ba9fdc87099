"""The conditions every quote query shares: a date window on the article, the speakers, the
articles a digest has not shown yet; and the FTS5 column filter of a quote's own words."""

from __future__ import annotations

from typing import Any

from storage.window import window

# The columns that hold a quote's own words (its text, sentence and their lemmas), as an
# FTS5 column filter: the headline is left out.
IN_QUOTE = "{text sentence topics}"


def filters(
    since: str | None,
    until: str | None,
    speaker_ids: list[int] | None,
    by_article: bool = False,
    articles: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    """SQL conditions on quotes `q` and articles `a`. `by_article`: the quotes are looked up
    by article, so the speaker condition must not pull in the speaker index. `articles`:
    article ids in (after, through], what a digest has not shown yet."""
    clauses: list[str] = []
    params: list[Any] = []
    if articles is not None:
        clauses.append("q.article_id > ? AND q.article_id <= ?")
        params.extend(articles)
    dated, dates = window(since, until)
    clauses.extend(dated)
    params.extend(dates)
    if speaker_ids is not None:
        marks = ", ".join("?" for _ in speaker_ids) or "NULL"
        clauses.append(f"{'+' if by_article else ''}q.speaker_id IN ({marks})")
        params.extend(speaker_ids)
    return ("".join(f" AND {c}" for c in clauses), params)
