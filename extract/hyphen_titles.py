"""Hyphenated titles kept whole: "vice-chancellor", "co-founder", "editor-in-chief"
(people_words.json "hyphenated_titles").

spaCy's English tokenizer splits a word at its hyphens, and the small model then reads the
parts as it can: in "the museum's co-founder said", "co", "-" and "founder" each become a
subject, and the title is lost. A tokenizer special case would keep the word whole, but
the model, never having seen it whole, tags it a verb or an adjective ("Co-founder Nadia
Brill": no title any more). So the parse is kept and each listed title's parts are merged
after it (a retokenizer merge, before extraction reads the Doc): one token, taking the
attachment of its rightmost word whose head lies outside it ("founder" compounded with
"Brill") and, as lemma, its last part that is a role word ("founder"). common/names.py
reads it as a title word (every part is one), resolution as a role ("the co-founder said"
finds the person titled co-founder). The parse cache of bench/ holds parses, not merges:
it needs no rebuild.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from extract.docindex import DocIndex
from extract.people_words import ROLE_WORDS

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


@lru_cache(maxsize=1)
def hyphenated_titles() -> frozenset[str]:
    """The listed titles, lower case, singular and plural ("co-founder", "co-founders")."""
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    words = raw["hyphenated_titles"]["words"]
    return frozenset(words) | frozenset(w + "s" for w in words)


def _title_end(tokens: list[Token], start: int) -> int | None:
    """The end of a listed hyphenated title written from token `start` ("co" "-" "founder"),
    or None: words and hyphens alternating with no space between them."""
    end = start + 1
    while (
        end + 1 < len(tokens)
        and tokens[end].text in _HYPHENS
        and not tokens[end - 1].whitespace_
        and not tokens[end].whitespace_
        and tokens[end + 1].is_alpha
    ):
        end += 2
    if end == start + 1:
        return None
    # The longest listed title from `start` ("vice-chancellor", not "vice-chancellor-elect"
    # unlisted): try the whole run, then shorter ones (no space inside: the words joined).
    for stop in range(end, start + 1, -2):
        words = "".join(t.text for t in tokens[start:stop])
        if words.lower().replace("\u2010", "-").replace("\u2011", "-") in hyphenated_titles():
            return stop
    return None


def _under(token: Token, span: Span) -> bool:
    """Whether a token lies inside `span` or below one of its tokens."""
    for _ in range(len(token.doc)):
        if span.start <= token.i < span.end:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _role_of(span: Span) -> str:
    """The lemma of a hyphenated title: its last part that is a role word before any "in"
    or "of" ("founder" of "co-founders", "editor" of "editor-in-chief"), else that part."""
    parts = [t.lower_ for t in span if t.is_alpha]
    for link in ("in", "of"):  # "editor-in-chief": the editor's title, "in chief" its rank
        parts = parts[: parts.index(link)] if link in parts[1:] else parts
    parts[-1] = parts[-1].removesuffix("s") if parts[-1][:-1] in ROLE_WORDS else parts[-1]
    return next((p for p in reversed(parts) if p in ROLE_WORDS), parts[-1])


def _starts_word(tokens: list[Token], i: int) -> bool:
    return tokens[i].is_alpha and (
        i == 0 or tokens[i - 1].whitespace_ != "" or tokens[i - 1].text not in _HYPHENS
    )


def merge_hyphenated_titles(doc: Doc) -> None:
    """Merge each listed hyphenated title's tokens into one, in place (see the module)."""
    spans: list[Span] = []
    tokens = list(doc)  # (before the merge: spaCy builds a new Token on every `doc[i]`)
    i = 0
    while i < len(tokens):
        end = _title_end(tokens, i) if _starts_word(tokens, i) else None
        if end is None:
            i += 1
            continue
        spans.append(doc[i:end])
        i = end
    if not spans:
        return
    # Each title's attachment: its rightmost part whose head is outside it (its title noun).
    anchors: list[tuple[int, int | None, dict[str | int, Any]]] = []  # (offset, head's, attrs)
    for span in spans:
        outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
        # ... whose head is not under the title itself (a merge would make a cycle).
        free = [t for t in outside if t.head.i == t.i or not _under(t.head, span)]
        anchor = ([t for t in free if t.is_alpha] or [span.root])[-1]
        attrs: dict[str | int, Any] = {"TAG": anchor.tag_, "POS": anchor.pos_}
        attrs |= {"DEP": anchor.dep_, "LEMMA": _role_of(span)}
        anchors.append(
            (span.start_char, None if anchor.head.i == anchor.i else anchor.head.idx, attrs)
        )
    with doc.retokenize() as retokenizer:
        for span, (_, _, attrs) in zip(spans, anchors, strict=True):
            retokenizer.merge(span, attrs=attrs)
    index = DocIndex(doc)
    for start_char, head_char, _ in anchors:
        token = index.token_at(start_char)
        if token is None or head_char is None:
            continue
        new_head = _token_over(doc, index, head_char)
        if new_head is not None and new_head.i != token.head.i and not _governs(token, new_head):
            token.head = new_head


def _governs(token: Token, other: Token) -> bool:
    """Whether `other` is `token` or lies under it (a new head there would make a cycle)."""
    seen = 0
    while seen <= len(token.doc):
        if other.i == token.i:
            return True
        if other.head.i == other.i:
            return False
        other = other.head
        seen += 1
    return True


def _token_over(doc: Doc, index: DocIndex, char: int) -> Token | None:
    """The token that holds a character offset (a merged title holds its parts')."""
    found = index.token_at(char)
    if found is not None:
        return found
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
