"""A given name and a capitalised word after it, outside any name the recogniser read, are a
person's name.

The small model misses names it has not seen ("Beatriz Fonseca, founder of the coffee chain
Grão, announced the gift": no entity at all), and every quote of hers after it is nobody's.

Rule: a capitalised word the name data knows as a given name (extract/names.py
is_given_name), tagged a proper noun, outside any entity and not opening a sentence as a
common word, followed by one capitalised word tagged a proper noun (or two joined by a hyphen,
"Pryce-Owen") outside any entity, that is no given name, no body's or place's word, and is
not followed by another capitalised word (a longer name, "Victoria Park Road"), is a person
(PERSON).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.names import fold, is_given_name
from extract.people_words import BODY_WORDS
from extract.place_names import PLACE_NOUNS

_PROPER = frozenset({"NNP", "NNPS"})


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
        doc.set_ents(sorted([*doc.ents, *found], key=lambda s: s.start), default="outside")


def _surname_end(tokens: list[Token], i: int) -> int | None:
    """The end of the surname after a given name at token i, or None (module rule; a word
    inside an entity has its entity type)."""
    given = tokens[i]
    if (
        given.ent_type_
        or given.tag_ not in _PROPER
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
    if any(t.ent_type_ or not t.is_title and t.text != "-" for t in surname):
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
