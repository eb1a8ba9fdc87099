"""Text that is never anybody's speech (extract/data/not_speech.json): transcript stage
directions ("(CROSSTALK)", "[LAUGHTER]") and publishers' furniture ("Follow Pam Key on Twitter
@pamkeyNEN.", "Reporting by ...", "Copyright ...")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# A quotation closed and a list going on: '"Pay Now" and ', '"Pay Now", '
_LISTED = re.compile(r"[\"\u201d](?:\s*,\s*(?:and|or)?|\s+(?:and|or))$")
_SIGN = re.compile(r"([\w-]+) +(?:(?:that|which) +)?([\w-]+)$")
# "A hand-painted sign propped against a garden wall read": the sentence's subject a sign noun.
_SIGN_SUBJECT = re.compile(
    r"^(?:an?|the|one|another)\s+((?:[\w-]+\s+){1,3})[^\"\u201c]*\s([\w-]+)$"
)
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|but|while|as)|;)\s+")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+")
_OPENING = ('"', "\u201c")
_FRAME = "\"'()[]{}\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2026-\u2014\u2013 \t"


@dataclass(frozen=True)
class NotSpeech:
    """The families of non-speech text, as lookups."""

    markers: frozenset[str]
    boilerplate: re.Pattern[str]
    phrasal_verbs: frozenset[str] = frozenset()
    conditional_marks: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    interviewer_labels: frozenset[str] = frozenset()
    sign_nouns: frozenset[str] = frozenset()
    sign_verbs: frozenset[str] = frozenset()
    naming_participles: frozenset[str] = frozenset()
    label_participles: frozenset[str] = frozenset()

    def is_interviewer(self, label: str) -> bool:
        """True when a transcript label names the interviewer's part ("PRESENTER", "Host")."""
        return " ".join(label.strip(_FRAME).lower().split()) in self.interviewer_labels

    def is_marker(self, text: str) -> bool:
        """True when the text is only a transcript stage direction ("(CROSSTALK.)")."""
        words = " ".join(text.strip(_FRAME).lower().split())
        return words in self.markers

    def is_boilerplate(self, text: str) -> bool:
        """True when the text opens as publishers' furniture (social, newsletter, credits)."""
        return self.boilerplate.match(text.lstrip(_FRAME)) is not None

    def names_a_work(self, before: str) -> bool:
        """True when the text before a quotation's opening mark sets it off as the title of
        a work: "his 2002 book, ''Make Your Kid a Millionaire''", "a song titled "..."."""
        before = before.rstrip(" \t")
        listed = _LISTED.search(before)
        if listed:  # 'placards reading "Pay Now" and "..."': set off as the first one was
            opening = max(before.rfind(mark, 0, listed.start()) for mark in _OPENING)
            return opening > 0 and self.names_a_work(before[:opening])
        if self._on_a_sign(before[-40:].lower()) or self._sign_subject(before[-200:].lower()):
            return True
        comma = before.endswith(",")
        words = re.findall(r"[\w'\u2019]+", before[-40:].lower())
        if not words:
            return False
        word = re.sub(r"['\u2019]s?$", "", words[-1])
        return word in self.work_nouns and (comma or word.endswith("titled"))

    def _on_a_sign(self, tail: str) -> bool:
        """ "placards reading", "a banner that said": words written on a sign, not spoken
        (the sign noun, "that"/"which" perhaps, and the verb, with only spaces between)."""
        found = _SIGN.search(tail)
        return (
            found is not None
            and found.group(1) in self.sign_nouns
            and found.group(2) in self.sign_verbs
        )

    def _sign_subject(self, tail: str) -> bool:
        """ "A hand-painted sign propped against a garden wall read": the subject of the
        sentence, or of its last clause, is a sign noun and its verb, right before the
        quotation, a sign verb."""
        ends = list(_SENTENCE_END.finditer(tail))
        sentence = tail[ends[-1].end() :] if ends else tail
        # or the subject of its last clause: "diyas were lit, and a banner strung between
        # two oak trees read"
        joined = list(_CLAUSE_JOIN.finditer(sentence))
        clauses = [sentence] + ([sentence[joined[-1].end() :]] if joined else [])
        for clause in clauses:
            found = _SIGN_SUBJECT.match(clause.strip())
            if (
                found is not None
                and any(w in self.sign_nouns for w in found.group(1).split())
                and found.group(2) in self.sign_verbs
            ):
                return True
        return False

    def rejects(self, text: str) -> bool:
        """True when the text is a stage direction or publishers' furniture."""
        return self.is_marker(text) or self.is_boilerplate(text)


@lru_cache(maxsize=1)
def load_not_speech() -> NotSpeech:
    """The packaged lists."""
    raw = json.loads(resources.files("extract").joinpath("data/not_speech.json").read_text("utf-8"))
    pattern = "|".join(f"(?:{p})" for p in raw["boilerplate"])
    return NotSpeech(
        frozenset(raw["transcript_markers"]),
        re.compile(pattern, re.IGNORECASE),
        frozenset(raw["phrasal_verbs"]),
        frozenset(raw["conditional_marks"]),
        frozenset(raw.get("work_nouns", ())),
        frozenset(raw.get("interviewer_labels", ())),
        frozenset(raw.get("sign_nouns", ())),
        frozenset(raw.get("sign_verbs", ())),
        frozenset(raw.get("naming_participles", ())),
        frozenset(raw.get("label_participles", ())),
    )
