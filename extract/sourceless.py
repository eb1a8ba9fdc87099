"""Reports that name no source: passive reports ("the plant is expected to close", "Asked
whether the plant would close, ...") and raising verbs ("the plan seemed to falter"). PolNeAR
marks them as attributions without a source; they never own a quotation (the speaker of a
nearby quote is named elsewhere) and answers about a person never show them."""

from __future__ import annotations

from spacy.tokens import Token

from extract.contents import trim_tokens
from extract.speech_state import Attribution
from extract.transcripts import TranscriptReader

# Words that open an embedded question ("asked whether ...", "asked what ...").
_QUESTION_WORDS = {"if", "whether", "what", "why", "how", "when", "where", "who", "whom", "which"}


class SourcelessReports(TranscriptReader):
    """Attributions of reports whose source is not named."""

    def passive_report(self, cue: Token) -> Attribution | None:
        """A passive report that names no subject of its own: "the plant is expected to
        close in May" (what is expected is the subject with its infinitive, and nobody is
        named as expecting it), "Asked whether the plant would close, the mayor said ..."
        (the question is the reporter's: no source), "Asked by Ng to respond, ..." (the "by"
        phrase names who asked). Only cues whose family takes a clause, and for the subject
        with an infinitive one that takes an infinitive without an object ("believe",
        "promise"), not "urge" ("was told to leave" is an instruction)."""
        frames = self.lexicon.frames_of(cue.lemma_.lower())
        if "clause" not in frames or any(c.dep_ == "neg" for c in cue.children):
            return None
        agent = next(
            (g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
            None,
        )
        passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None and (asked := self._question_put(cue)) is not None:
            content = trim_tokens(self.subtree(asked))  # "Ng was asked whether ..."
        elif passive_subject is not None:
            infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
            if (
                infinitive is None
                or "object" in frames
                or "xcomp" not in frames
                or self.quoted(passive_subject)
            ):
                return None
            roots = [passive_subject, infinitive]
            content = trim_tokens(
                sorted({t for r in roots for t in self.subtree(r)}, key=lambda t: t.i)
            )
        elif (
            cue.tag_ == "VBN"
            and cue.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "auxpass", "aux") for c in cue.children)
        ):
            content = [t for t in self.content_of(cue) if agent is None or t.i > agent.i]
            if not content and (asked := self._question_put(cue, "advcl")) is not None:
                content = trim_tokens(self.subtree(asked))  # "Asked if he was ever bullied"
        else:
            return None
        attribution = Attribution(cue=cue, cue_text=cue_text(cue), subject=agent, content=content)
        attribution.sourceless = agent is None
        return attribution

    def _question_put(self, cue: Token, dep: str = "ccomp") -> Token | None:
        """The embedded question a passive cue of a family that asks puts to its subject
        ("was asked [what happened]", "Asked [if he was ever bullied]"; data: cues.json
        "embedded_question_families"): a clause after the cue opened by a wh-word or
        "if"/"whether"."""
        if self.lexicon.family_of.get(cue.lemma_.lower()) not in self.lexicon.asking:
            return None
        for clause in cue.children:
            if clause.dep_ == dep and clause.i > cue.i and not self.quoted(clause):
                first = self.index.tokens[clause.left_edge.i]
                if first.lower_ in _QUESTION_WORDS:
                    return clause
        return None

    def impersonal_reports(self) -> list[Attribution]:
        """ "The plan seemed to falter", "the council appears ready to back it", "it appears
        that the plan failed": a raising verb (data: cues.json "impersonal_verbs") reports a
        judgement nobody is named as making; its subject with its complement is what is
        reported, with no source. A verb with no complement ("appeared on television")
        reports nothing."""
        found: list[Attribution] = []
        for token in self.index.tokens:
            if (
                token.pos_ not in ("VERB", "AUX")
                or token.lemma_.lower() not in self.lexicon.impersonal
                or self.quoted(token)
                or any(c.dep_ in ("neg", "mark") for c in token.children)
            ):
                continue
            complement = next(
                (
                    c
                    for c in token.children
                    if c.i > token.i and c.dep_ in ("xcomp", "acomp", "oprd", "ccomp")
                ),
                None,
            )
            if complement is None:
                continue
            roots = [complement]
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ != "it" and not self.quoted(subject):
                roots.append(subject)
            content = trim_tokens(
                sorted({t for r in roots for t in self.subtree(r)}, key=lambda t: t.i)
            )
            attribution = Attribution(
                cue=token, cue_text=cue_text(token), subject=None, content=content
            )
            attribution.sourceless = True
            found.append(attribution)
        return found


def cue_text(token: Token) -> str:
    """A verb cue's words: the verb and its particle ("weighed in")."""
    parts = [token.text]
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            parts.append(child.text)
    return " ".join(parts)
