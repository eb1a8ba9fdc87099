"""The shape of what a cue reports: a clause with a verb of its own ("said [the plan would
fail]"), a verb phrase without its own subject ("urged the council [to act]", "promised [to
cut taxes]"), quoted words ("called it [“a disgrace”]"), or only a noun phrase ("proposed
[new limits on tax breaks]", "highlights [the killings]").

The shape is read from the parse at extraction, stored with each quote, and lets an answer
tell a report of words from a report of an act: "Ng proposed new limits" says what Ng did,
not what Ng said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from spacy.tokens import Token

ContentShape = Literal["clause", "verb", "quote", "noun"]
SHAPES: tuple[ContentShape, ...] = ("clause", "verb", "quote", "noun")

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def content_shape(tokens: Sequence[Token], quoted: Callable[[Token], bool]) -> ContentShape:
    """The shape of a cue's reported words (`tokens`, the content; `quoted` tells a word
    inside quotation marks). A cue whose only words are its quotation ('"...," she said')
    has no content: "quote".

    Words after "that" holding a finite verb are a clause. Otherwise, looked at from the
    content's roots, the words whose head lies outside it:
    - "clause": a root with a subject of its own ("the plan would fail", "it difficult"),
      a clausal complement of the cue ("said, ... , would fail"), or a noun holding the
      clause that says what was said ("his message that the country needs order");
    - "verb": a root that is a verb without a subject (an infinitive or a gerund);
    - "quote": otherwise, when the words are or hold a quotation;
    - "noun": otherwise (a noun phrase, a prepositional phrase, a name). The words beside a
      quotation the cue also owns ('"...," she told [the forum in Singapore]') are that."""
    if _after_that(tokens):
        return "clause"
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in ids]
    # An adverbial clause says why or when ("highlights X [to help give context]"), not what.
    heads = [t for t in _with_conjuncts(roots, ids) if t.dep_ != "advcl"]
    if any(
        _has_subject(t) or (t.dep_ in _CLAUSE_DEPS and _is_verb(t)) or _holds_clause(t)
        for t in heads
    ):
        return "clause"
    if any(_is_verb(t) for t in heads):
        return "verb"
    if not tokens or any(quoted(t) for t in tokens):
        return "quote"
    return "noun"


def _after_that(tokens: Sequence[Token]) -> bool:
    """Words after "that" holding a finite verb are a clause whatever the parse hung them on:
    "said in a statement that [around one in five shops now employed paid staff]" (the
    model read "employed" as describing the shops)."""
    if not tokens:
        return False
    first = tokens[0]
    opened = first.lower_ == "that" or (first.i > 0 and first.doc[first.i - 1].lower_ == "that")
    return opened and any(t.tag_ in _FINITE or _active_participle(t) for t in tokens)


def _active_participle(token: Token) -> bool:
    """A past participle with an object of its own is a past tense the tagger misread
    ("shops now employed [paid staff]")."""
    return token.tag_ == "VBN" and any(c.dep_ == "dobj" for c in token.children)


def _with_conjuncts(roots: list[Token], ids: set[int]) -> list[Token]:
    """The roots and the words coordinated with them inside the content ("said [X would
    go] and [Y would stay]")."""
    found = list(roots)
    for root in roots:
        found.extend(c for c in root.children if c.dep_ == "conj" and c.i in ids)
    return found


def _holds_clause(token: Token) -> bool:
    """A noun whose clause is what was said: "his message [that the country needs order]",
    "the claim [he had won]"; not a relative clause ("the loophole [that benefits funds]")."""
    return token.pos_ in ("NOUN", "PROPN", "PRON") and any(
        c.dep_ in ("acl", "ccomp", "appos") and _is_verb(c) and _has_subject(c)
        for c in token.children
    )


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in token.children)


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")
