"""Cues beyond reporting verbs, and which cues report speech: a verb governing a quoted
fragment, reporting nouns ("Trump's claim that ..."), "according to X" and dash credits (the
transcript readers are in extract/transcripts.py); a cue's clause without quotation marks is
indirect speech only when it says something."""

from __future__ import annotations

from spacy.tokens import Token

from extract import limits
from extract.contents import trim_tokens
from extract.credits import dash_credit
from extract.frames import describes_subject, reports_nothing
from extract.quote_marks import QuoteRegion
from extract.sourceless import SourcelessReports, cue_text
from extract.speech_state import Attribution, agentive, speakerlike

_WH_WORDS = {"whether", "how", "what", "why", "when", "where", "who", "if"}
_DEMONSTRATIVES = {"this", "that", "these", "those", "which", "what"}


# Objects that name whom a report is about ("attacked him"): a closed class.
_PERSONAL = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"}


class CueFinder(SourcelessReports):
    """Attributions from cues of every kind."""

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
        if subject is None or not agentive(subject):
            return None
        attribution = Attribution(
            cue=verb,
            cue_text=cue_text(verb),
            subject=subject,
            content=self.object_content(verb),
        )
        self.add_cue(verb.i, attribution)
        return attribution

    def noun_cues(self) -> list[Attribution]:
        """ "Trump's claim that ...", "a statement by the ministry that ...": a reporting
        noun with its owner (a possessive, or "by"/"from") and its clause; "his critique of
        the plan", "Ng voiced disdain for the plan": a noun whose preposition's object is
        what was said, owned as well by the subject of the verb that takes it."""
        found: list[Attribution] = []
        nouns, object_nouns = self.lexicon.nouns, self.lexicon.object_nouns
        for token in self.index.tokens:
            lemma = token.lemma_.lower()
            if (
                token.pos_ != "NOUN"
                or (lemma not in nouns and lemma not in object_nouns)
                or self.quoted(token)
            ):
                continue
            owner = self._noun_owner(token, lemma in object_nouns)
            if owner is None or not agentive(owner):
                continue
            clauses = [
                c
                for c in token.children
                if c.dep_ in ("acl", "ccomp")
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ]
            if not clauses and lemma in object_nouns:
                clauses = [
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ in self.lexicon.noun_prepositions
                    for g in c.children
                    if g.dep_ in ("pobj", "pcomp")
                ][:1]
            if not clauses and lemma in object_nouns and token.dep_ == "dobj":
                # "took swipes at the board": the parse hangs the noun's preposition on
                # the light verb that takes it
                clauses = [
                    g
                    for c in token.head.children
                    if c.dep_ == "prep"
                    and c.i == token.right_edge.i + 1
                    and c.lower_ in self.lexicon.noun_prepositions
                    for g in c.children
                    if g.dep_ in ("pobj", "pcomp")
                ][:1]
            content = trim_tokens(
                sorted({t for c in clauses for t in self.subtree(c)}, key=lambda t: t.i)
            )
            found.append(
                Attribution(cue=token, cue_text=token.text, subject=owner, content=content)
            )
        return found

    def stance_cues(self) -> list[Attribution]:
        """ "Ng was critical of the levy", "the council remains confident that ...", "Ng made
        clear that ...": a stance adjective (data: cues.json "stance_adjectives") complementing
        its holder's verb; what it governs through a preposition, a that-clause or an
        infinitive is what was said, and the verb's subject said it."""
        found: list[Attribution] = []
        lexicon = self.lexicon
        for token in self.index.tokens:
            if (
                token.pos_ != "ADJ"
                or token.lemma_.lower() not in lexicon.stances
                or token.dep_ not in ("acomp", "oprd", "ccomp", "xcomp")
                or self.quoted(token)
            ):
                continue
            verb = token.head
            light = verb.lemma_.lower() in lexicon.stance_light_verbs
            if (
                verb.i == token.i
                or verb.pos_ not in ("AUX", "VERB")
                # "is critical", "seemed eager"; but "made clear", "made it clear"
                or (token.dep_ in ("acomp", "xcomp") or (token.dep_ == "oprd" and not light))
                == light
            ):
                continue
            roots = [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in lexicon.stance_prepositions
                for g in c.children
                if g.dep_ in ("pobj", "pcomp")
            ][:1] or [
                c
                for c in token.children
                if c.dep_ in ("ccomp", "xcomp")
                or (c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children))
            ][:1]
            if light and not roots:  # "made clear [that ...]": the clause hangs from the verb
                roots = [c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i][:1]
            subject = self.subject_of(verb)
            if not roots or subject is None or subject.lower_ == "it" or not speakerlike(subject):
                continue
            content = trim_tokens(
                sorted({t for r in roots for t in self.subtree(r)}, key=lambda t: t.i)
            )
            words = [verb.text, token.text] if light else [token.text]
            if roots[0].head.dep_ == "prep" and roots[0].head.head.i == token.i:
                words.append(roots[0].head.text)  # "critical of"
            found.append(
                Attribution(cue=token, cue_text=" ".join(words), subject=subject, content=content)
            )
        return found

    def _noun_owner(self, noun: Token, light_verb: bool) -> Token | None:
        """Who a reporting noun belongs to: its possessive, its "by"/"from" phrase, or (for
        nouns with an object) the subject of the verb whose object it is."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if owner is not None:
                    return owner
        if light_verb and noun.dep_ == "dobj" and not self.is_cue(noun.head):
            return next(
                (c for c in noun.head.children if c.dep_ == "nsubj" and not self.quoted(c)),
                None,
            )
        return None

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
            named = self._appositive_name(pobj)
            if named:  # "According to the councillor, Ann Roe, the plan ...": Roe speaks
                phrase |= {t.i for t in named} | {named[-1].i + 1}
                pobj = named[-1]
            sent = self.index.sentence_tokens(token, limits.MAX_SPAN)
            content = [t for t in sent if t.i not in phrase]
            found.append(
                Attribution(
                    cue=token,
                    cue_text="according to",
                    subject=pobj,
                    content=trim_tokens(content),
                )
            )
        return found

    def _appositive_name(self, head: Token) -> list[Token]:
        """A person's name set off by commas right after a description that the parser left
        unattached ("the island's councillor, Ann Roe, the plan ..."): its tokens, or []."""
        i = head.right_edge.i + 1
        tokens = self.index.tokens
        if i + 2 >= len(tokens) or tokens[i].text != ",":
            return []
        j = i + 1
        while j < len(tokens) and tokens[j].ent_type_ == "PERSON" and not tokens[j].is_space:
            j += 1
        name = list(tokens[i + 1 : j])
        if not name or j >= len(tokens) or tokens[j].text != "," or name[-1].head.i == head.i:
            return []
        return name

    def fewest_words(self, attribution: Attribution) -> int:
        """The fewest words a report without quotation marks needs: three for a clause ("said
        it would"), a stance's words or a reporting noun's clause; one for the object of a
        reporting noun's preposition ("his critique of [the plan]", "expressed concern about
        [the plan]") or of the cue's own ("talked about [taxes]"). A cue whose family reports
        only an object needs four ("welcomed the partial reopening" is an act, not a report),
        one in a family marked "short_object" (a stance taken on anything: "backs tougher
        rules") or when the object names who or what it is about ("endorsed Halloran",
        "attacked him"). Answers do not show these as statements without quoted words
        (ask/speech.py); they count as reports."""
        cue = attribution.cue
        if cue is not None and cue.pos_ == "NOUN" and self._noun_object(cue, attribution.content):
            return 1
        if cue is None or cue.pos_ not in ("VERB", "AUX"):
            return 3
        frames = self.lexicon.frames_of(cue.lemma_.lower())
        if not frames or "clause" in frames:
            return 3
        content = [t for t in attribution.content if not t.is_punct]
        if any(t.pos_ == "PROPN" or t.lower_ in _PERSONAL for t in content) or (
            self.lexicon.family_of.get(cue.lemma_.lower()) in self.lexicon.short_objects
            # an object, not an infinitive ("declined to comment" says nothing)
            and not any(c.dep_ == "xcomp" for c in cue.children)
        ):
            return 1  # "endorsed Halloran", "backs tougher rules" (cues.json "short_object")
        if content and self._topic_object(cue, content[0]):
            return 1
        return (
            1
            if any(  # "expressed concern about [the timetable]"
                c.dep_ == "dobj"
                and c.lemma_.lower() in self.lexicon.object_nouns
                and self._noun_object(c, content)
                for c in cue.children
            )
            else 4
        )

    def _topic_object(self, cue: Token, first: Token) -> bool:
        """True when reported words are the object of a preposition of their cue ("talked
        about the fees")."""
        preps = self.lexicon.prepositions_of(cue.lemma_.lower())
        return any(
            c.dep_ == "prep" and c.lower_ in preps and c.i < first.i <= c.right_edge.i
            for c in cue.children
        )

    def _noun_object(self, noun: Token, content: list[Token]) -> bool:
        """True when a reporting noun's words are the object of its preposition ("his
        critique of [his rivals]")."""
        return bool(content) and any(
            c.dep_ == "prep" and c.i < content[0].i <= c.right_edge.i for c in noun.children
        )

    def reports_indirect(self, attribution: Attribution) -> bool:
        """True when a cue's clause, without quotation marks, is reported speech."""
        content = [t for t in attribution.content if not t.is_punct]
        if len(content) < self.fewest_words(attribution) or (
            attribution.subject is None and not attribution.sourceless
        ):
            return False
        if attribution.headline:
            return True  # "Graham: Trump's Rhetoric Destroying GOP's Chances"
        subject = attribution.subject
        if subject is None:
            return True  # a passive report naming no source ("is expected to ...")
        if subject.lower_ in _DEMONSTRATIVES:
            return False  # "This highlights the complexities ...": a situation, not a source
        if describes_subject(content) or (
            attribution.cue is not None and reports_nothing(attribution.cue)
        ):
            return False  # "declared himself an independent", "allows him to deny": not words
        if subject.lower_ in ("reports", "rumours", "rumors") and not list(subject.children):
            return False  # "Reports suggest that ...": hearsay with no one to credit
        cue = attribution.cue
        if cue is not None and any(c.dep_ == "neg" for c in cue.children):
            return False
        if any(t.head == cue and t.dep_ == "xcomp" and _passive(t) for t in content):
            return False  # "asked not to be named": what is to be done to the speaker
        if cue is not None and cue.lower_ == "according":
            return True
        lemma = cue.lemma_.lower() if cue is not None else ""
        if lemma in self.lexicon.quoted_only:
            return False  # "the talks began to ...": reports only beside quotation marks (data)
        noun_cue = cue is not None and (
            cue.pos_ == "NOUN" or (cue.pos_ == "ADJ" and cue.lemma_.lower() in self.lexicon.stances)
        )
        frames = self.lexicon.frames_of(lemma)
        if not (noun_cue or frames - {"quote"}):
            return False
        # Objects and intentions ("called for ...", "wants to ...") report speech only when
        # they say something ("welcomed the reopening" does not), and not inside another
        # speaker's reported words ("the council said it would seek to ...").
        # So does a clause cue's object ("asserted that Trump tells so many lies that ...").
        if (
            cue is not None
            and not noun_cue
            and ("clause" not in frames or any(t.head == cue and t.dep_ == "dobj" for t in content))
            and any(owner != cue.i for owner in self._content_owners.get(cue.i, ()))
        ):
            return False
        if content[0].lower_ in _WH_WORDS:
            # "explained how ...", "asked whether ...": an embedded question reports what
            # the speaker said after a cue of a family that says or asks (data: cues.json
            # "embedded_question_families"); a doubt ("questioned why ...") or an
            # intention's object ("wants what ...") does not.
            return not noun_cue and self.lexicon.family_of.get(lemma) in self.lexicon.asking
        return True


def _passive(verb: Token) -> bool:
    """A passive verb without a subject of its own ("[asked not] to be named")."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and not deps & {"nsubj", "nsubjpass"}
