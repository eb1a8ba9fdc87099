"""Names the article itself marks as no person's: the antecedent of "which".

The small model often reads a firm's name with no organisation word in it as a person's
("Kestrel Ales", "Harrow & Pike"). English refers to a person with "who" and to anything
else with "which": "Kestrel Ales, which is based in Harnley, ..." is an organisation. A name
starting with a known given name is left to the other rules ("Amelia Hart, which ..." is a
slip, not a firm).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.names import fold, given_name_gender


def which_named(tokens: list[Token]) -> frozenset[str]:
    """The folded names (proper-noun runs) a "which" clause describes among a doc's tokens,
    without those that start with a known given name."""
    found: set[str] = set()
    for token in tokens:
        if token.lower_ != "which" or token.head.dep_ != "relcl":
            continue
        head = token.head.head
        if head.pos_ != "PROPN" or head.i >= token.i:
            continue
        start = head.i
        while (
            start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].dep_ == "compound"
        ):
            start -= 1
        name = head.doc[start : head.i + 1].text
        if given_name_gender(tokens[start].text) is None:
            found.add(fold(name))
    return frozenset(found)
