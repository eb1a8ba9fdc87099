"""Content bounds: where a cue's reported words end - before a setting ("... on Tuesday"),
a reporter's aside or tail, the speaker's own words on the other side of the cue, or a
coordinated cue that reports on its own; and how far the cue's clause runs on after them."""

from __future__ import annotations

from spacy.tokens import Token

from extract.frames import adverbial_clause, object_is_thought
from extract.sources import SourceFinder
from extract.tails import reporters_tail_cut, tail_opener

# A cue's clausal complements: what a verb of knowing reports through.
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "oprd"})

DASHES = ("--", "\u2014", "\u2013", "\u2015")


class ContentBounds(SourceFinder):
    """The edges of what a cue reports (extract/contents.py finds what it reports)."""

    def _before_reporters_tail(self, tokens: list[Token]) -> list[Token]:
        """The reported words without the reporter's tail at their end (extract/tails.py)."""
        return reporters_tail_cut(tokens, self.quoted, self.subtree, self.lexicon.tail_marks)

    def _inside_opening_quotation(self, tokens: list[Token]) -> list[Token]:
        """Reported words that open inside quotation marks end where the quotation closes:
        what follows the closing mark is the reporter's ('said: "I have admitted it was a
        mistake," [but in fact ...]'), though the parse hangs it on the quoted verb."""
        if not tokens or not self.quoted(tokens[0]):
            return tokens
        for k, token in enumerate(tokens):
            if token.is_alpha and not self.quoted(token):
                return tokens[:k]
        return tokens

    def _before_reported_aside(self, tokens: list[Token]) -> list[Token]:
        """The reported words up to a dash that opens an aside running to their end and
        holding a cue with a speaker of its own: "called on the council to act on the
        flooding -- damage the engineer said will cost millions": the engineer's words,
        not the caller's."""
        for k, token in enumerate(tokens):
            if not is_dash(token) or self.quoted(token):
                continue
            rest = tokens[k + 1 :]
            if any(is_dash(t) for t in rest):
                return tokens  # a closed aside ("-- ... --"): the sentence goes on
            if any(
                self.is_cue(t) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                for t in rest
            ):
                return tokens[:k]
            if (
                any(self.quoted(t) for t in tokens[:k])
                and not any(self.quoted(t) for t in rest)
                and not any(is_dash(t) for t in token.doc[tokens[0].i : token.i])
            ):
                # 'said it "risks higher inflation" - except that inflation has fallen': after
                # the speaker's quoted words, a dash that closes no aside opens the reporter's
                # gloss.
                return tokens[:k]
        return tokens

    def _before_medium(self, tokens: list[Token], verb: Token) -> list[Token]:
        """The reported words up to the medium of a report they end with: "said the group
        had warned about the junction [in a report titled '...' two years ago]". A setting
        preposition (data: cues.json "setting_prepositions") whose object is a reporting
        noun ("nouns": report, statement, letter), hanging on a cue or on the object of its
        topic preposition, tells where the words were given, not what they were; cut when
        the cue's clause runs from there to the end of the words."""
        ids = {t.i for t in tokens}
        for k, prep in enumerate(tokens):
            if prep.dep_ != "prep" or prep.lower_ not in self.lexicon.setting_prepositions:
                continue
            if self.quoted(prep) or not any(
                c.dep_ == "pobj" and c.lemma_.lower() in self.lexicon.nouns for c in prep.children
            ):
                continue
            cue = prep.head
            if cue.dep_ == "pobj" and cue.head.dep_ == "prep":
                topic = cue.head  # "warned [about] the junction in a report"
                if topic.lower_ in self.lexicon.prepositions_of(topic.head.lemma_.lower()):
                    cue = topic.head
            if cue.i != verb.i and (cue.i not in ids or not self.is_cue(cue)):
                continue
            if prep.head.i == cue.i and prep.lower_ in self.lexicon.prepositions_of(
                cue.lemma_.lower()
            ):
                continue  # "complained about the statement": what was said
            clause = {t.i for t in self.subtree(cue)}
            if k > 0 and all(t.i in clause or t.is_punct or t.is_space for t in tokens[k:]):
                return tokens[:k]
        return tokens

    def _before_setting(self, tokens: list[Token]) -> list[Token]:
        """The reported words of an object frame up to a setting that follows a closing
        quotation mark: the parse hangs "blasted X as a 'disgrace' [Wednesday on The Show]"
        or "criticized X as a 'costly mistake' [during a town hall]" from the quoted words,
        but a day, a time or an occasion ("during", "at": data, cues.json
        "occasion_prepositions") there tells when and where it was said, not what. A
        clause's words run on ("said he won 'every debate' in which he took part"), and so
        do other prepositions ("likened them to a 'snake' in a song about ...")."""
        for k in range(1, len(tokens)):
            token, before = tokens[k], tokens[k - 1]
            if (
                self.quoted(before)
                and not self.quoted(token)
                and (
                    token.ent_type_ in ("DATE", "TIME")
                    or token.dep_ == "npadvmod"  # "... 'a disgrace' Tuesday"
                    or (
                        token.dep_ == "prep"
                        and (
                            is_time_prep(token)
                            or token.lower_ in self.lexicon.occasion_prepositions
                        )
                    )
                )
            ):
                return tokens[:k]
        return tokens

    def _one_side(self, tokens: list[Token], verb: Token) -> list[Token]:
        """Reported words lie on one side of their cue. When the parse gives a cue
        complements on both sides ("“...,” Warren told Stumpf, after he admitted ..."), keep
        the quoted side, else the longer one; never the speaker's own words."""
        subject = self.subject_of(verb)
        own = {t.i for t in self.subtree(subject)} if subject is not None else set()
        if verb.i in own and _relative_report(verb):
            # "an architect who said he was stiffed", "Ridgeway Taverns, which said the offer
            # fell short": the speaker's phrase holds the cue's relative clause; the
            # reported words are the cue's, not the speaker's own.
            own -= {t.i for t in self.subtree(verb)}
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
        "said it was opposed to the test [and warned North Korea to refrain]", "argued
        that X would help[, saying ...]"."""
        ids = {t.i for t in tokens}
        excluded: set[int] = set()
        for token in tokens:
            if (
                token.i != verb.i
                and token.dep_ == "advcl"
                and token.tag_ == "VBG"
                and token.head.i in ids
                and tail_opener(token) is not None
                and self.is_cue(token)
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
            ):
                # "argued that X would help[, saying it's 'all about management']": the
                # participle reports on its own, for the same speaker (sources.py)
                excluded.update(t.i for t in self.subtree(token))
                continue
            if (
                token.i != verb.i
                and token.dep_ == "conj"
                and token.head.i in ids
                and self.is_cue(token)
                and self.lexicon.frames_of(token.lemma_.lower()) != {"prep"}
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
                and not _shares_modal(token)
                and not _shares_passive(token)
                and not self._thought_of_a_thing(token)  # "and would consider a grant"
            ):
                excluded.update(t.i for t in self.subtree(token))
                self._shared_subject[token.i] = verb.i
        return excluded

    def _thought_of_a_thing(self, verb: Token) -> bool:
        """A verb of knowing with no clause ("would consider a capital grant"): it reports
        nothing of its own, so what it joins goes on being said."""
        family = self.lexicon.family_of.get(verb.lemma_.lower())
        return object_is_thought(family) and not any(c.dep_ in _CLAUSES for c in verb.children)

    def _rest_of_clause(self, verb: Token, start: int, excluded: set[int]) -> list[Token]:
        """What follows the reported clause in the cue's own sentence and hangs from the cue
        ("Lynch said there remains a difference[, when it comes to ...]"), up to another
        cue, a coordinated clause or a clause of the cue's own that says when or why
        ("showed no emotion [as the sentence was read out]": extract/frames.py)."""
        sent = self.index.sent(verb)
        inside = {t.i for t in self.subtree(verb)}
        coordinated = {
            t.i
            for c in verb.children
            if c.dep_ == "conj" or (c.dep_ == "advcl" and c.i > verb.i and adverbial_clause(c))
            for t in self.subtree(c)
        }
        extra: list[Token] = []
        for i in range(start, sent.end):
            token = self.index.tokens[i]
            if (
                i in excluded
                or i not in inside
                or i in coordinated
                or self.is_cue(token)
                or token.lower_ == "according"
                or token.text == ";"  # "spoke about X while at Y; she called ...": a new clause
                or self._is_setting(verb, token)
            ):
                break
            extra.append(token)
        return extra

    def _is_setting(self, verb: Token, token: Token) -> bool:
        """Whether a word hanging from the cue itself opens the setting of the act of saying,
        not more of what was said: "blasted X as a 'disgrace' [Wednesday on The Show]",
        "criticized X as 'crazy' [during a campaign stop in Flint]"; but "likened them to a
        'snake' [in a song about ...]" goes on (only occasion prepositions and times end)."""
        if token.head.i != verb.i:
            return False
        if token.dep_ in ("npadvmod", "tmod") and token.ent_type_ in ("DATE", "TIME"):
            return True
        return token.dep_ == "prep" and (
            is_time_prep(token) or token.lower_ in self.lexicon.occasion_prepositions
        )


def is_dash(token: Token) -> bool:
    """A dash: "--", an em or en dash, or a hyphen spaced on both sides ("inflation - except")."""
    if token.text in DASHES:
        return True
    return (
        token.text == "-"
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _shares_modal(conj: Token) -> bool:
    """A bare verb coordinated with a verb under a modal ("said she would sit the builders
    down and [tell] them ..."): it shares the modal, so it is more of the reported clause,
    what the speaker would do, not a second report of the speaker's own."""
    return conj.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.head.children)


def _shares_passive(conj: Token) -> bool:
    """A participle coordinated with a passive verb ("responses had been read and
    [summarised] for cabinet"): it shares the passive, more of the reported clause, not a
    report of the speaker's own."""
    return conj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in conj.head.children)


def is_time_prep(token: Token) -> bool:
    """ "on Monday", "in July": a time, not what was said."""
    return token.dep_ == "prep" and any(
        t.ent_type_ in ("DATE", "TIME") for t in token.children if t.dep_ == "pobj"
    )


def _relative_report(verb: Token) -> bool:
    """Whether a cue is a relative clause's verb reporting words: after "who", or after
    "which" with a clause for its object ("which said the offer fell short"; not "which
    wants to buy the site", "which represents patients": no words reported)."""
    if any(c.lower_ == "who" for c in verb.children):
        return True
    which = any(c.lower_ == "which" and c.dep_ == "nsubj" for c in verb.children)
    return which and any(c.dep_ == "ccomp" for c in verb.children)
