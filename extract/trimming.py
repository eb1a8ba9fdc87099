"""Trimming reported words: no leading "that", conjunction or punctuation, no trailing
conjunction or punctuation (closing quotation marks and brackets stay), and a word's clitic
kept with it."""

from __future__ import annotations

from spacy.tokens import Token

CLITICS = frozenset({"n't", "'s", "'ll", "'re", "'ve", "'d", "'m"})


def trim_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens without the edges that are not reported words."""
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or (
            tokens[0].lower_ == "that"
            and (
                tokens[0].dep_ == "mark" or (tokens[0].pos_ == "SCONJ" and tokens[0].dep_ != "det")
            )
        )
        or tokens[0].dep_ == "cc"
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_space or tokens[-1].dep_ == "cc" or _is_trailing_punct(tokens[-1])
    ):
        tokens = tokens[:-1]
    # "those who do[n't]": the parse may hang a clitic elsewhere; a word stays whole.
    while tokens and (clitic := _clitic_after(tokens[-1])) is not None:
        tokens = [*tokens, clitic]
    return tokens


def _clitic_after(token: Token) -> Token | None:
    """The clitic written onto a token ("do" + "n't", "board" + "'s"), if one follows."""
    if token.whitespace_ or token.i + 1 >= len(token.doc):
        return None
    following = token.doc[token.i + 1]
    text = following.lower_.replace("\u2019", "'")
    return following if text in CLITICS else None


def _is_trailing_punct(token: Token) -> bool:
    return token.is_punct and token.text not in ("\u201d", '"', ")", "\u2019")
