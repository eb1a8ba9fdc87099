"""A body's name joined by "and" that the recogniser cut in two: "The Brackenford and
District Chamber of Trade" gave "Brackenford" and "District Chamber of Trade", and the words
were credited to a body that does not exist.

Rule: a named entity, then "and", then an organisation's name, where the first is a modifier
of the organisation's head word in the parse ("Brackenford" hangs on "Chamber"), is one
organisation's name. Two bodies coordinated ("Acme and the Elm Trust said") are each the
subject or object of their own: the first hangs on no word of the second.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})
_JOINABLE = frozenset({"ORG", "GPE", "LOC", "PERSON", "NORP", "FAC"})


def join_cut_names(doc: Doc) -> None:
    """Merge, in place, the entity pairs the module's rule joins into one organisation."""
    ents = list(doc.ents)
    merged: list[Span] = []
    i = 0
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        if second is not None and _joined(first, second):
            merged.append(Span(doc, first.start, second.end, label="ORG"))
            i += 2
            continue
        merged.append(first)
        i += 1
    if len(merged) != len(ents):
        doc.set_ents(merged, default="outside")


def _joined(first: Span, second: Span) -> bool:
    """Whether "first and second" is one organisation's name (module rule)."""
    if second.label_ != "ORG" or first.label_ not in _JOINABLE:
        return False
    if second.start != first.end + 1 or first.doc[first.end].lower_ != "and":
        return False
    root = first.root
    return root.dep_ in _MODIFIER_DEPS and second.start <= root.head.i < second.end
