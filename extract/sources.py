"""Sources: which words are reporting cues, and the subject of a cue that names who speaks
(following coordination, participles and relative clauses, or the name written beside the cue
when the parse lost it)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract import limits
from extract.misparses import ADDRESSEE_VERBS, relative_aside_name
from extract.speech_state import SpeechState
from extract.tails import CLOSING_MARKS, tail_opener

# The longest aside between a speaker's name and the cue ("Jay Ellery, the club's 78-year-old
# president and general manager, suggested"), in tokens.
APPOSITION_TOKENS = 20


class SourceFinder(SpeechState):
    """Reporting cues and their speakers' subjects."""

    def is_cue(self, token: Token) -> bool:
        """A reporting verb outside quotation marks."""
        if token.pos_ not in ("VERB", "AUX") or self.quoted(token) or token.i in self.verbatim:
            return False
        if token.dep_ in ("acl", "amod") and token.tag_ == "VBN":
            return False  # "cracks found in the steel": a participle describing a noun
        lemma = token.lemma_.lower()
        if lemma == "put":  # "as X put it"
            return any(c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in token.children)
        if not self.lexicon.is_cue(lemma):
            return self._hands_over(token)
        # "showed up", "backed down": with this particle the verb reports nothing.
        return not any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in self.never_speech.phrasal_verbs
            for c in token.children
        )

    def _hands_over(self, token: Token) -> bool:
        """A verb the lexicon does not know, in the place of a cue a quotation hands over
        to: right after the quotation's closing comma (or "!", "?"), with a person as its
        subject ('"Go back," Trump barked.', '"Fantastic!" beamed Ann Roe.'). Newspapers
        put only a way of saying there."""
        if token.tag_ not in ("VBD", "VBZ", "VBP") or token.pos_ != "VERB":
            return False
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or self.quoted(subjects[0]):
            return False
        subject = subjects[0]
        if not (
            subject.pos_ == "PROPN"
            or subject.ent_type_ == "PERSON"
            or subject.is_title  # a name the tagger took for a noun
            or subject.lower_ in ("he", "she", "they", "i", "we")
        ):
            return False
        if subject.i < token.i and subject.right_edge.i + 1 != token.i:
            return False  # something stands between the speaker and the verb
        j = min(subject.left_edge.i, token.i) - 1
        if j < 1 or not self.quoted(self.doc[j]) and self.doc[j].text != ",":
            return False
        mark, before = self.doc[j], self.doc[j - 1]
        if mark.text == ",":  # '"Go back", he barked'
            mark, before = before, mark
        return mark.text in CLOSING_MARKS and self.quoted(mark) and before.text in ",!?"

    def conditional(self, token: Token) -> bool:
        """A cue in a condition reports nothing said: "if Holt asks about ..."."""
        return any(
            c.dep_ == "mark" and c.lower_ in self.never_speech.conditional_marks
            for c in token.children
        )

    def cues(self) -> list[Token]:
        """The article's reporting cues in order; past limits.MAX_CUES (a hostile article), only
        the first limits.MAX_CUES, with a warning."""
        cues = [t for t in self.index.tokens if self.is_cue(t)]
        if len(cues) > limits.MAX_CUES:
            self._warn(
                f"{len(cues):,} reporting verbs (more than {limits.MAX_CUES:,}): "
                f"speech read only up to the {limits.MAX_CUES:,}th"
            )
            return cues[: limits.MAX_CUES]
        return cues

    def cue_subjects(self) -> set[int]:
        """The tokens that name a speaker: the subjects of the article's reporting cues."""
        found: set[int] = set()
        for token in self.cues():
            subject = self.subject_of(token)
            if subject is not None:
                found.add(subject.i)
        return found

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The subject naming who speaks, following coordination, participles and
        relative clauses ("X welcomed the move but said", "asserted ..., stating",
        "X, who said")."""
        if depth > 4:
            return None
        if verb.i in self._shared_subject:
            return self.subject_of(self.index.tokens[self._shared_subject[verb.i]], depth + 1)
        subjects = [
            c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not self.quoted(c)
        ]
        if len(subjects) > 1 and subjects[-1].lower_ not in ("who", "that", "which"):
            # "ROTTERVIK, May 4 - Marta Ilves told": a dateline parsed as a second subject;
            # the one nearest the cue speaks.
            return subjects[-1]
        after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if len(after) > 1 and not any(self.quoted(c) for c in after):
            # "said Army Capt. Rhea Moss": the title's full stop split the inverted subject
            # in two; its head is the last.
            return after[-1]
        for child in verb.children:
            if child.dep_ == "nsubjpass" or child.dep_ == "auxpass":
                return None  # "which was criticised": the subject is not the speaker
            if child.dep_ == "nsubj" and child.ent_type_ in ("DATE", "TIME"):
                continue  # "SATURDAY at the convention Sen. Warren said": a misparse
            if child.dep_ == "nsubj" and not self.quoted(child):
                if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                    return verb.head
                return _past_title_stop(child) if child.i > verb.i else child
        for child in verb.children:
            if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < verb.i:
                # "Police searching for a girl said": a participle modifying the speaker,
                # parsed as the cue's clausal subject; its own subject is who speaks.
                own = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
                if own and not self.quoted(own[0]):
                    return own[0]
        for child in verb.children:
            named = relative_aside_name(child) if child.i < verb.i else None
            if named is not None and not self.quoted(named):
                # "Ann Roe, who chairs the board, said": the parse made the relative
                # clause the cue's complement and the name its subject; she speaks.
                return named
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
        if verb.dep_ == "advcl" and verb.tag_ == "VBN":
            return None  # "Asked about X, Kim said": the clause's subject is who was asked
        if verb.dep_ in ("advcl", "pcomp", "acl") and verb.tag_ in ("VBG", "VB", "VBN"):
            # A non-finite cue takes the subject of the clause it hangs from: "stating,
            # '...'", "for saying that ...", "despite admitting that ...".
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            if verb.tag_ == "VBG" and tail_opener(verb) is not None:
                head = self._reporting_clause(head, verb)
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
            if head.pos_ == "PROPN" and verb.tag_ == "VBG" and not self.quoted(head):
                return head  # a parse with no verb: "Erin Brockovich, ..., endorsed X, saying"
        return None

    def _reporting_clause(self, head: Token, verb: Token) -> Token:
        """The clause a participle after a comma goes on with: the nearest reporting cue
        with a subject of its own above the clause it hangs from ("Trump argued that a
        database would help, saying ...": argued; "Roe denied the notion that a shakeup is
        coming, explaining ...": denied), not the reported clause (a cue reported by another
        cue goes on up to its reporter, unless that one is negated: "Kim cannot say that
        '...,' Roe added, saying": added). An adverbial clause other than a bare participle
        ("when X ended the debate, saying", "the hotel, now owned by X, where ...") or a
        relative clause keeps it; with no cue above, the verb it hangs from."""
        current = head
        for _ in range(limits.MAX_SPAN):
            parent = current.head
            reported = (
                current.dep_ == "ccomp"
                and parent.i < verb.i
                and self.is_cue(parent)
                and not any(c.dep_ == "neg" for c in parent.children)
            )
            if (
                not reported
                and current.i < verb.i
                and self.is_cue(current)
                and any(c.dep_ == "nsubj" and not self.quoted(c) for c in current.children)
            ):
                return current
            if (
                parent.i == current.i
                or current.dep_ == "relcl"
                or (current.dep_ == "advcl" and not _bare_participle(current))
            ):
                break
            current = parent
        return head

    def adjacent_subject(self, verb: Token) -> Token | None:
        """The speaker written next to a cue when the parse lost it (quotation marks
        confuse parsers): "..., Flynn, a top Trump surrogate, said", "said Flynn"."""
        doc = self.doc
        j = verb.i - 1
        while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and not self.quoted(doc[j]):
            j -= 1
        for _ in range(2):  # "Sen. Ann Roe (D-Ill.), noting the vote, said": both asides
            if j >= 0 and doc[j].text == ")":
                k = j - 1  # skip a parenthesis: "Rep. Paul Ryan (R-WI) said"
                while k >= 0 and k > j - 8 and doc[k].text != "(":
                    k -= 1
                if k >= 0 and doc[k].text == "(":
                    j = k - 1
            if j >= 0 and doc[j].text == ",":
                k = j - 1  # skip an aside: ", a top Trump surrogate,", ", noting the vote,"
                while (
                    k >= 0
                    and k > j - APPOSITION_TOKENS
                    and doc[k].text != ","
                    and not self.quoted(doc[k])
                    and not (doc[k].dep_ == "nsubj" and doc[k].head.i > k)
                ):
                    k -= 1
                if k >= 0 and doc[k].text == "," and k < j - 1:
                    j = k - 1
        if j >= 0 and not self.quoted(doc[j]) and _can_head_speaker(doc[j]):
            return doc[j]
        if not self._inverted_position(verb) or verb.lemma_.lower() in ADDRESSEE_VERBS:
            return None  # ", told the Courier the county was ...": whom it was told
        j = verb.i + 1
        while j < len(doc) and doc[j].ent_type_ in ("DATE", "TIME") and not self.quoted(doc[j]):
            j += 1
        if j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        run_end = None
        # The noun phrase's words up to its head: "said Flynn", "tweeted a German user",
        # "said Pentagon spokesman Jeff Davis".
        while (
            j < len(doc)
            and not self.quoted(doc[j])
            and (doc[j].pos_ in ("PROPN", "NOUN", "ADJ") or doc[j].dep_ == "amod")
        ):
            run_end = j
            if doc[j].pos_ == "NOUN" and doc[j].dep_ not in ("compound", "amod", "nmod"):
                break
            j += 1
            if _abbreviation_stop(doc, j):
                j += 1  # "said Army Capt. Rhea Moss": the full stop of a title
        if (
            run_end is not None
            and _can_head_speaker(doc[run_end])
            and not _subject_of_another(doc[run_end], verb)
        ):
            return doc[run_end]
        return None

    def _inverted_position(self, verb: Token) -> bool:
        """Whether a cue stands where English puts the speaker after it: after a quotation,
        a comma, a colon or a dash ('"...," said Flynn'), or opening its sentence; not after
        "and" or a subject ("... and urged voters to", "but told city leaders that")."""
        doc = self.doc
        j = verb.i - 1
        while j >= 0 and (doc[j].is_space or doc[j].pos_ == "ADV") and not self.quoted(doc[j]):
            j -= 1
        if j < 0 or self.index.sent(verb).start > j:
            return True
        return doc[j].is_punct or doc[j].is_quote or self.quoted(doc[j])


def _bare_participle(token: Token) -> bool:
    """A participle phrase with no subordinator ("calling it a mistake"), not an adverbial
    clause ("when X ended the debate", "after the union failed") or a passive participle."""
    return token.tag_ == "VBG" and not any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in token.children
    )


def _abbreviation_stop(doc: Doc, j: int) -> bool:
    """A full stop closing a short capitalised title ("Capt.", "Lt.") with a name after it."""
    if not (0 < j < len(doc) - 1) or doc[j].text != ".":
        return False
    before, after = doc[j - 1], doc[j + 1]
    return (
        not before.whitespace_
        and before.text[:1].isupper()
        and len(before.text) <= 5
        and after.pos_ == "PROPN"
    )


def _past_title_stop(token: Token) -> Token:
    """The name after a title abbreviation the parser took for the subject ("said Navy
    Capt. Rhea Moss": "Capt" then a full stop), else the token itself."""
    doc = token.doc
    if not _abbreviation_stop(doc, token.i + 1):
        return token
    j = token.i + 2
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and not doc[j + 1].is_punct:
        j += 1
    return doc[j]


def _subject_of_another(token: Token, verb: Token) -> bool:
    """A noun after a cue that is the subject of the reported clause ("said the senator can
    win"), not the cue's own inverted subject."""
    while token.dep_ in ("compound", "flat", "amod") and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or head.i in (verb.i, token.i) or head.i < token.i:
        return False
    # The clause's verb follows the noun directly ("said the message was"), not after an
    # aside ("said David Brock, a Clinton confidant who heads ...": a misparse).
    return not any(t.is_punct for t in token.doc[token.i + 1 : head.i])


def _can_head_speaker(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "i", "we")
    return token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in ("DATE", "TIME")
