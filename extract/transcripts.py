"""Transcripts and interviews: "WALLACE: ..." paragraphs and "Q: ... A: ..." interviews, each
line or answer the words of its speaker, with the paragraphs that carry a line on."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Token

from extract.contents import ContentFinder
from extract.credits import Label, interview_answers, interview_turns, transcript_labels
from extract.headline_credits import headline_credit
from extract.interviewers import (
    interviewer_names,
    is_interviewer_name,
    names_an_org,
)
from extract.speech_state import Attribution

# A transcript's turn runs on over at most this many paragraphs without a label.
MAX_UNLABELLED = 3


class TranscriptReader(ContentFinder):
    """Attributions from transcript labels and interview answers."""

    def transcript_lines(self) -> list[Attribution]:
        """ "WALLACE: ..." paragraphs, each the labelled speaker's words."""
        found = []
        labels = transcript_labels(self.text, self.paragraphs)
        starts = [p_start for p_start, _ in self.paragraphs]
        labelled = {bisect.bisect_right(starts, label.start) - 1 for label in labels}
        labelled |= interview_turns(self.text, self.paragraphs)  # a turn runs to the next "Q:"
        asking = self._askers(labels)
        for label in labels:
            if asking(label):
                self._consume_regions(label.label_start, label.end)  # a question: nobody's
                continue
            label_tokens = self.index.tokens_in(label.label_start, label.label_end)
            tokens = self._spoken(label.start, label.end, consume_from=label.label_start)
            if not tokens or not label_tokens:
                continue  # "WALLACE: (CROSSTALK)": a stage direction, nobody's words
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

    def headline_line(self) -> Attribution | None:
        """ "Graham: Trump's Rhetoric Destroying GOP's Chances": the first paragraph's words
        credited to the name before its colon (extract/headline_credits.py), when that name
        is a name or a noun (not "Wow", "Look", "Revealed")."""
        credit = headline_credit(self.text, self.paragraphs, self.lexicon.headline_links)
        if credit is None:
            return None
        name = [t for t in self.index.tokens_in(credit.label_start, credit.label_end)]
        content = [t for t in self.index.tokens_in(credit.start, credit.end) if not t.is_space]
        if (
            not name
            or not content
            or not name[0].text[:1].isupper()
            or any(t.pos_ in ("VERB", "AUX", "INTJ", "PRON") for t in name)
            or not any(t.pos_ in ("PROPN", "NOUN") for t in name)
        ):
            return None
        return Attribution(
            cue=None,
            cue_text=":",
            subject=name[-1],
            content=content,
            speaker_text=self.text[credit.label_start : credit.label_end],
            headline=True,
        )

    def interview_lines(self) -> list[Attribution]:
        """ "Q: ... A: ..." interviews: each answer is the words of the interviewee, the
        person the introduction has speaking (the first personal name that is, or is in
        apposition to, a sentence's subject before the first question)."""
        first, answers = interview_answers(self.text, self.paragraphs)
        if first is None or not answers:
            return []
        subject = self._interviewee(first)
        if subject is None:
            return []
        found = []
        for (start, end), question in answers:
            tokens = self._spoken(start, end)
            if not tokens:
                continue
            found.append(
                Attribution(
                    cue=None,
                    cue_text=":",
                    subject=subject,
                    content=tokens,
                    verbatim=True,
                    answers=[t for t in self.index.tokens_in(*question) if not t.is_space],
                )
            )
        return found

    def interview_questions(self) -> list[tuple[int, int]]:
        """The (start, end) of an interview's answered questions and of a transcript's
        interviewer lines ("PRESENTER: ...", "Host: ..."): the interviewer's lines, so what
        they report ("The council says ...", "some of you ask ...") is no attribution of the
        article's."""
        _, answers = interview_answers(self.text, self.paragraphs)
        labels = transcript_labels(self.text, self.paragraphs)
        asking = self._askers(labels)
        asked = [(label.start, label.end) for label in labels if asking(label)]
        return sorted([question for _, question in answers] + asked)

    def _askers(self, labels: list[Label]) -> Callable[[Label], bool]:
        """Which labels are the interviewer's part, nobody's statement: an interviewer's
        label ("Host:"), one naming an organisation ("Gazette:") or the interviewer the
        introduction gives ("spoke to ... Lena Marsh (LM)"; extract/interviewers.py)."""
        first = min((label.label_start for label in labels), default=0)
        names = interviewer_names(self.doc, first) if labels else []
        cache: dict[str, bool] = {}

        def asks(label: Label) -> bool:
            text = self.text[label.label_start : label.label_end]
            if text not in cache:
                cache[text] = (
                    self.never_speech.is_interviewer(text)
                    or names_an_org(self.doc, text)
                    or is_interviewer_name(text, names)
                )
            return cache[text]

        return asks

    def _interviewee(self, before: int) -> Token | None:
        """The subject that introduces the interviewee before an interview's first question:
        the first sentence subject that is a person's name or has one in apposition ("The
        vice-chancellor, Professor Ann Roe, spoke to our correspondent Tom Hart"), else
        the first that is any name ("The charity Elm House opened a shelter. Its chief
        executive, Ann Roe, spoke to ...": the person answers, not the charity)."""
        # The paragraph right before the questions, first: in a story that turns to an
        # exchange ("The harbour master, X, gave evidence. ... he replied: ...") its witness.
        last = max((p for p, _ in self.paragraphs if p < before), default=0)
        return self._introduced(last, before) or self._introduced(0, before)

    def _introduced(self, after: int, before: int) -> Token | None:
        """The first subject between two offsets that is or has in apposition a person's
        name, else the first that is any name."""
        subjects = [
            token
            for token in self.doc
            if after <= token.idx < before
            and token.dep_ in ("nsubj", "nsubjpass")
            and not self.quoted(token)
            and (
                token.pos_ == "PROPN"
                or any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in token.subtree)
            )
        ]
        for token in subjects:
            if token.ent_type_ == "PERSON" or any(
                t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in token.subtree
            ):
                return token
        return subjects[0] if subjects else None

    def _transcript_continues(self, paragraph: int, labelled: set[int]) -> list[list[Token]]:
        """The paragraphs that carry on a transcript line: they reopen the quotation (the
        multi-paragraph convention) and name no new speaker; or, without quotation marks,
        they lie between this line and the next one (a transcript's turn runs on until the
        next label: "ASHBY: ... / We commissioned three reports. / MOYO: ...")."""
        parts: list[list[Token]] = []
        following = [n for n in labelled if n > paragraph]
        turn_ends = min(following) if following else paragraph + 1
        for number in range(paragraph + 1, min(paragraph + 12, len(self.paragraphs))):
            start, end = self.paragraphs[number]
            if (
                number in labelled
                or (
                    self.text[start] not in "\"\u201c'"
                    and number >= min(turn_ends, paragraph + 1 + MAX_UNLABELLED)
                )
                or self.never_speech.rejects(self.text[start:end])
            ):
                break  # a new speaker, the reporter again, or "(CROSSTALK.)", "Follow X on ..."
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

    def _spoken(self, start: int, end: int, consume_from: int | None = None) -> list[Token]:
        """The words of a transcript line or an interview answer, without trailing
        punctuation other than a full stop; marked as verbatim and taken from the quotation
        regions (from `consume_from`, the speaker's label, when given). Nothing when the
        span is empty or is not speech ("(CROSSTALK)")."""
        tokens = [t for t in self.index.tokens_in(start, end) if not t.is_space]
        if not tokens or self.never_speech.rejects(self.text[start:end]):
            return []
        self.verbatim.update(t.i for t in tokens)
        self._consume_regions(start if consume_from is None else consume_from, end)
        while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?":
            tokens = tokens[:-1]
        return tokens
