"""The state shared by the cast's stages: mentions, name spans and the entries found so far.

A cast is built in stages, each a small module: `mentions` finds the name spans,
`entities` clusters them into people and organisations, `resolution` resolves pronouns,
titles alone and "the group" to entries, `attributes` gives each entry its title and
organisation; `people.Cast` runs them in order.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from extract.docindex import DocIndex
from extract.model import Person

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass
class Mention:
    """Where an entry of the cast is mentioned (outside quotation marks)."""

    start: int
    entry: int
    subject: bool
    paragraph: int
    main: bool = False  # the subject of its sentence's main clause (not of reported words)
    speaker: bool = False  # the subject of a reporting cue
    modifier: bool = False  # a name qualifying a common noun ("the Carse leisure centre")


@dataclass
class NameSpan:
    """A name found in the text: the name's tokens and the title tokens before it."""

    start: int  # token index of the first name token
    end: int  # token index past the last name token
    title_start: int  # token index of the first title token (== start when none)
    label: str


class CastState:
    """People and organisations of one article, and the mentions that refer to them."""

    def __init__(
        self,
        doc: Doc,
        paragraph_of: list[int],
        quoted: list[bool],
        index: DocIndex | None = None,
        speakers: set[int] | None = None,
    ) -> None:
        self.doc = doc
        self.index = index or DocIndex(doc)
        self.speakers = speakers or set()  # tokens that are the subject of a reporting cue
        self.paragraph_of = paragraph_of  # token index -> paragraph number
        self.quoted = quoted  # token index -> inside quotation marks
        self.entries: list[Person] = []
        self.descriptors: list[set[str]] = []  # per entry: nouns describing it ("utility")
        self.rank_names: dict[int, set[str]] = {}  # entry -> what its rank calls it ("officer")
        self.salience: list[int] = []  # per entry: mentions so far
        self.labels: list[set[str]] = []  # per entry: entity labels of its names ("GPE")
        self.mentions: list[Mention] = []
        self.token_entry: dict[int, int] = {}  # token index -> entry, for every name token
        self.pronoun_entry: dict[int, int] = {}  # subject pronoun token -> entry
        self.headline: list[bool] = [False] * len(doc)  # token index -> in a headline line

    def _text(self, start: int, end: int) -> str:
        return self.index.span_text(start, end)

    def entry_for_token(self, token: Token) -> int | None:
        """The cast entry a name token belongs to."""
        return self.token_entry.get(token.i)

    def _speaks(self, token: Token) -> bool:
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return _phrase_head(token).i in self.speakers

    def add_mention(self, token: Token, entry: int) -> None:
        """Record a resolved reference (a pronoun, a title) so later pronouns can reach it."""
        if any(m.start == token.idx for m in self.mentions):
            return
        mention = Mention(
            token.idx,
            entry,
            is_subject(token),
            self.paragraph_of[token.i],
            is_main_subject(token),
            self._speaks(token),
        )
        bisect.insort(self.mentions, mention, key=lambda m: m.start)
        self.salience[entry] += 1


def is_main_subject(token: Token) -> bool:
    """The subject of a sentence's main clause: "Pataki says Kasich has ..." -> Pataki, not
    Kasich (whose clause is what Pataki said)."""
    token = _phrase_head(token)
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    while verb.dep_ in ("conj", "xcomp", "aux") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def is_subject(token: Token) -> bool:
    """True when the token heads, or names the person first in, a clause's subject."""
    return _phrase_head(token).dep_ in ("nsubj", "nsubjpass")


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase a name sits in. "Ann Roe of the Elm Society said" may
    be parsed with the society as the subject and the name as its modifier; the name
    leads the phrase, so it counts as the subject too."""
    while token.head.i != token.i and (
        token.dep_ in ("compound", "appos", "flat")
        or (
            token.dep_ == "nmod"
            and token.ent_type_ == "PERSON"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "of"
        )
    ):
        token = token.head
    return token
