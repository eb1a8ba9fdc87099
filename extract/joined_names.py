"""A body's name joined by "and" that the recogniser cut in two: "The Brackenford and
District Chamber of Trade" gave "Brackenford" and "District Chamber of Trade", and the words
were credited to a body that does not exist. So too a name cut after "of": "the Edenvale
Guild of" and "Church Bell Ringers" are the Edenvale Guild of Church Bell Ringers (the
capitalised proper nouns after it, if no entity took them; a name ending in "of" with none
after it ends before it).

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
    """Merge, in place, the entity pairs the module's rule joins into one organisation, and
    finish a name cut after "of"."""
    ents = list(doc.ents)
    merged: list[Span] = []
    i = 0
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        if second is not None and (_joined(first, second) or _of_cut(first, second)):
            merged.append(Span(doc, first.start, second.end, label="ORG"))
            i += 2
            continue
        merged.append(_of_finished(first, second))
        i += 1
    if merged != ents:
        doc.set_ents(merged, default="outside")


def _of_cut(first: Span, second: Span) -> bool:
    """Whether a name that ends in "of" runs on into the next ("the Edenvale Guild of" +
    "Church Bell Ringers"): the recogniser cut one name in two."""
    return first[-1].lower_ == "of" and second.start == first.end and second.label_ in _JOINABLE


def _of_finished(ent: Span, after: Span | None) -> Span:
    """A name that ends in "of" with the capitalised words after it that no entity took
    ("the Edenvale Guild of" + "Church Bell Ringers"), or without its "of" when none follow;
    any other name as it is."""
    if len(ent) < 2 or ent[-1].lower_ != "of":
        return ent
    doc, end = ent.doc, ent.end
    limit = after.start if after is not None else len(doc)
    while end < limit and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        end += 1
    return Span(doc, ent.start, end if end > ent.end else ent.end - 1, label=ent.label_)


def _joined(first: Span, second: Span) -> bool:
    """Whether "first and second" is one organisation's name (module rule)."""
    if second.label_ != "ORG" or first.label_ not in _JOINABLE:
        return False
    if second.start != first.end + 1 or first.doc[first.end].lower_ != "and":
        return False
    root = first.root
    return root.dep_ in _MODIFIER_DEPS and second.start <= root.head.i < second.end
