"""Contents: the reported words of a cue (its clausal complement, its object for "accuse"-like
cues, the clause around an aside), on one side of the cue, without coordinated cues that
report on their own."""

from __future__ import annotations

from spacy.tokens import Token

from extract.frames import adjunct_preposition, adverbial_clause, temporal_as
from extract.misparses import clause_taken_as_head, complement_as_relative
from extract.sources import SourceFinder
from extract.tails import reporters_tail_cut, tail_opener
from extract.trimming import trim_tokens

__all__ = ["ContentFinder", "trim_tokens"]

CONTENT_DEPS = ("ccomp", "parataxis")
DASHES = ("--", "\u2014", "\u2013", "\u2015")
OBJECT_CONTENT_LEMMAS = {"accuse", "blame", "criticise", "criticize", "condemn", "praise"}


class ContentFinder(SourceFinder):
    """What each cue reports."""

    def content_of(self, verb: Token) -> list[Token]:
        """The reported words of a cue: its clausal complements (for "accuse"-like cues,
        its object and what follows), minus coordinated cues that report on their own."""
        misparsed = clause_taken_as_head(verb)
        if misparsed is not None:
            return trim_tokens(self._before_reporters_tail(misparsed))
        lemma = verb.lemma_.lower()
        frames = self.lexicon.frames_of(lemma)
        roots: list[Token] = []
        topic_preps = self.lexicon.prepositions_of(lemma)
        topic = False
        marks: set[int] = set()
        for child in verb.children:
            if (
                child.dep_ == "prep"
                and child.i > verb.i
                and child.lower_ in topic_preps
                and not topic
                and not _is_time_prep(child)
                and not adjunct_preposition(verb, child)  # "said, on condition of ..."
            ):
                # "complained about the fees", "called for a recount": what the preposition
                # governs is what was said, the preposition is part of the cue.
                roots.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
                # "called on the council to act": the object's infinitive is said too.
                roots.extend(c for c in verb.children if c.dep_ == "xcomp" and c.i > child.i)
                topic = True
            elif (
                child.dep_ == "advcl"
                and child.i > verb.i
                and not topic
                and (mark := _opening_mark(child)) is not None
                and mark.lower_ in topic_preps
            ):
                # "is calling for the city to act": the parse makes "for" the mark of a
                # clause; as with "called for a recount", the preposition is the cue's
                roots.append(child)
                marks.add(mark.i)
                topic = True
            elif child.dep_ == "dobj" and child.i > verb.i and complement_as_relative(child):
                roots.append(complement_as_relative(child) or child)  # "told the inquest that"
            elif child.dep_ in CONTENT_DEPS and child.i > verb.i - 40:
                if _subjectless_finite(child, verb) or adverbial_clause(child):
                    continue  # "Everything Trump says [is a lie]": the cue's own clause
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
                    # "campaigned in Florida with supporters": the setting of an act
                    and not (
                        child.dep_ == "prep" and child.lower_ in self.lexicon.setting_prepositions
                    )
                )
            ):
                roots.append(child)
        roots = [self._past_reporting_noun(root) for root in roots]
        if not roots and "clause" in frames:
            roots.extend(self._clause_of_medium(verb))
        if not roots and "clause" in frames and "object" not in frames:
            # "announced a review of the fees": with no clause, a reporting verb's direct
            # object is what it reports (stored with the shape "noun"; answers leave it out
            # unless the cue's family reports words through its object: ask/speech.py).
            roots = [
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and c.i > verb.i
                and c.ent_type_ not in ("DATE", "TIME")
                and not any(self.quoted(t) for t in self.subtree(c))
            ]
        if not roots and verb.dep_ == "parataxis" and self.quoted(verb.head):
            return []  # "“...,” she said": the quotation is the content, found by its marks
        aside = verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not temporal_as(verb)  # "rode the will of the crowd as he replied"
            # "As X put it, ..." but not "As Israel presses its offensive, it has ...":
            # a cue with an object of its own is doing something, not reporting the clause.
            and not any(
                c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in ("it", "this")
                for c in verb.children
            )
        )
        if (
            not roots
            and aside
            and (
                verb.head.pos_ in ("VERB", "AUX")
                # "Proposals ..., he added, amount to ...": a verb the tagger took for a noun
                or any(c.dep_ == "nsubj" and c.i != verb.i for c in verb.head.children)
            )
        ):
            # "The budget, he said, would be balanced", "As X put it, ...": the clause around
            # the cue; but not a
            # quotation the cue introduces ("..., Kall said: \"I feel ...\"").
            # the aside is the cue and its speaker; a subject the parse hangs on the cue
            # before its speaker ("Loyalty, he noted, has long been ...") is the clause's
            subject = self.subject_of(verb)
            theirs = {
                t.i
                for c in verb.children
                if c.dep_ == "nsubj" and subject is not None and c.i < subject.left_edge.i
                for t in self.subtree(c)
            }
            inside = {t.i for t in self.subtree(verb) if t.i not in theirs}
            right = verb.right_edge.i + 1
            after = [t for t in self.doc[right : right + 2] if not t.is_space]
            cut = bool(after) and (after[0].text == ":" or self.quoted(after[0]))
            around = [
                t
                for t in self.subtree(verb.head)
                if t.i not in inside and not (cut and t.i >= right)
            ]
            lead = [t for t in around if t.i < verb.left_edge.i]
            if lead and all(t.is_punct or t.dep_ in ("cc", "advmod", "intj") for t in lead):
                # "Yet, as X observed, in the early days ...": the aside opens the sentence;
                # what was said starts after it.
                around = [t for t in around if t.i > verb.right_edge.i]
            return trim_tokens(around)
        tokens = sorted(
            {t for root in roots for t in self.subtree(root) if t.i not in marks},
            key=lambda t: t.i,
        )
        excluded = self._coordinated_cues(verb, tokens)
        tokens = self._one_side([t for t in tokens if t.i not in excluded], verb)
        if tokens and tokens[0].i > verb.i:
            tokens += self._rest_of_clause(verb, tokens[-1].i + 1, excluded)
        if not any(root.dep_ in CONTENT_DEPS for root in roots):
            tokens = self._before_setting(tokens)  # an object frame: 'called X "..."'
        return trim_tokens(self._before_reporters_tail(self._before_reported_aside(tokens)))

    def _past_reporting_noun(self, root: Token) -> Token:
        """ "expressed concern about the fees", "voiced disdain for the plan": when a cue's
        object is a reporting noun whose preposition governs what was said (data: cues.json
        "object_nouns"), the noun and its preposition belong to the cue; the words are the
        preposition's object."""
        if (
            root.dep_ != "dobj"
            or root.lemma_.lower() not in self.lexicon.object_nouns
            or any(c.dep_ == "poss" for c in root.children)  # "Ryan's denunciation of X"
        ):
            return root
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ in self.lexicon.noun_prepositions:
                found = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if found is not None and not self.quoted(found):
                    return found
        return root

    def _before_reporters_tail(self, tokens: list[Token]) -> list[Token]:
        """The reported words without the reporter's tail at their end (extract/tails.py)."""
        return reporters_tail_cut(tokens, self.quoted, self.subtree, self.lexicon.tail_marks)

    def _clause_of_medium(self, verb: Token) -> list[Token]:
        """ "X said in a statement that ...": the parse hangs the that-clause on the
        reporting noun the cue's preposition governs; it is the cue's reported words."""
        found: list[Token] = []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in self.lexicon.nouns:
                    continue
                found.extend(
                    clause
                    for clause in noun.children
                    if clause.dep_ in ("acl", "ccomp")
                    and clause.i > noun.i
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                )
        return found

    def _before_reported_aside(self, tokens: list[Token]) -> list[Token]:
        """The reported words up to a dash that opens an aside running to their end and
        holding a cue with a speaker of its own: "called on the council to act on the
        flooding -- damage the engineer said will cost millions": the engineer's words,
        not the caller's."""
        for k, token in enumerate(tokens):
            if token.text not in DASHES or self.quoted(token):
                continue
            rest = tokens[k + 1 :]
            if any(t.text in DASHES for t in rest):
                return tokens  # a closed aside ("-- ... --"): the sentence goes on
            if any(
                self.is_cue(t) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                for t in rest
            ):
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
                            _is_time_prep(token)
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
        if verb.i in own and any(c.lower_ == "who" for c in verb.children):
            # "an architect who said he was stiffed": the speaker's phrase holds the cue's
            # relative clause; the reported words are the cue's, not the speaker's own.
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
            _is_time_prep(token) or token.lower_ in self.lexicon.occasion_prepositions
        )

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
        return trim_tokens(self._before_reporters_tail(tokens))


def _subjectless_finite(root: Token, verb: Token) -> bool:
    """A finite verb right after the cue with no subject of its own: "Everything Trump says
    is a lie" parsed as a cue with a complement. A reported clause has its subject ("says
    it is a lie"); this is the sentence's own predicate, of which the cue's clause is the
    subject ("everything [Trump says]")."""
    return (
        root.i == verb.i + 1
        and root.tag_ in ("VBZ", "VBD", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)
    )


def _shares_modal(conj: Token) -> bool:
    """A bare verb coordinated with a verb under a modal ("said she would sit the builders
    down and [tell] them ..."): it shares the modal, so it is more of the reported clause,
    what the speaker would do, not a second report of the speaker's own."""
    return conj.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.head.children)


def _opening_mark(clause: Token) -> Token | None:
    """The subordinator that opens a clause ("for" in "for the city to act"), if any."""
    first = clause.left_edge
    return first if first.dep_ == "mark" and first.head.i == clause.i else None


def _is_time_prep(token: Token) -> bool:
    """ "on Monday", "in July": a time, not what was said."""
    return token.dep_ == "prep" and any(
        t.ent_type_ in ("DATE", "TIME") for t in token.children if t.dep_ == "pobj"
    )
