"""Who said what: reporting cues, their speakers and contents, and which cue each quotation
belongs to.

Rules, in the order they are tried for each quotation region:
1. A region continuing a multi-paragraph quote belongs to that quote's attribution.
2. A region inside the content of a cue ("X said [that ... “quoted” ...]") belongs to it.
3. A region whose words hang, in the parse, under a cue belongs to it ("X expressed
   optimism about reaching a ceasefire “in the coming hours”", "stating, “...”").
4. A cue outside quotation marks in the region's own sentence (`"...," X said.`), else in
   the sentence before or after in the same paragraph with no quotation between (`"A," X
   said. "B."`), owns the region.
5. A paragraph that opens with a quotation after a paragraph ending "X said:" belongs to X.
6. Otherwise a region that reads as speech is kept with no speaker (never guessed from a
   nearby name); short or title-like regions and those introduced as names ("so-called",
   "titled", "to be called") are not speech.
A cue with a clausal complement and no quotation in it reports indirect speech; a quoted
fragment inside reported words is a partial quote.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract.credits import dash_credit, transcript_labels
from extract.docindex import DocIndex
from extract.lexicon import CueLexicon
from extract.quote_marks import QuoteRegion, paragraph_spans

CONTENT_DEPS = ("ccomp", "parataxis")
OBJECT_CONTENT_LEMMAS = {"accuse", "blame", "criticise", "criticize", "condemn", "praise"}
_SENTENCE_END = ".!?\u2026"
# Framing cues looked at in a neighbouring sentence (a real sentence holds a handful).
_MAX_FRAME_CANDIDATES = 64
# Bounds that keep extraction linear on hostile or broken articles, far above real ones
# (PolNeAR's articles have at most 79 quotations): the most tokens a subtree or a sentence is
# read over, reporting cues read, and quotations attributed per article.
MAX_SPAN = 400
MAX_CUES = 2_000
MAX_REGIONS = 5_000


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

    @property
    def position(self) -> int:
        """Where the attribution sits, for ordering."""
        if self.cue is not None:
            return self.cue.i
        return -1


class Attributor:
    """Finds the attributions of one parsed article."""

    def __init__(
        self,
        doc: Doc,
        regions: list[QuoteRegion],
        paragraph_of: list[int],
        lexicon: CueLexicon,
        index: DocIndex | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.index = index or DocIndex(doc)
        self.regions = regions
        self.paragraph_of = paragraph_of
        self.lexicon = lexicon
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

    # ---------------------------------------------------------------- tokens
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
        if not self.quoted(self.index.tokens[key]) and _speakerlike(attribution.subject):
            self._framing.insert(k, key)
        self.by_cue[key] = attribution

    def quoted(self, token: Token) -> bool:
        """True for a token inside quotation marks (marks included)."""
        return self.region_of[token.i] is not None

    # ---------------------------------------------------------------- cues
    def is_cue(self, token: Token) -> bool:
        """A reporting verb outside quotation marks."""
        if token.pos_ not in ("VERB", "AUX") or self.quoted(token) or token.i in self.verbatim:
            return False
        if token.dep_ in ("acl", "amod") and token.tag_ == "VBN":
            return False  # "cracks found in the steel": a participle describing a noun
        lemma = token.lemma_.lower()
        if lemma == "put":  # "as X put it"
            return any(c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in token.children)
        return self.lexicon.is_cue(lemma)

    def cue_subjects(self) -> set[int]:
        """The tokens that name a speaker: the subjects of the article's reporting cues."""
        found: set[int] = set()
        for token in self.cues():
            subject = self.subject_of(token)
            if subject is not None:
                found.add(subject.i)
        return found

    def cues(self) -> list[Token]:
        """The article's reporting cues in order; past MAX_CUES (a hostile article), only
        the first MAX_CUES, with a warning."""
        cues = [t for t in self.index.tokens if self.is_cue(t)]
        if len(cues) > MAX_CUES:
            self._warn(
                f"{len(cues):,} reporting verbs (more than {MAX_CUES:,}): "
                f"speech read only up to the {MAX_CUES:,}th"
            )
            return cues[:MAX_CUES]
        return cues

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The subject naming who speaks, following coordination, participles and
        relative clauses ("X welcomed the move but said", "asserted ..., stating",
        "X, who said")."""
        if depth > 4:
            return None
        if verb.i in self._shared_subject:
            return self.subject_of(self.index.tokens[self._shared_subject[verb.i]], depth + 1)
        for child in verb.children:
            if child.dep_ == "nsubjpass" or child.dep_ == "auxpass":
                return None  # "which was criticised": the subject is not the speaker
            if child.dep_ == "nsubj" and child.ent_type_ in ("DATE", "TIME"):
                continue  # "SATURDAY at the convention Sen. Warren said": a misparse
            if child.dep_ == "nsubj" and not self.quoted(child):
                if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                    return verb.head
                return child
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
            verb.tag_ == "VBN" and verb.i > 0 and self.quoted(self.doc[verb.i - 1])
        )  # '“...?” asked Mr. Manafort': parsers often take "asked" for a participle
        if finite and self.is_cue(verb):
            beside = self.adjacent_subject(verb)
            if beside is not None:
                return beside
        head = verb.head
        if head.i == verb.i or self.quoted(head):
            return None
        if verb.dep_ == "relcl":
            return head
        if verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "ccomp" and self.is_cue(head)):
            return self.subject_of(head, depth + 1)
        if verb.dep_ in ("advcl", "pcomp", "acl") and verb.tag_ in ("VBG", "VB", "VBN"):
            # A non-finite cue takes the subject of the clause it hangs from: "stating,
            # '...'", "for saying that ...", "despite admitting that ...".
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
        return None

    def adjacent_subject(self, verb: Token) -> Token | None:
        """The speaker written next to a cue when the parse lost it (quotation marks
        confuse parsers): "..., Flynn, a top Trump surrogate, said", "said Flynn"."""
        doc = self.doc
        j = verb.i - 1
        while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and not self.quoted(doc[j]):
            j -= 1
        if j >= 0 and doc[j].text == ")":
            k = j - 1  # skip a parenthesis: "Rep. Paul Ryan (R-WI) said"
            while k >= 0 and k > j - 8 and doc[k].text != "(":
                k -= 1
            if k >= 0 and doc[k].text == "(":
                j = k - 1
        if j >= 0 and doc[j].text == ",":
            k = j - 1  # skip an apposition: ", a top Trump surrogate,"
            while k >= 0 and k > j - 12 and doc[k].text != "," and not self.quoted(doc[k]):
                k -= 1
            if k >= 0 and doc[k].text == "," and k < j - 1:
                j = k - 1
        if j >= 0 and not self.quoted(doc[j]) and _can_head_speaker(doc[j]):
            return doc[j]
        j = verb.i + 1
        while j < len(doc) and doc[j].ent_type_ in ("DATE", "TIME") and not self.quoted(doc[j]):
            j += 1
        if j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        run_end = None
        while (
            j < len(doc)
            and not self.quoted(doc[j])
            and (doc[j].pos_ == "PROPN" or (doc[j].pos_ in ("NOUN", "ADJ") and run_end is None))
        ):
            run_end = j
            if doc[j].pos_ == "NOUN":
                break
            j += 1
        if run_end is not None and _can_head_speaker(doc[run_end]):
            return doc[run_end]
        return None

    def content_of(self, verb: Token) -> list[Token]:
        """The reported words of a cue: its clausal complements (for "accuse"-like cues,
        its object and what follows), minus coordinated cues that report on their own."""
        lemma = verb.lemma_.lower()
        frames = self.lexicon.frames_of(lemma)
        roots: list[Token] = []
        for child in verb.children:
            if child.dep_ in CONTENT_DEPS and child.i > verb.i - 40:
                if self.is_cue(child) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children
                ):
                    continue  # "said X and warned that Y": "warned" reports on its own
                roots.append(child)
            elif child.i > verb.i and (
                (child.dep_ == "xcomp" and "xcomp" in frames)
                or (
                    child.dep_ in ("dobj", "prep", "oprd", "dative")
                    and ("object" in frames or lemma in OBJECT_CONTENT_LEMMAS)
                    and child.ent_type_ not in ("DATE", "TIME")
                    and not _is_time_prep(child)
                )
            ):
                roots.append(child)
        if not roots and verb.dep_ == "parataxis" and self.quoted(verb.head):
            return []  # "“...,” she said": the quotation is the content, found by its marks
        aside = verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            # "As X put it, ..." but not "As Israel presses its offensive, it has ...":
            # a cue with an object of its own is doing something, not reporting the clause.
            and not any(
                c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in ("it", "this")
                for c in verb.children
            )
        )
        if not roots and aside and verb.head.pos_ in ("VERB", "AUX"):
            # "The budget, he said, would be balanced", "As X put it, ...": the clause around
            # the cue; but not a
            # quotation the cue introduces ("..., Kall said: \"I feel ...\"").
            inside = {t.i for t in self.subtree(verb)}
            right = verb.right_edge.i + 1
            after = [t for t in self.doc[right : right + 2] if not t.is_space]
            cut = bool(after) and (after[0].text == ":" or self.quoted(after[0]))
            around = [
                t
                for t in self.subtree(verb.head)
                if t.i not in inside and not (cut and t.i >= right)
            ]
            return _trim(around)
        tokens = sorted({t for root in roots for t in self.subtree(root)}, key=lambda t: t.i)
        excluded = self._coordinated_cues(verb, tokens)
        tokens = self._one_side([t for t in tokens if t.i not in excluded], verb)
        if tokens and tokens[0].i > verb.i:
            tokens += self._rest_of_clause(verb, tokens[-1].i + 1, excluded)
        return _trim(tokens)

    def _one_side(self, tokens: list[Token], verb: Token) -> list[Token]:
        """Reported words lie on one side of their cue. When the parse gives a cue
        complements on both sides ("“...,” Warren told Stumpf, after he admitted ..."), keep
        the quoted side, else the longer one; never the speaker's own words."""
        subject = self.subject_of(verb)
        own = {t.i for t in self.subtree(subject)} if subject is not None else set()
        before = [t for t in tokens if t.i < verb.i and t.i not in own]
        after = [t for t in tokens if t.i > verb.i and t.i not in own]
        if not before or not after:
            return before or after

        def quoted_share(side: list[Token]) -> float:
            words = [t for t in side if not t.is_punct]
            return sum(self.quoted(t) for t in words) / max(1, len(words))

        q_before, q_after = quoted_share(before), quoted_share(after)
        if q_before >= 0.5 > q_after:
            return before
        if q_after >= 0.5 > q_before:
            return after
        return before if len(before) > len(after) else after

    def _coordinated_cues(self, verb: Token, tokens: list[Token]) -> set[int]:
        """Tokens of cues coordinated inside the reported clause that report on their own:
        "said it was opposed to the test [and warned North Korea to refrain]"."""
        ids = {t.i for t in tokens}
        excluded: set[int] = set()
        for token in tokens:
            if (
                token.i != verb.i
                and token.dep_ == "conj"
                and token.head.i in ids
                and self.is_cue(token)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            ):
                excluded.update(t.i for t in self.subtree(token))
                self._shared_subject[token.i] = verb.i
        return excluded

    def _rest_of_clause(self, verb: Token, start: int, excluded: set[int]) -> list[Token]:
        """What follows the reported clause in the cue's own sentence and hangs from the cue
        ("Lynch said there remains a difference[, when it comes to ...]"), up to another
        cue or a coordinated clause."""
        sent = self.index.sent(verb)
        inside = {t.i for t in self.subtree(verb)}
        coordinated = {t.i for c in verb.children if c.dep_ == "conj" for t in self.subtree(c)}
        extra: list[Token] = []
        for i in range(start, sent.end):
            token = self.index.tokens[i]
            if (
                i in excluded
                or i not in inside
                or i in coordinated
                or self.is_cue(token)
                or token.lower_ == "according"
            ):
                break
            extra.append(token)
        return extra

    def object_content(self, verb: Token) -> list[Token]:
        """What follows a cue in its clause: objects, complements and their modifiers."""
        roots = [
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_
            in (
                "dobj",
                "dative",
                "prep",
                "oprd",
                "xcomp",
                "ccomp",
                "acomp",
                "attr",
                "advcl",
                "npadvmod",
                "pcomp",
            )
        ]
        tokens = sorted({t for root in roots for t in self.subtree(root)}, key=lambda t: t.i)
        return _trim(tokens)

    def _governing_verb(self, region: QuoteRegion) -> Attribution | None:
        if not self.is_partial(region):
            return None
        tokens = self.region_tokens[region.index]
        ids = {t.i for t in tokens}
        root = next((t for t in tokens if t.head.i not in ids), None)
        if root is None:
            return None
        verb = root.head
        hops = 0
        while verb.pos_ not in ("VERB",) and verb.head.i != verb.i and hops < 4:
            verb = verb.head
            hops += 1
        if verb.pos_ != "VERB" or verb.i in ids or self.quoted(verb) or verb.lemma_ == "be":
            return None
        if verb.i in self.by_cue:
            return self.by_cue[verb.i]
        subject = self.subject_of(verb)
        if subject is None or not _agentive(subject):
            return None
        attribution = Attribution(
            cue=verb,
            cue_text=_cue_text(verb),
            subject=subject,
            content=self.object_content(verb),
        )
        self.add_cue(verb.i, attribution)
        return attribution

    def noun_cues(self) -> list[Attribution]:
        """ "Trump's claim that ...", "a statement by the ministry that ...": a reporting
        noun with its owner (a possessive, or "by"/"from") and its clause."""
        found: list[Attribution] = []
        for token in self.index.tokens:
            if (
                token.pos_ != "NOUN"
                or token.lemma_.lower() not in self.lexicon.nouns
                or self.quoted(token)
            ):
                continue
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None:
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                        owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is None or not _agentive(owner):
                continue
            clauses = [
                c
                for c in token.children
                if c.dep_ in ("acl", "ccomp")
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ]
            content = _trim(
                sorted({t for c in clauses for t in self.subtree(c)}, key=lambda t: t.i)
            )
            found.append(
                Attribution(cue=token, cue_text=token.text, subject=owner, content=content)
            )
        return found

    def _dash_owner(self, region: QuoteRegion) -> Attribution | None:
        paragraph_end = self.paragraphs[region.paragraph][1]
        span = dash_credit(self.text, region.outer_end, paragraph_end)
        if span is None:
            return None
        tokens = self.index.tokens_in(span[0], span[1])
        if not tokens:
            return None
        key = tokens[0].i
        if key not in self.by_cue:
            self.add_cue(
                key,
                Attribution(
                    cue=None,
                    cue_text="\u2015",
                    subject=tokens[-1],
                    speaker_text=self.text[span[0] : span[1]],
                ),
            )
        return self.by_cue[key]

    def according_to(self) -> list[Attribution]:
        """ "according to X" attributions: X speaks the clause the phrase modifies."""
        found: list[Attribution] = []
        for token in self.index.tokens:
            if token.lower_ != "according" or self.quoted(token):
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if (
                to is None
                and token.i + 1 < len(self.doc)
                and self.index.tokens[token.i + 1].lower_ == "to"
            ):
                to = self.index.tokens[token.i + 1]
            if to is None:
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            phrase = {t.i for t in self.subtree(token)} | {t.i for t in self.subtree(to)}
            phrase.add(token.i)
            sent = self.index.sentence_tokens(token, MAX_SPAN)
            content = [t for t in sent if t.i not in phrase]
            found.append(
                Attribution(
                    cue=token,
                    cue_text="according to",
                    subject=pobj,
                    content=_trim(content),
                )
            )
        return found

    # ---------------------------------------------------------------- assembly
    def transcript_lines(self) -> list[Attribution]:
        """ "WALLACE: ..." paragraphs, each the labelled speaker's words."""
        found = []
        labels = transcript_labels(self.text, self.paragraphs)
        starts = [p_start for p_start, _ in self.paragraphs]
        labelled = {bisect.bisect_right(starts, label.start) - 1 for label in labels}
        for label in labels:
            tokens = [t for t in self.index.tokens_in(label.start, label.end) if not t.is_space]
            label_tokens = self.index.tokens_in(label.label_start, label.label_end)
            if not tokens or not label_tokens:
                continue
            self.verbatim.update(t.i for t in tokens)
            self._consume_regions(label.label_start, label.end)
            while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?":
                tokens = tokens[:-1]
            found.append(
                Attribution(
                    cue=None,
                    cue_text=":",
                    subject=label_tokens[-1],
                    content=tokens,
                    verbatim=True,
                    speaker_text=self.text[label.label_start : label.label_end],
                    more=self._transcript_continues(
                        bisect.bisect_right(starts, label.start) - 1, labelled
                    ),
                )
            )
        return found

    def _transcript_continues(self, paragraph: int, labelled: set[int]) -> list[list[Token]]:
        """The paragraphs that carry on a transcript line: they reopen the quotation (the
        multi-paragraph convention) and name no new speaker."""
        parts: list[list[Token]] = []
        for number in range(paragraph + 1, min(paragraph + 12, len(self.paragraphs))):
            start, end = self.paragraphs[number]
            if number in labelled or self.text[start] not in "\"\u201c'":
                break
            tokens = [t for t in self.index.tokens_in(start, end) if not t.is_space]
            while tokens and tokens[0].is_punct:
                tokens = tokens[1:]
            while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?":
                tokens = tokens[:-1]
            if not tokens:
                break
            self.verbatim.update(t.i for t in tokens)
            self._consume_regions(start, end)
            parts.append(tokens)
        return parts

    def _consume_regions(self, start: int, end: int) -> None:
        """Mark the regions overlapping start..end as accounted for by a transcript line."""
        k = max(0, bisect.bisect_right(self.region_opens, start) - 1)
        while k < len(self.regions) and self.regions[k].open < end:
            if self.regions[k].outer_end > start:
                self._consumed.add(k)
            k += 1

    def subtree(self, token: Token) -> list[Token]:
        """A token's subtree in order; of one wider than MAX_SPAN tokens (a run-on text, a
        hostile article), only the MAX_SPAN tokens around the token, so that extraction
        stays linear in the article's length."""
        left, right = token.left_edge.i, token.right_edge.i
        if right - left < MAX_SPAN:
            return list(token.subtree)
        start = max(left, min(token.i - MAX_SPAN // 2, right + 1 - MAX_SPAN))
        return self.index.tokens[start : start + MAX_SPAN]

    def run(self, not_speech: set[int]) -> list[Attribution]:
        """Every attribution of the article, quotations assigned (see the module's rules)."""
        transcript = self.transcript_lines()
        for token in self.cues():
            subject = self.subject_of(token)
            if subject is None and token.dep_ == "ROOT" and not self._has_quote_near(token):
                continue
            self.add_cue(
                token.i,
                Attribution(
                    cue=token,
                    cue_text=_cue_text(token),
                    subject=subject,
                    content=self.content_of(token),
                ),
            )
        for attribution in (self.according_to() + self.noun_cues())[:MAX_CUES]:
            assert attribution.cue is not None
            self.add_cue(attribution.cue.i, attribution)
        for cue, attribution in self.by_cue.items():
            for token in attribution.content:
                self._content_owners.setdefault(token.i, []).append(cue)
        unattributed: list[Attribution] = []
        owner: dict[int, Attribution] = {}
        regions = self.regions
        if len(regions) > MAX_REGIONS:
            self._warn(
                f"{len(regions):,} quotations (more than {MAX_REGIONS:,}): "
                f"only the first {MAX_REGIONS:,} attributed"
            )
            regions = regions[:MAX_REGIONS]
        for region in regions:
            if (
                region.index in not_speech
                or region.index in self._consumed
                or not self.region_tokens[region.index]
            ):
                continue
            if self._is_nickname(region):
                not_speech.add(region.index)
                continue
            found = self._owner(region, owner)
            if found is None:
                if not self._reads_as_speech(region):
                    not_speech.add(region.index)
                    continue
                attribution = Attribution(cue=None, cue_text=None, subject=None)
                unattributed.append(attribution)
            elif self._is_title_like(region) and not self._linked_by_parse(region, found):
                not_speech.add(region.index)
                continue
            else:
                attribution = found
            attribution.regions.append(region.index)
            owner[region.index] = attribution
        kept = [
            a
            for a in self.by_cue.values()
            if (a.regions or self.reports_indirect(a)) and not self._only_a_scare_quote(a)
        ]
        kept.extend(unattributed)
        kept.extend(transcript)
        kept.sort(key=lambda a: self._first_offset(a))
        return kept

    def _has_quote_near(self, token: Token) -> bool:
        return self._sentence_quoted[self.index.sentence_number(token.i)]

    def reports_indirect(self, attribution: Attribution) -> bool:
        """True when a cue's clause, without quotation marks, is reported speech."""
        content = [t for t in attribution.content if not t.is_punct]
        if len(content) < 3 or attribution.subject is None:
            return False
        subject = attribution.subject
        if subject.lower_ in _DEMONSTRATIVES:
            return False  # "This highlights the complexities ...": a situation, not a source
        if subject.lower_ in ("reports", "rumours", "rumors") and not list(subject.children):
            return False  # "Reports suggest that ...": hearsay with no one to credit
        cue = attribution.cue
        if cue is not None and any(c.dep_ == "neg" for c in cue.children):
            return False
        if cue is not None and cue.lower_ == "according":
            return True
        lemma = cue.lemma_.lower() if cue is not None else ""
        noun_cue = cue is not None and cue.pos_ == "NOUN"
        frames = self.lexicon.frames_of(lemma)
        if not (noun_cue or frames - {"quote"}):
            return False
        # Objects and intentions ("called for ...", "wants to ...") report speech only when
        # they say something ("welcomed the reopening" does not), and not inside another
        # speaker's reported words ("the council said it would seek to ...").
        if (
            cue is not None
            and not noun_cue
            and "clause" not in frames
            and (
                len(content) < 4
                or any(owner != cue.i for owner in self._content_owners.get(cue.i, ()))
            )
        ):
            return False
        first = content[0]
        return first.lower_ not in ("whether", "how", "what", "why", "when", "where", "who", "if")

    def _first_offset(self, attribution: Attribution) -> int:
        offsets = [self.regions[r].start for r in attribution.regions]
        if attribution.content:
            offsets.append(attribution.content[0].idx)
        return min(offsets) if offsets else 0

    def _owner(self, region: QuoteRegion, owner: dict[int, Attribution]) -> Attribution | None:
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
        # Rule 4: a cue in the same sentence, else the neighbouring one.
        framing = self._frame_cue(region)
        if framing is not None:
            return framing
        # Rule 5: "X said:" closing the previous paragraph.
        return self._colon_intro(region)

    def _frame_cue(self, region: QuoteRegion) -> Attribution | None:
        tokens = self.region_tokens[region.index]
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
        before_sent = self._neighbour_sentence(sentences[0], -1, paragraph)
        if before_sent is not None:
            # Nearest first: the cue closest to the region that does not report on its own.
            candidates = self._framing_in(before_sent.start, before_sent.end)
            for key in reversed(candidates[-_MAX_FRAME_CANDIDATES:]):
                if not self._content_stands_alone(self.by_cue[key], region):
                    return self.by_cue[key]
        after_sent = self._neighbour_sentence(sentences[-1], 1, paragraph)
        if after_sent is not None:
            candidates = self._framing_in(after_sent.start, after_sent.end)
            for key in candidates[:_MAX_FRAME_CANDIDATES]:
                if not self._content_stands_alone(self.by_cue[key], region):
                    return self.by_cue[key]
        return None

    def _framing_in(self, start: int, end: int) -> list[int]:
        """The framing cues keyed at token positions start..end-1, in order."""
        if start >= end:
            return []
        lo = bisect.bisect_left(self._framing, start)
        hi = bisect.bisect_left(self._framing, end, lo)
        return self._framing[lo:hi]

    def _sentences(self, first: Token, last: Token) -> list[Span]:
        sents = [self.index.sent(first)]
        if self.index.sent(last).start != sents[0].start:
            sents.append(self.index.sent(last))
        return sents

    def _content_stands_alone(self, attribution: Attribution, region: QuoteRegion) -> bool:
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
                and not self._ends_with_colon(attribution)
            )
        )

    def _ends_with_colon(self, attribution: Attribution) -> bool:
        cue = attribution.cue
        if cue is None:
            return False
        sent = self.index.sent(cue)
        i = sent.end - 1
        while i >= sent.start and self.index.tokens[i].is_space:
            i -= 1
        return i >= sent.start and self.index.tokens[i].text == ":"

    def _neighbour_sentence(self, sent: Span, step: int, paragraph: int) -> Span | None:
        index = sent.start - 1 if step < 0 else sent.end
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

    def _colon_intro(self, region: QuoteRegion) -> Attribution | None:
        """A quotation right after a colon: the cue of the clause before it ("He then told
        the crowd:"), or, with no cue there, the person or organisation that clause names
        ("More from Blumenthal and Cohen:")."""
        previous = self.region_tokens[region.index][0].i - 1
        while previous >= 0 and (
            self.index.tokens[previous].is_space or self.region_of[previous] == region.index
        ):
            previous -= 1
        if previous < 0 or self.index.tokens[previous].text != ":":
            return None
        sent = self.index.sentence_tokens(self.index.tokens[previous], MAX_SPAN)
        cues = [t for t in sent if t.i in self.by_cue and not self.quoted(t)]
        if cues:
            return self.by_cue[cues[-1].i]
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
            return None
        key = previous
        if key not in self.by_cue:
            self.add_cue(key, Attribution(cue=None, cue_text=":", subject=names[-1]))
        return self.by_cue[key]

    def _linked_by_parse(self, region: QuoteRegion, attribution: Attribution) -> bool:
        ids = {t.i for t in self.region_tokens[region.index]}
        return any(t.i in ids for t in attribution.content)

    # ---------------------------------------------------------------- region kinds
    def _reads_as_speech(self, region: QuoteRegion) -> bool:
        words = [t for t in self.region_tokens[region.index] if t.is_alpha]
        if len(words) < 4 or self._is_title_like(region):
            return False
        text = self.text[region.start : region.end].rstrip("\u201d\"' ,")
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in self.region_tokens[region.index])
        return has_verb and (len(words) >= 6 or text[-1:] in _SENTENCE_END)

    def _only_a_scare_quote(self, attribution: Attribution) -> bool:
        """An attribution whose only words are a quoted word or two inside the reporter's
        sentence ("dismissed the plan as 'peanuts'" with no more said) reports no speech."""
        if len(attribution.regions) != 1:
            return False
        region = self.regions[attribution.regions[0]]
        words = [t for t in self.region_tokens[region.index] if t.is_alpha]
        outside = [t for t in attribution.content if not self.quoted(t) and not t.is_punct]
        return len(words) <= 2 and self.is_partial(region) and len(outside) < 3

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

    def _is_title_like(self, region: QuoteRegion) -> bool:
        words = [t for t in self.region_tokens[region.index] if t.is_alpha]
        if not words or len(words) > 10:
            return False
        capitalised = sum(1 for t in words if t.text[:1].isupper() or len(t.text) <= 3)
        return capitalised == len(words) and len(words) >= 2

    def is_partial(self, region: QuoteRegion) -> bool:
        """A quoted fragment inside a sentence of the reporter's own words."""
        text = self.text
        i = region.open - 1
        while i >= 0 and text[i] in " \t":
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


_SOURCE_NOUNS = {
    "report", "study", "statement", "letter", "complaint", "poll", "survey", "memo", "document",
    "analysis", "data", "filing", "lawsuit", "ruling", "book", "article", "tweet", "post",
    "release", "review", "audit", "investigation", "inquiry", "indictment",
    "petition", "ad", "advertisement", "video", "email", "message", "note", "notice",
    "website", "site", "page", "blog", "column", "editorial", "op-ed", "paper", "newspaper",
    "magazine", "network", "broadcast", "show", "transcript", "record", "records", "court",
    "judge", "jury", "panel", "committee", "board", "commission", "council", "agency",
    "department", "ministry", "government", "administration", "campaign", "party", "group",
    "company", "firm", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    "source", "sources", "people", "person", "man", "woman", "men", "women", "critic",
    "supporter", "aide", "adviser", "advisor", "expert", "resident", "voter", "member",
    "leader", "lawmaker", "senator", "president", "mayor", "governor", "minister", "police",
    "officer", "witness", "friend", "family", "mother", "father", "son", "daughter", "wife",
    "husband", "neighbor", "neighbour", "protester", "activist", "student", "teacher",
    "worker", "employee", "executive", "director", "chairman", "chairwoman", "chair",
    "candidate", "nominee", "democrat", "republican", "economist", "analyst", "scientist",
    "researcher", "lawyer", "attorney", "prosecutor", "spokesmen", "authorities", "authority",
}  # fmt: skip


def _speakerlike(token: Token | None) -> bool:
    """A subject that can be a source: a name, an organisation, a personal pronoun, a person
    or group noun, or a document ("the report said"); not "the election", "a speech"."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "i", "we", "you", "who", "it")
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    return lemma in _SOURCE_NOUNS or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent"))


def _is_time_prep(token: Token) -> bool:
    """ "on Monday", "in July": a time, not what was said."""
    return token.dep_ == "prep" and any(
        t.ent_type_ in ("DATE", "TIME") for t in token.children if t.dep_ == "pobj"
    )


def _can_head_speaker(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "i", "we")
    return token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in ("DATE", "TIME")


_DEMONSTRATIVES = {"this", "that", "these", "those", "which", "what"}
_AGENT_PRONOUNS = {"he", "she", "they", "i", "we", "his", "her", "their", "its", "it"}


def _agentive(token: Token) -> bool:
    """A subject that can speak: a name, an organisation, a personal pronoun."""
    if token.lower_ in _AGENT_PRONOUNS:
        return token.lower_ != "it" or token.dep_ == "poss"
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.pos_ == "PROPN"


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that")
        or tokens[0].dep_ == "cc"
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_space or tokens[-1].dep_ == "cc" or _is_trailing_punct(tokens[-1])
    ):
        tokens = tokens[:-1]
    return tokens


def _is_trailing_punct(token: Token) -> bool:
    return token.is_punct and token.text not in ("\u201d", '"', ")", "\u2019")


def _cue_text(token: Token) -> str:
    parts = [token.text]
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            parts.append(child.text)
    return " ".join(parts)


def _distance(token: Token, region: QuoteRegion) -> int:
    if token.idx < region.open:
        return region.open - token.idx
    return token.idx - region.end
