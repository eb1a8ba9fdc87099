"""The state of one article's speech analysis: its tokens mapped to quotation regions, the
attributions found so far keyed by their cue, and what kind of quotation a region is (partial,
title-like, a nickname, speech).

`Attribution` is one speech event: a cue, the subject naming its speaker, what was said.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Token

from extract import limits
from extract.docindex import DocIndex
from extract.labels import labelled_thing
from extract.lexicon import CueLexicon, mend_cue_lemmas
from extract.not_speech import load_not_speech
from extract.people_words import ROLE_WORDS
from extract.quote_marks import QuoteRegion, paragraph_spans


@dataclass
class Attribution:
    """A speech event: its cue, the subject that names the speaker, and what was said."""

    cue: Token | None
    cue_text: str | None
    subject: Token | None
    content: list[Token] = field(default_factory=list)
    regions: list[int] = field(default_factory=list)
    verbatim: bool = False  # the content is the speaker's own words (a transcript line)
    more: list[list[Token]] = field(default_factory=list)  # its following paragraphs
    speaker_text: str | None = None  # a speaker named by layout, not by a subject
    answers: list[Token] = field(default_factory=list)  # the interview question answered
    sourceless: bool = False  # a passive report that names nobody ("is expected to ...")
    headline: bool = False  # a headline's credit ("Graham: ..."): names no one new

    @property
    def position(self) -> int:
        """Where the attribution sits, for ordering."""
        if self.cue is not None:
            return self.cue.i
        return -1


class SpeechState:
    """One parsed article's tokens, quotation regions and attributions found so far."""

    def __init__(
        self,
        doc: Doc,
        regions: list[QuoteRegion],
        paragraph_of: list[int],
        lexicon: CueLexicon,
        index: DocIndex | None = None,
    ) -> None:
        self.doc = doc
        self.index = index or DocIndex(doc)
        mend_cue_lemmas(self.index.tokens, lexicon)
        self.text = self.index.text
        self.regions = regions
        self.paragraph_of = paragraph_of
        self.lexicon = lexicon
        self.never_speech = load_not_speech()
        self.region_of: list[int | None] = [None] * len(doc)
        self.region_tokens: list[list[Token]] = [[] for _ in regions]
        self.region_opens = [r.open for r in regions]
        self._map_tokens()
        self.by_cue: dict[int, Attribution] = {}
        # Positions of the cues that can frame a quotation (outside quotation marks, with a
        # speaker-like subject), sorted: the nearest one is found by bisection, not by
        # scanning a sentence for every quotation.
        self._framing: list[int] = []
        self._sentence_quoted: list[bool] = [False] * len(self.index.sentences)
        self._sentence_words_quoted: list[bool] = [False] * len(self.index.sentences)
        for i, region in enumerate(self.region_of):
            if region is not None:
                number = self.index.sentence_number(i)
                self._sentence_quoted[number] = True
                token = self.index.tokens[i]
                if not token.is_space and not token.is_punct:
                    self._sentence_words_quoted[number] = True
        self.paragraphs = paragraph_spans(self.text)
        self.verbatim: set[int] = set()  # tokens of transcript lines
        self._consumed: set[int] = set()  # regions a transcript line already accounts for
        self._content_owners: dict[int, list[int]] = {}  # token -> cues whose content holds it
        self._shared_subject: dict[int, int] = {}  # coordinated cue -> the cue it shares with
        self.warnings: list[str] = []  # limits a hostile article ran into
        # region -> the attribution its closing words hand it over to ('"...," he wrote')
        self.handed_over: dict[int, Attribution] = {}

    def _map_tokens(self) -> None:
        opens = [r.open for r in self.regions]
        for token in self.index.tokens:
            k = bisect.bisect_right(opens, token.idx) - 1
            if k >= 0 and token.idx < self.regions[k].outer_end:
                self.region_of[token.i] = k
                region = self.regions[k]
                if region.start <= token.idx < region.end:
                    self.region_tokens[k].append(token)

    def add_cue(self, key: int, attribution: Attribution) -> None:
        """Record an attribution under the token that keys it (its cue, or its credit)."""
        k = bisect.bisect_left(self._framing, key)
        if k < len(self._framing) and self._framing[k] == key:
            del self._framing[k]
        if not self.quoted(self.index.tokens[key]) and speakerlike(attribution.subject):
            self._framing.insert(k, key)
        self.by_cue[key] = attribution

    def _framing_in(self, start: int, end: int) -> list[int]:
        """The framing cues keyed at token positions start..end-1, in order."""
        if start >= end:
            return []
        lo = bisect.bisect_left(self._framing, start)
        hi = bisect.bisect_left(self._framing, end, lo)
        return self._framing[lo:hi]

    def quoted(self, token: Token) -> bool:
        """True for a token inside quotation marks (marks included)."""
        return self.region_of[token.i] is not None

    def subtree(self, token: Token) -> list[Token]:
        """A token's subtree in order; of one wider than limits.MAX_SPAN tokens (a run-on text, a
        hostile article), only the limits.MAX_SPAN tokens around the token, so that extraction
        stays linear in the article's length."""
        left, right = token.left_edge.i, token.right_edge.i
        if right - left < limits.MAX_SPAN:
            return list(token.subtree)
        start = max(left, min(token.i - limits.MAX_SPAN // 2, right + 1 - limits.MAX_SPAN))
        return self.index.tokens[start : start + limits.MAX_SPAN]

    def _consume_regions(self, start: int, end: int) -> None:
        """Mark the regions overlapping start..end as accounted for by a transcript line."""
        k = max(0, bisect.bisect_right(self.region_opens, start) - 1)
        while k < len(self.regions) and self.regions[k].open < end:
            if self.regions[k].outer_end > start:
                self._consumed.add(k)
            k += 1

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _has_quote_near(self, token: Token) -> bool:
        return self._sentence_quoted[self.index.sentence_number(token.i)]

    # ---------------------------------------------------------------- region kinds
    def _is_nickname(self, region: QuoteRegion) -> bool:
        """A quoted word or two inside a name: state Del. Marcia "Cia" Price."""
        words = [t for t in self.region_tokens[region.index] if not t.is_punct]
        if not words or len(words) > 2 or not all(t.text[:1].isupper() for t in words):
            return False
        inside = self.text[region.open : region.outer_end]
        if (
            any(mark in inside for mark in ".!?,;:")
            or self.text[region.outer_end : region.outer_end + 1] != " "
        ):
            return False  # 'told Trump "No." He ...': a sentence, not a nickname
        before = self.text[: region.open].rstrip(" ")
        after = self.text[region.outer_end :].lstrip(" ")
        previous = before.split()[-1:] if before else []
        following = after.split()[:1]
        return bool(
            previous
            and following
            and previous[0][:1].isupper()
            and previous[0][-1:].isalpha()
            and following[0][:1].isupper()
        )

    def _named_by_participle(self, region: QuoteRegion) -> bool:
        """A title-like quotation right after a participle that names the noun before it
        ("the campaign, called "Streets Ahead"", "a letter headed "Final Notice""; data:
        not_speech.json "naming_participles"): the noun's name, not speech, even inside
        reported words. A naming verb with a subject or an auxiliary of its own ('what she
        called "..."', 'it was labeled "..."') is saying the words."""
        tokens = self.region_tokens[region.index]
        if not tokens:
            return False
        k = tokens[0].i - 1
        while k >= 0 and (self.doc[k].is_punct or self.doc[k].is_space):
            k -= 1
        if k < 0:
            return False
        verb = self.doc[k]
        if labelled_thing(verb, self.never_speech.label_participles):
            return True  # "a memo headed "...": the words written on it (extract/labels.py)
        return self._is_title_like(region) and (
            verb.lower_ in self.never_speech.naming_participles
            and verb.tag_ == "VBN"
            # a participle, not a clause's verb: "it was labeled "Mostly True"" is a verdict
            # given, "what she called "..."" words said
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        )

    def _is_title_like(self, region: QuoteRegion) -> bool:
        words = [t for t in self.region_tokens[region.index] if t.is_alpha]
        if not words or len(words) > 10:
            return False
        if self._opens_sentence(region) and self.text[region.end - 1] in ",!?":
            # '"With an eye to February 20th, Carolina," he said.': a quotation opening its
            # own sentence and handing over with a comma (or an exclamation, a question)
            # is someone's words however capitalised; a title sits in a sentence.
            return False
        # Title case capitalises every word but short articles, prepositions and
        # conjunctions: '"That's the way it is"' (a lower-case "it", "is") is a sentence.
        capitalised = sum(1 for t in words if t.text[:1].isupper() or _title_lower(t))
        if len(words) == 1:
            # One capitalised word quoted inside the reporter's sentence (on Fox News's
            # "Hannity", the film "Spotlight") is a name, not words someone said.
            word = words[0].text
            return word[:1].isupper() and not word.isupper() and self.is_partial(region)
        return capitalised == len(words)

    def _opens_sentence(self, region: QuoteRegion) -> bool:
        """Whether a quotation opens its paragraph or follows the end of a sentence."""
        i = region.open - 1
        while i >= 0 and self.text[i] in " \t\u00a0":
            i -= 1
        return i < 0 or self.text[i] in "\n.!?"

    def is_partial(self, region: QuoteRegion) -> bool:
        """A quoted fragment inside a sentence of the reporter's own words."""
        text = self.text
        i = region.open - 1
        while i >= 0 and text[i] in " \t\u00a0":  # (a no-break space is a space too)
            i -= 1
        before = text[i] if i >= 0 else "\n"
        if before in "\n:.!?\u2014\u2013" or before in ",(":
            first = text[region.start : region.start + 1]
            return before == "," and first.islower() and not self._comma_after_cue(i)
        return True

    def _comma_after_cue(self, comma: int) -> bool:
        token = self.index.token_at(comma)
        if token is None or token.i == 0:
            return False
        previous = self.index.tokens[token.i - 1]
        return previous.i in self.by_cue or previous.ent_type_ == "PERSON"


_SOURCE_NOUNS = frozenset(
    word
    for family in ("documents", "speakers")
    for word in json.loads(
        resources.files("extract").joinpath("data/sources.json").read_text("utf-8")
    )[family]
)


def speakerlike(token: Token | None) -> bool:
    """A subject that can be a source: a name, an organisation, a personal pronoun, a person
    or group noun, a title ("the chief constable", "the coroner": people_words' role words),
    or a document ("the report said"); not "the election", "a speech"."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "i", "we", "you", "who", "it")
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    if lemma in _SOURCE_NOUNS or lemma in ROLE_WORDS:
        return True
    return lemma.endswith(("er", "or", "ist", "ian", "ant", "ent"))


_AGENT_PRONOUNS = {"he", "she", "they", "i", "we", "his", "her", "their", "its", "it"}


def agentive(token: Token) -> bool:
    """A subject that can speak: a name, an organisation, a personal pronoun."""
    if token.lower_ in _AGENT_PRONOUNS:
        return token.lower_ != "it" or token.dep_ == "poss"
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.pos_ == "PROPN"


_TITLE_LOWER_POS = {"DET", "ADP", "CCONJ", "PART", "SCONJ"}


def _title_lower(token: Token) -> bool:
    """A short word title case leaves in lower case: an article, a preposition, a
    conjunction, "to" ("Gone with the Wind", "Make America Great Again")."""
    return len(token.text) <= 3 and token.pos_ in _TITLE_LOWER_POS
