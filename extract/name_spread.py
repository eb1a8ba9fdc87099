"""One name, one reading: words the recogniser reads as an organisation's or a person's name
in one place are that name wherever the article writes them the same way.

The small model reads names by their context, so the same words can be a name in one sentence
and pieces of names, or nothing, in the next: "Ormsby's Brewery will close" is one
organisation, while "Ormsby's Brewery in Wendleby will stop brewing" comes out as a person
"Ormsby" and a body "Brewery", and the brewery's statements are filed under "Brewery".

Rule: each name of two words or more that the recogniser reads as an organisation (ORG) or a
person (PERSON) is read so at its other occurrences in the article (the same words, either
apostrophe), when no other name crosses the occurrence's edges; names wholly inside it are its
pieces and give way. Words the article's names read both ways are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_LABELS = frozenset({"ORG", "PERSON"})


def _key(text: str) -> str:
    return text.replace("\u2019", "'")


def spread_names(doc: Doc, tokens: list[Token]) -> None:
    """Read every occurrence of a multi-word name as the recogniser read it once (the
    module's rule), in place (`tokens`: the doc's, read once: extract/docindex.py)."""
    readings: dict[tuple[str, ...], set[str]] = {}
    for ent in doc.ents:
        if len(ent) >= 2 and ent.label_ in _LABELS:
            readings.setdefault(tuple(_key(t.text) for t in ent), set()).add(ent.label_)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, labels in readings.items():
        if len(labels) == 1:
            by_first.setdefault(words[0], []).append((words, next(iter(labels))))
    if not by_first:
        return
    ents = list(doc.ents)
    entity_at = [-1] * len(doc)
    for n, ent in enumerate(ents):
        for i in range(ent.start, ent.end):
            entity_at[i] = n
    texts = [_key(t.text) for t in tokens]
    added: list[Span] = []
    given_way: set[int] = set()
    i = 0
    while i < len(texts):
        span = _occurrence(texts, i, by_first.get(texts[i], []), ents, entity_at, doc)
        if span is None:
            i += 1
            continue
        given_way |= {entity_at[k] for k in range(span.start, span.end) if entity_at[k] >= 0}
        added.append(span)
        i = span.end
    if added:
        kept = [e for n, e in enumerate(ents) if n not in given_way]
        doc.set_ents(sorted([*kept, *added], key=lambda s: s.start), default="outside")


def _occurrence(
    texts: list[str],
    i: int,
    names: list[tuple[tuple[str, ...], str]],
    ents: list[Span],
    entity_at: list[int],
    doc: Doc,
) -> Span | None:
    """The unread occurrence of a name starting at token i, as a span with its label, or
    None (no name starts there, it is read already, or another name crosses its edges)."""
    for words, label in sorted(names, key=lambda n: -len(n[0])):
        end = i + len(words)
        if tuple(texts[i:end]) != words:
            continue
        inside = {entity_at[k] for k in range(i, end) if entity_at[k] >= 0}
        if any(ents[n].start < i or ents[n].end > end for n in inside):
            return None  # a longer or overlapping name is read here
        if len(inside) == 1 and ents[min(inside)].start == i and ents[min(inside)].end == end:
            return None  # read as a name already (with the one label the article gives it)
        return Span(doc, i, end, label=label)
    return None
