"""Contents: the reported words of a cue (its clausal complement, its object for "accuse"-like
cues, the clause around an aside), on one side of the cue, without coordinated cues that
report on their own."""

from __future__ import annotations

from spacy.tokens import Token

from extract.clause_roles import speaks_for
from extract.content_bounds import ContentBounds, is_time_prep
from extract.frames import (
    acts_on_object,
    adjunct_preposition,
    adverbial_clause,
    as_clause_not_aside,
    interjected,
    object_is_thought,
    temporal_as,
)
from extract.misparses import clause_taken_as_head, complement_as_relative, relative_aside_name
from extract.trimming import trim_tokens

__all__ = ["ContentFinder", "trim_tokens"]

CONTENT_DEPS = ("ccomp", "parataxis")
OBJECT_CONTENT_LEMMAS = {"accuse", "blame", "criticise", "criticize", "condemn", "praise"}


class ContentFinder(ContentBounds):
    """What each cue reports."""

    def content_of(self, verb: Token) -> list[Token]:
        """The reported words of a cue: its clausal complements (for "accuse"-like cues,
        its object and what follows), minus coordinated cues that report on their own."""
        misparsed = clause_taken_as_head(verb)
        if misparsed is not None:
            return trim_tokens(
                self._before_reporters_tail(self._inside_opening_quotation(misparsed))
            )
        lemma = verb.lemma_.lower()
        frames = self.lexicon.frames_of(lemma)
        acting = "object" in frames and acts_on_object(
            self.lexicon.family_of.get(lemma),
            self.lexicon.objects_not_by_people,
            self.subject_of(verb),
        )
        if acting:  # "Verity showed no emotion": a person's object is the thing done
            frames = frames - {"object"}
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
                and not is_time_prep(child)
                and not speaks_for(verb, child)  # "speaking for the union": no words
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
                if (
                    child.i < verb.i
                    and relative_aside_name(child) is not None
                    and not any(c.dep_ == "nsubj" for c in verb.children)
                ):
                    continue  # "X, whose ewes won the title, said": who X is, not the words
                if _subjectless_finite(child, verb) or adverbial_clause(child):
                    continue  # "Everything Trump says [is a lie]": the cue's own clause
                if interjected(child, verb):
                    continue  # "Mr. Vance, it turned out, knew ...": the reporter's aside
                if self.is_cue(child) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children
                ):
                    continue  # "said X and warned that Y": "warned" reports on its own
                roots.append(child)
            elif child.i > verb.i and (
                (
                    child.dep_ == "xcomp"  # "gerund": an -ing complement only
                    and ("xcomp" in frames or ("gerund" in frames and child.tag_ == "VBG"))
                )
                or (
                    child.dep_ in ("dobj", "prep", "oprd", "dative")
                    and ("object" in frames or lemma in OBJECT_CONTENT_LEMMAS)
                    and child.ent_type_ not in ("DATE", "TIME")
                    and not is_time_prep(child)
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
        family = self.lexicon.family_of.get(lemma)
        if (
            not roots
            and "clause" in frames
            and "object" not in frames
            and not acting
            and not object_is_thought(family)  # "knew their voters": a thing known
        ):
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
        aside = not as_clause_not_aside(family, acting) and (
            verb.dep_ == "parataxis"
            or (
                verb.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
                and not temporal_as(verb)  # "rode the will of the crowd as he replied"
                # "As X put it, ..." but not "As Israel presses its offensive, it has ...":
                # a cue with an object of its own is doing something, not reporting.
                and not any(
                    c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in ("it", "this")
                    for c in verb.children
                )
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
        tokens = self._before_medium(self._before_reported_aside(tokens), verb)
        return trim_tokens(self._before_reporters_tail(self._inside_opening_quotation(tokens)))

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


def _opening_mark(clause: Token) -> Token | None:
    """The subordinator that opens a clause ("for" in "for the city to act"), if any."""
    first = clause.left_edge
    return first if first.dep_ == "mark" and first.head.i == clause.i else None
