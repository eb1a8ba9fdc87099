"""One attribution, one quote: the stored pieces of a statement shown once.

Extraction stores a statement as pieces that share its attribution number: a quotation split
around "he said", or a reported clause with the quoted fragment inside it (a partial quote).
Answers, digests and briefs show each statement once:
- a reported clause holding its quoted fragments is shown as the clause, the fragments
  marked (`QuoteView.marked`);
- a quotation split in pieces around a short "he said" is shown as the passage that holds
  them (the article's words from the first piece to the last), the pieces marked; pieces
  farther apart (narration between them) are shown each once, as quotations of their own;
- a partial quote without its clause is shown in its sentence, the fragment marked.
`start`/`end` are always the whole extent of what is shown, and `text` the article's words
there; `spans` are the statement's pieces. The same words are never shown twice: a statement
of a speaker that lies inside another of theirs (a clause reported again without its subject,
"she thinks America is strongest..." and "America is strongest...") is left to the wider one.
"""

from __future__ import annotations

from dataclasses import replace

from ask.views import QuoteView
from records.quotes import QuoteRow
from storage.db import Store
from storage.quote_lookup import passages, statement_pieces

# A passage between the first and last piece of a split quotation is shown whole when it
# adds at most this many characters to the pieces ('...," Quell said. "...'); else each
# piece is shown on its own.
MAX_BETWEEN = 60


def statement_key(article_id: int, attribution: int) -> tuple[int, int]:
    """What identifies a statement across its pieces."""
    return (article_id, attribution)


def as_statements(store: Store, views: list[QuoteView]) -> list[QuoteView]:
    """Each statement once, where its first piece is in `views`, with all its pieces (read
    from the store, also those `views` left out) merged into one view."""
    order: dict[tuple[int, int], QuoteView] = {}
    for view in views:
        order.setdefault(statement_key(view.article.id, view.attribution), view)
    pieces: dict[tuple[int, int], list[QuoteRow]] = {}
    for row in statement_pieces(store, list(order)):
        pieces.setdefault(statement_key(row.article_id, row.attribution), []).append(row)
    merged = {key: _merge(order[key], rows) for key, rows in pieces.items() if rows}
    between = [
        (key[0], view.start, view.end) for key, view in merged.items() if view.text == "\x00"
    ]
    found = passages(store, between)
    result = []
    for key, first in order.items():
        view = merged.get(key, first)
        if view.text == "\x00":
            result += _passage(view, found.get((key[0], view.start, view.end)), pieces[key])
        else:
            result.append(view)
    return _outermost(result)


_TIERS = ("quote", "speaker", "context", "article", "part")


def _outermost(views: list[QuoteView]) -> list[QuoteView]:
    """The views without those inside a wider one of the same speaker in the same article,
    or saying its very words again (a standfirst repeated as the first paragraph); the one
    kept keeps the better of their two ways of being found."""
    by_place: dict[tuple[int, str], list[int]] = {}
    for index, view in enumerate(views):
        by_place.setdefault((view.article.id, view.speaker_label), []).append(index)
    inside: dict[int, int] = {}  # index -> index of a wider view holding it
    for members in by_place.values():
        if len(members) < 2:
            continue
        widest = sorted(members, key=lambda i: (views[i].start - views[i].end, i))
        for n, index in enumerate(widest):
            view = views[index]
            holder = next(
                (
                    other
                    for other in widest[:n]
                    if other not in inside
                    and (
                        views[other].start <= view.start <= view.end <= views[other].end
                        or views[other].text == view.text  # a standfirst said again below it
                    )
                ),
                None,
            )
            if holder is not None:
                inside[index] = holder
    kept = list(views)
    for index, holder in inside.items():
        if _rank(views[index].match) < _rank(kept[holder].match):
            kept[holder] = replace(kept[holder], match=views[index].match)
    return [view for index, view in enumerate(kept) if index not in inside]


def _rank(match: str) -> int:
    return _TIERS.index(match) if match in _TIERS else len(_TIERS)


def _quoted(row: QuoteRow) -> bool:
    return row.kind in ("direct", "partial")


def _merge(first: QuoteView, rows: list[QuoteRow]) -> QuoteView:
    """The statement's view: its text, extent, pieces and marked words (text "\\x00" when
    the passage between the pieces must be read from the article)."""
    spans = tuple((r.start, r.end) for r in rows)
    quoted = tuple((r.start, r.end) for r in rows if _quoted(r))
    start, end = min(r.start for r in rows), max(r.end for r in rows)
    if len(rows) == 1:  # one replace per view: answers hold hundreds
        row = rows[0]
        sentence, marked = _marks(row)
        return replace(
            first,
            spans=spans,
            quoted=quoted,
            start=start,
            end=end,
            text=row.text,
            kind=row.kind,
            marked=marked,
            sentence=sentence,
        )
    base = replace(first, spans=spans, quoted=quoted, start=start, end=end)
    holders = [r for r in rows if r.kind == "indirect" and r.start <= start and r.end >= end]
    if holders:
        holder = max(holders, key=lambda r: r.end - r.start)
        marked = tuple(
            span
            for r in rows
            if _quoted(r)
            for span in [_locate(holder.text, r.text, r.start - holder.start)]
            if span is not None
        )
        kind = "partial" if marked else "indirect"
        return replace(base, id=holder.id, text=holder.text, kind=kind, marked=marked)
    kind = "direct" if all(r.kind == "direct" for r in rows) else "partial"
    return replace(base, text="\x00", kind=kind)


def _passage(view: QuoteView, passage: str | None, rows: list[QuoteRow]) -> list[QuoteView]:
    """A split quotation as the article's passage from its first piece to its last, or its
    pieces each on its own when they lie far apart."""
    extra = (view.end - view.start) - sum(r.end - r.start for r in rows)
    if passage is not None and extra <= MAX_BETWEEN:
        marked = tuple(
            span
            for r in rows
            if _quoted(r)
            for span in [_locate(passage, r.text, r.start - view.start)]
            if span is not None
        )
        return [replace(view, text=passage, marked=marked)]
    return [
        replace(
            view,
            id=row.id,
            text=row.text,
            kind=row.kind,
            start=row.start,
            end=row.end,
            quoted=((row.start, row.end),) if _quoted(row) else (),
            marked=((0, len(row.text)),) if _quoted(row) else (),
        )
        for row in rows
    ]


def _marks(row: QuoteRow) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    """A piece alone: the sentence to show it in (a partial quote's; None: its own words)
    and the quoted words there."""
    if row.kind == "indirect":
        return None, ()
    whole = ((0, len(row.text)),)
    if row.kind != "partial":
        return None, whole
    sentence = row.sentence or ""
    where = sentence.find(row.text) if row.text else -1
    if where < 0 or sentence.strip() == row.text.strip():
        return None, whole
    return sentence, ((where, where + len(row.text)),)


def _locate(text: str, words: str, near: int) -> tuple[int, int] | None:
    """Where `words` are in `text`: at the offset given when they are there, else their
    occurrence nearest to it."""
    if not words:
        return None
    if text[near : near + len(words)] == words:
        return (near, near + len(words))
    hits = []
    at = text.find(words)
    while at >= 0:
        hits.append(at)
        at = text.find(words, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - near))
    return (best, best + len(words))
