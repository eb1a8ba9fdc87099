"""A possessive pronoun keeps the chain to its person going for the next "he" or "she".

"He said he had found customers who had fallen. At its peak his round served 900 homes. He
said supermarkets had taken most of his trade.": the second "He" is two sentences after the
last mention of the milkman, beyond the near-antecedent window (extract/resolution.py
`near_antecedent`), but "his round" in the sentence between is his, and no one else is
mentioned since.

Rule: a subject "he"/"she" resolved to a person is near that person when a possessive of the
same gender ("his"/"her") in its sentence or the two before, outside quotation marks, resolves
to the same person and is itself near that person, and nobody else is mentioned between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.people import Cast

_POSSESSIVES = {"he": "his", "she": "her"}
POSSESSIVE_SENTENCES = 2  # how far back the possessive may be


def possessive_link(cast: Cast, pronoun: Token, entry: int) -> bool:
    """Whether a possessive pronoun just before `pronoun` carries the chain to `entry`."""
    possessive = _POSSESSIVES.get(pronoun.lower_)
    if possessive is None:
        return False
    sentence = cast.index.sentence_number(pronoun.i)
    for i in range(pronoun.i - 1, -1, -1):
        token = cast.index.tokens[i]
        if cast.index.sentence_number(i) < sentence - POSSESSIVE_SENTENCES:
            return False
        if token.lower_ == possessive and token.tag_ == "PRP$" and not cast.quoted[token.i]:
            return (
                cast.resolve_pronoun(token) == entry
                and cast.near_antecedent(token, entry)
                and not any(
                    token.idx < m.start < pronoun.idx and m.entry != entry for m in cast.mentions
                )
            )
    return False
