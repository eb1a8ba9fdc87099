"""A given name and a capitalised word after it, outside any name the recogniser read, are a
person's name.

The small model misses names it has not seen ("Beatriz Fonseca, founder of the coffee chain
Grão, announced the gift": no entity at all), and every quote of hers after it is nobody's.

Rule: a capitalised word the name data knows as a given name (extract/names.py
is_given_name), tagged a proper noun, outside any entity and not opening a sentence as a
common word, followed by one capitalised word tagged a proper noun (or two joined by a hyphen,
"Pryce-Owen") outside any entity, that is no given name, no body's or place's word, and is
not followed by another capitalised word (a longer name, "Victoria Park Road"), is a person
(PERSON). The surname may be an entity of a kind no surname is, which the recogniser gives
names it has not seen ("Ifor Bankole, 89,": Bankole read as a PRODUCT): that entity, all of
the surname, is dropped for the person's; the given name before it may then be read as any
word ("Ifor" as a preposition).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.names import fold, is_given_name
from extract.people_words import BODY_WORDS
from extract.place_names import PLACE_NOUNS

_PROPER = frozenset({"NNP", "NNPS"})
_MISREAD = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})  # no surname's


def people_by_given_name(doc: Doc, tokens: list[Token]) -> None:
    """Read the names the module's rule finds as people's, in place (`tokens`: the doc's)."""
    found: list[Span] = []
    i = 0
    while i < len(tokens) - 1:
        end = _surname_end(tokens, i)
        if end is None:
            i += 1
            continue
        found.append(Span(doc, i, end, label="PERSON"))
        i = end
    if found:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.set_ents(sorted([*kept, *found], key=lambda s: s.start), default="outside")


def _surname_end(tokens: list[Token], i: int) -> int | None:
    """The end of the surname after a given name at token i, or None (module rule; a word
    inside an entity has its entity type)."""
    given = tokens[i]
    misread = i + 1 < len(tokens) and tokens[i + 1].ent_type_ in _MISREAD
    if (
        given.ent_type_
        or (given.tag_ not in _PROPER and not misread)  # "Ifor" read as "if or"
        or not given.is_title
        or not is_given_name(given.text)
    ):
        return None
    if i > 0 and tokens[i - 1].is_title and tokens[i - 1].tag_ in _PROPER:
        return None  # inside a longer run of names
    end = i + 1
    if end + 2 < len(tokens) and tokens[end + 1].text == "-" and not tokens[end].whitespace_:
        end += 2  # "Pryce-Owen"
    surname = tokens[i + 1 : end + 1]
    if any(not t.is_title and t.text != "-" for t in surname) or not _outside_names(surname):
        return None
    last = surname[-1]
    if last.tag_ not in _PROPER or is_given_name(last.text):
        return None
    if fold(last.text) in BODY_WORDS or fold(last.text) in PLACE_NOUNS:
        return None
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if after is not None and after.is_title and after.tag_ in _PROPER:
        return None
    return end + 1


def _outside_names(surname: list[Token]) -> bool:
    """Whether a surname's words are outside any entity, or are one whole entity of a kind
    no surname is (`_MISREAD`)."""
    if not any(t.ent_type_ for t in surname):
        return True
    first, last = surname[0], surname[-1]
    whole = first.ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in surname[1:])
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    ends = after is None or after.ent_iob_ != "I"
    return (
        whole
        and ends
        and first.ent_type_ in _MISREAD
        and all(t.ent_type_ == first.ent_type_ for t in surname)
    )
