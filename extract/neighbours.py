"""Quotations and the sentences around them: a quotation introduced by a colon, the
neighbouring sentence whose cue may own a quotation, and when a neighbour's cue already
reports enough on its own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract import limits
from extract.contents import trim_tokens
from extract.cues import CueFinder
from extract.quote_marks import QuoteRegion
from extract.speech_state import Attribution, agentive

# Sentences of quotation marks alone looked past for a neighbouring sentence.
_MARK_SENTENCES = 2
# Words looked through after a quotation for the cue it hands over to ('," said the
# chief executive of the port authority, Ann Roe.').
_HANDOVER_REACH = 12
# What ends a quotation that hands over to its cue: '"...," she said', '"...?" he asked'.
_HANDOVER_MARKS = ",?!\u2014\u2013-"
# Subjects of a clause ending in a colon that say the quotation after it (not "it": "It
# read:" is a document or a sign, found by its cue).
_COLON_PRONOUNS = {"he", "she", "they", "i", "we"}


class QuoteNeighbours(CueFinder):
    """How a quotation relates to the sentences beside it."""

    def content_stands_alone(self, attribution: Attribution, region: QuoteRegion) -> bool:
        """A neighbouring cue whose own reported clause is long does not also own a
        quotation from the next sentence unless that cue already owns a quotation."""
        if attribution.regions:
            return False
        content = [t for t in attribution.content if not t.is_punct]
        return (
            len(content) >= 4
            and attribution.cue is not None
            and (
                attribution.cue.i < self.region_tokens[region.index][0].i
                and not self.ends_with_colon(attribution)
            )
        )

    def handover_cue(self, region: QuoteRegion) -> Attribution | None:
        """The cue a quotation hands over to: '"...," he wrote.', '"...?" asked Ann Roe.'
        A quotation that ends in a comma (or "?", "!", a dash) with a cue and its speaker
        right after the closing mark is that speaker's, whatever the parse hangs it on (the
        parse often makes it the clause of an earlier cue: 'He said he was busy: "I have a
        lot going on," he wrote.'). Only the cue's speaker and punctuation may stand between
        the mark and the cue."""
        if not region.closed or region.end <= region.start or self.is_partial(region):
            return None  # a fragment inside the reporter's sentence belongs to its clause
        inside = self.text[region.end - 1]
        outside = self.text[region.outer_end : region.outer_end + 1]
        if inside not in _HANDOVER_MARKS and outside != ",":
            return None
        after = self.index.tokens_in(region.outer_end, region.outer_end + 200)[:_HANDOVER_REACH]
        words = [t for t in after if not t.is_punct and not t.is_space]
        if words and words[0].is_title and words[0].pos_ != "PROPN":
            return None  # '"...!" She replied ...': a new sentence, not a handover
        if any(
            self.by_cue[cue].cue_text == "according to"
            for token in self.region_tokens[region.index]
            for cue in self._content_owners.get(token.i, ())
        ):
            return None  # '"...," X said, according to Y': the report is Y's
        between: list[Token] = []
        for token in after:
            if self.quoted(token) or token.text in (".", ";", ":") or token.is_space:
                return None
            found = self.by_cue.get(token.i)
            if found is not None and found.subject is not None and found.cue is token:
                subject = {t.i for t in self.subtree(found.subject)}
                if (
                    found.subject.idx > region.outer_end  # not '"...," adding that': its own
                    and token.dep_ != "relcl"  # '"...," which votes in June'
                    and found.subject.lower_ not in ("which", "that")
                    and all(t.is_punct or t.i in subject for t in between)
                ):
                    self.handed_over[region.index] = found
                    return found
                return None
            between.append(token)
        return None

    def cut_before_handed_over(self, attributions: list[Attribution]) -> None:
        """Reported words end where a quotation handed over to another cue begins: 'He said
        he was busy: "I have a lot going on," he wrote.' reports "he was busy" by "said";
        the quotation is what he wrote."""
        for region, taker in self.handed_over.items():
            # the taker's words are the quotation, not a clause the parse hangs before it
            opens = self.regions[region].open
            if taker.content and taker.content[0].idx < opens:
                taker.content = [t for t in taker.content if t.idx >= opens]
        for attribution in attributions:
            content = attribution.content
            for token in content:
                held = self.region_of[token.i]
                if held is None:
                    continue
                owner = self.handed_over.get(held)
                if owner is not None and owner is not attribution:
                    attribution.content = trim_tokens([t for t in content if t.i < token.i])
                    break

    def ends_with_colon(self, attribution: Attribution) -> bool:
        """True when the cue's sentence ends with a colon ("He told the crowd:")."""
        cue = attribution.cue
        if cue is None:
            return False
        sent = self.index.sent(cue)
        i = sent.end - 1
        while i >= sent.start and self.index.tokens[i].is_space:
            i -= 1
        return i >= sent.start and self.index.tokens[i].text == ":"

    def neighbour_sentence(self, sent: Span, step: int, paragraph: int) -> Span | None:
        """The sentence before (step < 0) or after a quotation's, in its paragraph, with no
        other quotation between them; None when there is none."""
        index = sent.start - 1 if step < 0 else sent.end
        if not 0 <= index < len(self.doc):
            return None
        neighbour = self.index.sent(self.index.tokens[index])
        for _ in range(_MARK_SENTENCES):
            # A "sentence" of quotation marks alone (a parser's split at '' or ”) is no
            # sentence: look past it.
            if any(t.is_alpha or t.is_digit for t in neighbour):
                break
            index = neighbour.start - 1 if step < 0 else neighbour.end
            if not 0 <= index < len(self.doc):
                return None
            neighbour = self.index.sent(self.index.tokens[index])
        if (
            self.paragraph_of[neighbour.start] != paragraph
            and self.paragraph_of[neighbour.end - 1] != paragraph
        ):
            return None
        # No other quotation may sit between the region and the neighbouring cue.
        if step > 0 and self._sentence_words_quoted[self.index.sentence_number(index)]:
            return None
        return neighbour

    def colon_intro(self, region: QuoteRegion) -> Attribution | None:
        """A quotation right after a colon: the cue of the clause before it ("He then told
        the crowd:"), or, with no cue there, the person or organisation that clause names
        ("More from Blumenthal and Cohen:", "Asked about it, Roe was blunt:")."""
        previous = self.region_tokens[region.index][0].i - 1
        while previous >= 0 and (
            self.index.tokens[previous].is_space or self.region_of[previous] == region.index
        ):
            previous -= 1
        if previous < 0 or self.index.tokens[previous].text != ":":
            return None
        sent = self.index.sentence_tokens(self.index.tokens[previous], limits.MAX_SPAN)
        cues = [t for t in sent if t.i in self.by_cue and not self.quoted(t)]
        # The colon ends the clause it introduces from: a cue in a clause closed before it
        # ("Asked whether it would close, Amos was blunt:") reported the question, not this.
        reaching = [t for t in cues if t.right_edge.i >= previous - 1]
        if reaching:
            return self.by_cue[reaching[-1].i]
        names = [
            t
            for t in sent
            if t.i < previous
            and not self.quoted(t)
            and t.ent_type_ in ("PERSON", "ORG")
            and t.dep_ != "compound"
            and (
                (t.dep_ == "pobj" and t.head.lower_ in ("from", "by"))
                or t.dep_ in ("nsubj", "ROOT", "appos")
            )
        ]
        if not names:
            names = self._colon_clause_speaker(sent, previous)
        if not names:
            return self.by_cue[cues[-1].i] if cues else None
        key = previous
        if key not in self.by_cue:
            self.add_cue(key, Attribution(cue=None, cue_text=":", subject=names[-1]))
        return self.by_cue[key]

    def _colon_clause_speaker(self, sent: list[Token], colon: int) -> list[Token]:
        """The personal pronoun or name that is the subject of the clause a colon ends ("She
        then addressed the crowd again:", "Roe leaned in and boomed:", "..., so that I had
        to change my answer:": the innermost clause with a subject that runs up to the
        colon): with no cue and no name the recogniser knows before the colon, the quotation
        after it is that person's."""
        clauses = [
            t
            for t in sent
            if t.i < colon
            and t.pos_ in ("VERB", "AUX")
            and not self.quoted(t)
            and t.right_edge.i >= colon - 1
            and any(c.dep_ == "nsubj" for c in t.children)
        ]
        return [
            c
            for clause in clauses[-1:]
            for c in clause.children
            if c.dep_ == "nsubj"
            and (c.lower_ in _COLON_PRONOUNS or (c.pos_ == "PROPN" and agentive(c)))
            and not self.quoted(c)
        ]

    def paragraph_after_speaker(
        self, region: QuoteRegion, owner: dict[int, Attribution]
    ) -> Attribution | None:
        """A paragraph that is one quotation, with no cue of its own, right after a paragraph
        whose quotation a cue credits ('"...," said Ann Roe of the league.' then '"Who
        cares? ..."'): the same speaker goes on, as newspapers write it."""
        if not self._opens_paragraph(region) or region.paragraph == 0:
            return None
        paragraph = self.paragraphs[region.paragraph]
        after = self.text[region.outer_end : paragraph[1]].strip()
        if after.strip(" .,;:!?\"'\u201c\u201d\u2018\u2019"):
            return None  # reporter's words after the quotation: not a quotation paragraph
        closing = self._closing_statement(region.paragraph - 1)
        if closing is not None:
            return closing
        if region.index == 0:
            return None
        previous = self.regions[region.index - 1]
        found = owner.get(previous.index)
        if (
            found is None
            or found.cue is None
            or previous.paragraph != region.paragraph - 1
            or self.paragraph_of[found.cue.i] != previous.paragraph
            or not self._opens_paragraph(previous)
        ):
            return None
        return found

    def goes_on_in_paragraph(
        self, region: QuoteRegion, owner: dict[int, Attribution]
    ) -> Attribution | None:
        """A quotation that opens a sentence right after a quotation of its paragraph that
        handed over to its cue ('"A," said Ann Roe, a nurse who ... . "B."'): with no cue of
        its own, none between and nobody else named as a subject between, the same speaker
        goes on, however the parser split the sentences between them."""
        if region.index == 0 or not self._opens_sentence(region):
            return None
        previous = self.regions[region.index - 1]
        found = owner.get(previous.index)
        if found is None or found.cue is None or previous.paragraph != region.paragraph:
            return None
        cue = found.cue
        if not previous.outer_end <= cue.idx < region.open:
            return None
        first = self.region_tokens[region.index][0]
        if self._framing_in(cue.i + 1, first.i):
            return None
        end = self.index.sent(cue).end
        if any(  # "Ann Roe's rival disagrees." between: someone else may speak next
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _COLON_PRONOUNS
            for t in self.doc[end : first.i]
        ):
            return None
        return found

    def _closing_statement(self, paragraph: int) -> Attribution | None:
        """The statement a paragraph ends on, when its last sentence is one speaker's report
        with no quotation after the cue: 'Ames said the plan had "no chance".' or 'Ames said
        the plan would fail.' A quotation paragraph right after it goes on with Ames's words,
        as newspapers write it."""
        start, end = self.paragraphs[paragraph]
        last = self.index.tokens_in(start, end)
        words = [t for t in last if not t.is_space]
        if not words:
            return None
        sentence = self.index.sent(words[-1])
        keys = self._framing_in(max(sentence.start, words[0].i), sentence.end)
        # the sentence's own statement, not one inside the reporter's narration ("The
        # council cancelled the fair, which Ames said had run for years.")
        main = [k for k in keys if _main_cue(self.by_cue[k].cue)]
        if len(main) != 1:
            return None  # no statement, or several speakers' in one sentence
        found = self.by_cue[main[0]]
        cue = found.cue
        if (
            cue is None
            or found.subject is None
            or found.subject.pos_ == "PRON"
            and found.subject.lower_ not in ("he", "she")
            or not found.content
            or any(self.quoted(t) for t in self.doc[cue.i : sentence.end] if t.is_alpha)
            and not any(self.quoted(t) for t in found.content)
        ):
            return None
        # (reported words may stand before the cue: 'Her friends mocked him, calling him
        # "a buffoon," Susan said.' ends on Susan's statement too)
        return found

    def _opens_paragraph(self, region: QuoteRegion) -> bool:
        start = self.paragraphs[region.paragraph][0]
        return not self.text[start : region.open].strip()


def _main_cue(cue: Token | None) -> bool:
    """A cue that is its sentence's own statement: the root, or coordinated with it."""
    return cue is not None and (
        cue.dep_ == "ROOT" or (cue.dep_ == "conj" and cue.head.dep_ == "ROOT")
    )
