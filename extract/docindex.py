"""Constant-time lookups over a parsed article: a token's sentence, the token at an offset.

spaCy's `Token.sent` rescans the document on every call; on a long article that makes
extraction quadratic, so extraction asks this index instead. Build it once the Doc is
retokenized for good (extract/hyphen_titles.py merges tokens): it keeps the Doc's tokens.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Sentences and token offsets of one Doc, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)  # spaCy builds a new Token on every access
        # (Doc.text rebuilds the string, a new Token per word, on every access)
        self.text = "".join(t.text_with_ws for t in self.tokens)
        self.sentences: list[Span] = list(doc.sents) if len(doc) else []
        self._sentence_of: list[int] = [0] * len(doc)
        self._opening: list[bool] = [False] * len(doc)
        for number, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self._sentence_of[i] = number
            for token in self.tokens[sent.start : sent.end]:
                self._opening[token.i] = True
                if not (token.is_punct or token.is_space):
                    break
        self._starts = [t.idx for t in self.tokens]

    def opens_sentence(self, i: int) -> bool:
        """Whether the token at position i is the first word of its sentence, or the first
        after its opening punctuation."""
        return self._opening[i]

    def sent(self, token: Token) -> Span:
        """The sentence holding a token."""
        return self.sentences[self._sentence_of[token.i]]

    def sentence_number(self, i: int) -> int:
        """The number of the sentence holding the token at position i."""
        return self._sentence_of[i]

    def span_text(self, start: int, end: int) -> str:
        """The text of the tokens at positions start..end-1 (as `doc[start:end].text`)."""
        if start >= end:
            return ""
        last = self.tokens[end - 1]
        return self.text[self.tokens[start].idx : last.idx + len(last.text)]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting at character offsets start..end-1, in order."""
        lo = bisect.bisect_left(self._starts, start)
        return self.tokens[lo : bisect.bisect_left(self._starts, end, lo)]

    def sentence_tokens(self, token: Token, most: int) -> list[Token]:
        """The tokens of a token's sentence; of a run-on "sentence" longer than `most`
        tokens (a broken or hostile text), only the `most` around the token."""
        sent = self.sent(token)
        if sent.end - sent.start <= most:
            return self.tokens[sent.start : sent.end]
        start = max(sent.start, min(token.i - most // 2, sent.end - most))
        return self.tokens[start : start + most]

    def token_at(self, char: int) -> Token | None:
        """The token starting exactly at a character offset."""
        k = bisect.bisect_left(self._starts, char)
        if k < len(self._starts) and self._starts[k] == char:
            return self.doc[k]
        return None


def entity_bounds(token: Token) -> tuple[int, int]:
    """The start and end of the named entity the token is in (the token's own when none)."""
    if not token.ent_type_:
        return token.i, token.i + 1
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end
