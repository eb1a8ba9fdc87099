"""Who said what: which attribution owns each quotation region. The stages live in their own
modules: quotation regions (quote_marks), article state and region kinds (speech_state), cues'
speakers (sources), cues' contents (contents), cues of every kind (cues); this module assigns
the quotations and keeps the attributions that report speech.

Rules, in the order they are tried for each quotation region:
1. A region continuing a multi-paragraph quote belongs to that quote's attribution.
2. A region inside the content of a cue ("X said [that ... “quoted” ...]") belongs to it.
3. A region whose words hang, in the parse, under a cue belongs to it ("X expressed
   optimism about reaching a ceasefire “in the coming hours”", "stating, “...”").
4. A region right after a colon belongs to the clause the colon ends: its cue, else the
   person it names as subject (`Kall demurred: "..."`). Else a cue outside quotation marks
   in the region's own sentence (`"...," X said.`), else in the sentence before or after in
   the same paragraph with no quotation between (`"A," X said. "B."`), owns the region;
   not a term of a few words quoted inside the reporter's sentence (a "supermax" prison).
5. A paragraph that opens with a quotation after a paragraph ending "X said:" belongs to X;
   a paragraph that is only a quotation, right after a paragraph that opens with a
   quotation a cue credits, goes on with that speaker; so does a quotation opening a
   sentence after `"A," X said, ... .` in its paragraph, with no one else named between.
6. Otherwise a region is not speech: speech needs a reporting frame (a cue with a source, or
   quotation marks tied to a cue or a speaker), so a quotation nobody is said to have said
   is a title, a term or a citation, and is never guessed onto a nearby name; title-like
   regions and those introduced as names ("so-called", "titled", "to be called") are not
   speech either; nor are transcript stage directions and publishers' furniture.
A cue with a clausal complement and no quotation in it reports indirect speech; a quoted
fragment inside reported words is a partial quote.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from extract import limits
from extract.bare_quotes import continued_speaker
from extract.cues import cue_text
from extract.frame_candidates import speakers_cues
from extract.frames import reports_nothing
from extract.neighbours import QuoteNeighbours
from extract.quote_marks import QuoteRegion
from extract.speech_state import Attribution
from extract.stance_intros import stance_intro

__all__ = ["Attribution", "Attributor"]

# Framing cues looked at in a neighbouring sentence (a real sentence holds a handful).
_MAX_FRAME_CANDIDATES = 64
# A subject inside reported words that stands for the reporting speaker ("said he wants").
_SELF_PRONOUNS = {"he", "she", "i", "we", "they"}
# Paragraphs of one quotation looked through for its cue (real quotes run over a few).
_MAX_CHAIN = 12
# Most words of a quoted term or scare quote inside the reporter's sentence.
_MAX_TERM_WORDS = 3


class Attributor(QuoteNeighbours):
    """Finds the attributions of one parsed article."""

    def run(self, not_speech: set[int]) -> list[Attribution]:
        """Every attribution of the article, quotations assigned (see the module's rules)."""
        transcript = self.transcript_lines() + self.interview_lines()
        asked = _Spans(self.interview_questions())
        passives = [a for a in self.impersonal_reports() if not asked.holds(_offset(a))]
        for token in self.cues():
            if self.conditional(token) or asked.holds(token.idx):
                continue  # an interviewer's question reports nothing of the article's
            subject = self.subject_of(token)
            if subject is None and (passive := self.passive_report(token)) is not None:
                # never the owner of a quotation: the speaker of a nearby quote is elsewhere
                passives.append(passive)
                continue
            if subject is None and token.dep_ == "ROOT" and not self._has_quote_near(token):
                continue
            content = self.content_of(token)
            if subject is not None and any(t.i == subject.i for t in content):
                content = []  # what someone said never holds their own name as its subject
            self.add_cue(
                token.i,
                Attribution(
                    cue=token,
                    cue_text=cue_text(token),
                    subject=subject,
                    content=content,
                ),
            )
        for attribution in (self.according_to() + self.noun_cues() + self.stance_cues())[
            : limits.MAX_CUES
        ]:
            assert attribution.cue is not None
            if asked.holds(attribution.cue.idx):
                continue
            self.add_cue(attribution.cue.i, attribution)
        credit = self.headline_line()
        if credit is not None and credit.subject is not None:
            self.add_cue(credit.subject.i, credit)
        for cue, attribution in self.by_cue.items():
            for token in attribution.content:
                self._content_owners.setdefault(token.i, []).append(cue)
        owner: dict[int, Attribution] = {}
        regions = self.regions
        if len(regions) > limits.MAX_REGIONS:
            self._warn(
                f"{len(regions):,} quotations (more than {limits.MAX_REGIONS:,}): "
                f"only the first {limits.MAX_REGIONS:,} attributed"
            )
            regions = regions[: limits.MAX_REGIONS]
        for region in regions:
            if (
                region.index in not_speech
                or region.index in self._consumed
                or not self.region_tokens[region.index]
            ):
                continue
            if asked.holds(region.start):
                not_speech.add(region.index)  # quoted inside the interviewer's question
                continue
            if (
                self._is_nickname(region)
                or self._named_by_participle(region)
                or self.never_speech.rejects(self.text[region.start : region.end])
                or self.never_speech.names_a_work(
                    self.text[max(0, region.open - 120) : region.open]
                )
            ):
                not_speech.add(region.index)
                continue
            found = self._chain_owner(region, owner, regions)
            if (
                found is None
                or (self._is_title_like(region) and not self._linked_by_parse(region, found))
                # "helped persuade X to make “...”": a cue under a verb of enabling reports
                # no words, quoted or not (extract/frames.py)
                or (found.cue is not None and reports_nothing(found.cue))
            ):
                # Speech needs a reporting frame: quotation marks tied to no cue and no
                # speaker are a title, a term, or words nobody is said to have said.
                not_speech.add(region.index)
                continue
            found.regions.append(region.index)
            owner[region.index] = found
        self.cut_before_handed_over(list(self.by_cue.values()))
        kept = [
            a
            for a in [*self.by_cue.values(), *passives]
            if (a.regions or self.reports_indirect(a)) and not self._only_a_scare_quote(a)
        ]
        kept = self._one_per_speech(kept)
        kept.extend(transcript)
        kept.sort(key=lambda a: self._first_offset(a))
        return kept

    def _one_per_speech(self, kept: list[Attribution]) -> list[Attribution]:
        """One attribution, one quote: a cue inside another kept cue's reported words whose
        speaker is the same ("said he wants to ...": "he", or no subject of its own) adds no
        speech of its own, and two cues reporting the very same words are one."""
        by_position = {a.cue.i: a for a in kept if a.cue is not None}
        seen: set[tuple[int, int, int]] = set()
        result: list[Attribution] = []
        for attribution in kept:
            cue = attribution.cue
            if cue is not None and not attribution.regions and attribution.content:
                outer = [
                    by_position[owner]
                    for owner in self._content_owners.get(cue.i, ())
                    if owner != cue.i and owner in by_position
                ]
                if any(self._same_speaker(attribution, o) for o in outer):
                    continue
                key = (
                    attribution.content[0].i,
                    attribution.content[-1].i,
                    attribution.subject.i if attribution.subject is not None else -1,
                )
                if key in seen:
                    continue
                seen.add(key)
            result.append(attribution)
        return result

    @staticmethod
    def _same_speaker(inner: Attribution, outer: Attribution) -> bool:
        subject = inner.subject
        if subject is None or outer.subject is None:
            return subject is None
        return (
            subject.i == outer.subject.i
            or subject.lower_ == outer.subject.lower_
            or (subject.pos_ == "PRON" and subject.lower_ in _SELF_PRONOUNS)
        )

    def _first_offset(self, attribution: Attribution) -> int:
        offsets = [self.regions[r].start for r in attribution.regions]
        if attribution.content:
            offsets.append(attribution.content[0].idx)
        return min(offsets) if offsets else 0

    def _chain_owner(
        self, region: QuoteRegion, owner: dict[int, Attribution], regions: list[QuoteRegion]
    ) -> Attribution | None:
        """The owner of a region; for the first paragraph of a quotation that runs over
        several paragraphs (an opening mark on each, the closing mark on the last), the owner
        of the first of its paragraphs that has one: the cue usually follows the last."""
        found = self._owner(region, owner)
        if found is not None or region.continues is not None:
            return found
        chain = region.index
        for later in regions[region.index + 1 : region.index + _MAX_CHAIN]:
            if (
                later.continues != chain
                or _straight(self.text[later.open]) != _straight(self.text[region.open])
                or self.never_speech.rejects(self.text[later.start : later.end])
            ):
                # (a straight-quoted passage followed by a curly quotation is a block
                # quote of another text, then someone's words: not one quotation)
                break
            found = self._owner(later, owner)
            if found is not None:
                return found
            chain = later.index
        return None

    def _owner(self, region: QuoteRegion, owner: dict[int, Attribution]) -> Attribution | None:
        # A paragraph going on with a quotation that hands over to a cue of its own ('"...,"
        # he said.') is that cue's statement; else it goes on with the quotation's owner.
        handed = self.handover_cue(region)
        if handed is not None:
            return handed
        if region.continues is not None and region.continues in owner:
            return owner[region.continues]
        tokens = self.region_tokens[region.index]
        token_ids = {t.i for t in tokens}
        # Rule 2: inside a cue's content (the cue whose content holds most of the region).
        overlaps: dict[int, int] = {}
        for token in tokens:
            for cue in self._content_owners.get(token.i, ()):
                overlaps[cue] = overlaps.get(cue, 0) + 1
        if overlaps:
            best = max(overlaps, key=lambda cue: (overlaps[cue], -cue))
            return self.by_cue[best]
        # Rule 3: the region hangs under a cue in the parse.
        for token in tokens:
            head = token.head
            if head.i in token_ids or head.i == token.i:
                continue
            hops = 0
            while hops < 6:
                if head.i in self.by_cue:
                    governing = self.by_cue[head.i]
                    if not governing.content and governing.cue is not None:
                        # "blasted Clinton as a “disgrace”": the reported words are the
                        # cue's object and complements, quotation included.
                        governing.content = self.object_content(governing.cue)
                    return governing
                if head.head.i == head.i or self.quoted(head) and head.i not in token_ids:
                    break
                head = head.head
                hops += 1
        # A quoted fragment governed by a verb whose subject is a person or an
        # organisation: "Trump likened her to a “vicious snake”".
        fragment_owner = self._governing_verb(region)
        if fragment_owner is not None:
            return fragment_owner
        # A dash credit: “...” ― Name.
        credited = self._dash_owner(region)
        if credited is not None:
            return credited
        # Rule 4: the clause a colon before it ends ("Kall demurred:"), a cue in the same
        # sentence, else the neighbouring one (not over a colon's own speaker).
        framing = self.colon_intro(region) or self._frame_cue(region)
        if framing is not None:
            return framing
        # Rule 5: "X said:" closing the previous paragraph; a quotation paragraph going on
        # from a credited one.
        return (
            self.paragraph_after_speaker(region, owner)
            or self.goes_on_in_paragraph(region, owner)
            or stance_intro(self, region)  # "Roe was sceptical. "...""
            or continued_speaker(self, region, owner)  # "Roe said it was lost. "...""
        )

    def _frame_cue(self, region: QuoteRegion) -> Attribution | None:
        tokens = self.region_tokens[region.index]
        if self.is_partial(region) and sum(t.is_alpha for t in tokens) <= _MAX_TERM_WORDS:
            # A word or three quoted inside the reporter's sentence that no cue governs or
            # reports (a federal "supermax" prison, the party's "superdelegates") is a term
            # or a scare quote: a cue elsewhere in the sentence does not make it speech.
            return None
        first, last = tokens[0], tokens[-1]
        paragraph = region.paragraph
        sentences = self._sentences(first, last)
        # The nearest framing cue of the region's own sentences: the last one before the
        # region or the first one after it (ties go to the earlier).
        same: list[int] = []
        for sent in sentences:
            before = self._framing_in(sent.start, min(sent.end, first.i))
            if before:
                same.append(before[-1])
            after = self._framing_in(max(sent.start, last.i + 1), sent.end)
            if after:
                same.append(after[0])
        if same:
            best = min(same, key=lambda i: (_distance(self.index.tokens[i], region), i))
            return self.by_cue[best]
        before_sent = self.neighbour_sentence(sentences[0], -1, paragraph)
        if before_sent is not None:
            # Nearest first: the cue closest to the region that does not report on its own.
            candidates = self._framing_in(before_sent.start, before_sent.end)
            candidates = speakers_cues(self, candidates)  # extract/frame_candidates.py
            for key in reversed(candidates[-_MAX_FRAME_CANDIDATES:]):
                if not self.content_stands_alone(self.by_cue[key], region):
                    return self.by_cue[key]
        after_sent = self.neighbour_sentence(sentences[-1], 1, paragraph)
        if after_sent is not None:
            candidates = self._framing_in(after_sent.start, after_sent.end)
            for key in candidates[:_MAX_FRAME_CANDIDATES]:
                if not self.content_stands_alone(self.by_cue[key], region):
                    return self.by_cue[key]
        return None

    def _sentences(self, first: Token, last: Token) -> list[Span]:
        sents = [self.index.sent(first)]
        if self.index.sent(last).start != sents[0].start:
            sents.append(self.index.sent(last))
        return sents

    def _linked_by_parse(self, region: QuoteRegion, attribution: Attribution) -> bool:
        ids = {t.i for t in self.region_tokens[region.index]}
        return any(t.i in ids for t in attribution.content)

    def _only_a_scare_quote(self, attribution: Attribution) -> bool:
        """An attribution whose only words are a quoted word or two inside the reporter's
        sentence ("dismissed the plan as 'peanuts'" with no more said) reports no speech."""
        if len(attribution.regions) != 1:
            return False
        cue = attribution.cue
        if cue is not None and self.lexicon.family_of.get(cue.lemma_.lower()) == "characterise":
            # "called her plan ''reckless''", "calling him a “loser”": naming someone or
            # something so is saying it, however short the words.
            return False
        region = self.regions[attribution.regions[0]]
        words = [t for t in self.region_tokens[region.index] if t.is_alpha]
        outside = [t for t in attribution.content if not self.quoted(t) and not t.is_punct]
        if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in outside):
            # "adding that it was “a disaster”": a reported clause of its own around the
            # fragment is a statement, however few its words
            return False
        return len(words) <= 2 and self.is_partial(region) and len(outside) < 3


class _Spans:
    """Sorted, non-overlapping (start, end) character spans, asked whether they hold an
    offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def holds(self, offset: int | None) -> bool:
        """Whether a span holds the offset."""
        if offset is None or not self.spans:
            return False
        at = bisect.bisect_right(self.starts, offset) - 1
        return at >= 0 and offset < self.spans[at][1]


def _offset(attribution: Attribution) -> int | None:
    """Where an attribution's cue, else its content, starts."""
    if attribution.cue is not None:
        return attribution.cue.idx
    return attribution.content[0].idx if attribution.content else None


def _straight(mark: str) -> bool:
    return mark in "\"'"


def _distance(token: Token, region: QuoteRegion) -> int:
    if token.idx < region.open:
        return region.open - token.idx
    return token.idx - region.end
