"""The reporter's tail on reported words: what a sentence adds after a comma at the end of
what someone said (a description, a relative clause, the reporter's own clause)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

DASHES = ("--", "\u2014", "\u2013", "\u2015")
# Punctuation before a reporter's tail on the reported words.
TAIL_OPENERS = (",", *DASHES)
# Closing quotation marks: US style puts the comma before a tail inside them ("...,\u201d").
CLOSING_MARKS = ("\u201d", '"', "\u2019", "'", "''")


def reporters_tail_cut(
    tokens: list[Token],
    quoted: Callable[[Token], bool],
    subtree: Callable[[Token], list[Token]],
    tail_marks: frozenset[str],
) -> list[Token]:
    """The reported words without a tail the reporter adds after a comma (or a dash) at
    their end. After a reported clause: a relative clause ("the money went to X[, who has
    not been charged]"), a participle phrase ("said it was a mistake[, implicitly blaming
    Y]"), a clause with a subject of its own ("[, and three-quarters said ...]") or a
    description ("said she backed the plan[, a reversal of ...]"). After an object, also a
    subordinate clause ("refused to fight[, though it cost him ...]": `tail_marks`). Words
    in quotation marks are the speaker's and stay."""
    if len(tokens) < 3:
        return tokens
    ids = {t.i for t in tokens}
    # the last word: a paragraph break's newline token is neither a word nor punctuation
    last = max((t.i for t in tokens if not (t.is_punct or t.is_space)), default=-1)
    # what the cue reports is a clause when its first word-hanging-outside is a verb with a
    # subject ("said [the levy was fair]"), not an object or an infinitive
    first_root = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), None)
    clause = first_root is not None and _has_subject(first_root)
    for token in tokens:
        if token.i == tokens[0].i or quoted(token):
            continue
        comma = tail_opener(token)
        if (
            comma is None
            or comma.text not in TAIL_OPENERS
            or comma.i not in ids
            or token.right_edge.i < last
            or any(quoted(t) for t in subtree(token))
        ):
            continue
        kept = [t for t in tokens if t.i < comma.i]
        words = len([t for t in kept if not (t.is_punct or t.is_space)])
        if clause:
            # a reported clause runs on through its own subordinate clauses ("said X,
            # though Y"); only the reporter's asides end it, a description of what it
            # names among them ("said he was encouraged by the plan[ - a boost for ...]")
            if words >= 3 and (
                _wh_relative(token)
                or _reporters_participle(token)
                or _new_coordinated_clause(token)
                or _description(token)
            ):
                return kept
        elif words >= 1 and (
            _wh_relative(token)
            or _reporters_participle(token)
            or _marked_adverbial(token, tail_marks)
            or _new_coordinated_clause(token)
            or _description(token)
        ):
            # "railed against the pact[, the trade deal ...]", "refused to fight[, though
            # it cost him ...]": after an object, the rest is the reporter's
            return kept
    return tokens


def tail_opener(token: Token) -> Token | None:
    """The comma or dash right before a phrase, or, in the US style
    ('"...budget," she said'; '...a "disgrace," which ...'), the comma inside the closing
    quotation mark before it; None when the phrase follows no such mark."""
    if token.left_edge.i == 0:
        return None
    doc = token.doc
    before = doc[token.left_edge.i - 1]
    if before.text in CLOSING_MARKS and before.i > 0 and doc[before.i - 1].text == ",":
        return doc[before.i - 1]
    return before if before.text in TAIL_OPENERS else None


def _wh_relative(token: Token) -> bool:
    """ ", who has not been charged ...", ", with whom he clashed ...": a non-restrictive
    relative clause (its relative word among its first words) after a comma: the reporter's
    aside on what the speaker named."""
    if token.dep_ != "relcl":
        return False
    opening = token.doc[token.left_edge.i : min(token.left_edge.i + 3, token.i + 1)]
    return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in opening)


def _marked_adverbial(token: Token, marks: frozenset[str]) -> bool:
    """ ", while about 4 in 10 want ...", ", after he introduced a bill": an adverbial clause
    opened by a subordinator of the reporter's narration (data: cues.json "tail_marks")."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks and c.i < token.i for c in token.children
    )


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in token.children)


def _description(token: Token) -> bool:
    """ ", the 12-country trade deal ...": an apposition describing what was named (not one
    more item of a list: no conjunction inside, no other item beside it)."""
    return (
        token.dep_ == "appos"
        and not any(t.dep_ == "cc" for t in token.subtree)
        and not any(
            c.dep_ in ("conj", "appos") and c.i != token.i
            for c in token.head.children
            if c.i > token.i
        )
    )


def _new_coordinated_clause(token: Token) -> bool:
    """ ", and three-quarters said the same of Y": a coordinated clause with a subject of
    its own that is not the speaker's pronoun, after a comma."""
    return token.dep_ == "conj" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in token.children
    )


def _reporters_participle(token: Token) -> bool:
    """ ", implicitly putting his name on the line": a participle phrase without a
    subject of its own after a comma, on the clause or on its last noun ("her "strategy,"
    promising to campaign ...")."""
    return (
        token.dep_ in ("advcl", "acl")
        and token.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    )
