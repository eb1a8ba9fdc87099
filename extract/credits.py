"""Attributions marked by layout rather than by a reporting verb.

- Transcript labels: a paragraph that opens with a speaker's name in capitals and a colon
  ("WALLACE: Let's start with ...", "MR. PENCE: Well, ...", after a broadcast's time stamp
  "[07:42] HELEN VOSS: ...") is that speaker's words. So is one that opens with a label in
  ordinary case ("Presenter:", "Dr Lund:", "Gwen Tarrant:") when the text is laid out as a
  transcript: that label opens two paragraphs or more and another label opens some too
  ("Update: ..." or "Broadcast: 2 December" once is no turn).
- Dash credits: a quotation followed by a dash and a name ("“...” ― Oscar P. Quintero",
  "“...” — Jorge Falcon, Miami") is that person's words.
- Interview answers: in a question-and-answer interview ("Q: ..." then "A: ..."
  paragraphs), each answer is the interviewee's words; the questions are the interviewer's
  and are nobody's statement. An answer may open with its speaker's name instead ("Q: ..."
  then "Halvorsen: ..."): a label right after a question is a turn however often it recurs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# A broadcast transcript's time stamp before a label: "[07:42] HELEN VOSS:", "00:12:31 Host:".
_STAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"
_LABEL = re.compile(
    r"[\"\u201c\u201d'\s]*"
    + _STAMP
    + r"(?P<label>(?:[A-Z][A-Z'\u2019.\-]+)(?:\s+[A-Z][A-Z'\u2019.\-]+){0,3})"
    r"\s*:\s+(?=\S)"
)
_WORDS = re.compile(r"[^\W\d_]{2,}")
# A label in ordinary case: up to four capitalised words ("Dr Lund", "Cllr Hester Rundle").
_PLAIN_LABEL = re.compile(
    r"[\"\u201c\u201d'\s]*"
    + _STAMP
    + r"(?P<label>[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,3})"
    r"\s*:\s+(?=\S)"
)
_DASH_CREDIT = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:[\u2015\u2014\u2013]|--| - )[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w'\u2019.\-]*(?:[ \t\u00a0]+(?:[A-Z][\w'\u2019.\-]*|de|van|von|al|da|del))"
    r"{0,4})"
    r"[ \t\u00a0]*(?:[,.;(]|$)"
)


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    raw = json.loads(resources.files("extract").joinpath("data/not_speech.json").read_text("utf-8"))
    return frozenset(raw["label_words"])


def is_label_word(label: str) -> bool:
    """True for a line's label that names nobody ("BREAKING", "UPDATE", "The Latest"; data:
    not_speech.json "label_words")."""
    return " ".join(label.rstrip(".").replace("\u2019", "'").split()).lower() in _label_words()


# "Q: ...", "Question: ...", "A. ...", "Answer: ...": an interview's turns.
_QUESTION_LABELS = ("Q", "Question")  # an interview's turns: "Q: Will you ...?", "A: ..."
_ANSWER_LABELS = ("A", "Answer")
_TURN = re.compile(
    rf"[\"\u201c\s]*(?:(?P<q>{'|'.join(_QUESTION_LABELS)})|(?P<a>{'|'.join(_ANSWER_LABELS)}))"
    r"\s*[:.]\s+(?=\S)"
)


@dataclass(frozen=True)
class Label:
    """A transcript line: the label's offsets and the spoken words' offsets."""

    label_start: int
    label_end: int
    start: int
    end: int


def _label_matches(texts: list[str]) -> list[re.Match[str] | None]:
    """Each paragraph's speaker label (None where it opens with none): a label in capitals,
    or one in ordinary case that opens two paragraphs or more of a text where another label
    opens some too (a transcript's layout), or that opens the paragraph right after an
    interviewer's question ("Q: ...")."""
    caps = [_LABEL.match(t) for t in texts]
    plain = [None if c else _PLAIN_LABEL.match(t) for t, c in zip(texts, caps, strict=True)]
    # A turn says something: words, not a figure ("Clinton: 547." is a tally).
    plain = [
        m if m and _is_label(m) and len(_WORDS.findall(t[m.end() :])) >= 3 else None
        for t, m in zip(texts, plain, strict=True)
    ]
    counts: dict[str, int] = {}
    for match in plain:
        if match is not None:
            key = match.group("label").strip().casefold()
            counts[key] = counts.get(key, 0) + 1
    recurring = {key for key, count in counts.items() if count >= 2}
    labels = {c.group("label").strip().casefold() for c in caps if c and _is_label(c)}
    # an interview's questions ("Q: ...") answered by name ("Halvorsen: ...")
    turn = [_TURN.match(text) for text in texts]
    asked = [False] + [m is not None and m.group("q") is not None for m in turn]
    answered = {
        m.group("label").strip().casefold()
        for m, after in zip(plain, asked, strict=False)
        if m is not None and after
    }
    recurring |= answered
    if len(labels | set(counts)) < 2 and not answered:
        recurring = set()
    return [
        c if c else (m if m and m.group("label").strip().casefold() in recurring else None)
        for c, m in zip(caps, plain, strict=True)
    ]


def _is_label(match: re.Match[str]) -> bool:
    label = match.group("label").strip().rstrip(".")
    return not is_label_word(label) and len(label.replace(".", "")) >= 2


def transcript_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[Label]:
    """Paragraphs that open with a speaker label and a colon (see `_label_matches`)."""
    found: list[Label] = []
    texts = [text[start:end] for start, end in paragraphs]
    for (start, end), match in zip(paragraphs, _label_matches(texts), strict=True):
        if match is None or not _is_label(match):
            continue
        label = match.group("label").strip()
        content_start = start + match.end()
        content_end = end
        while content_start < content_end and text[content_start] in ' \t"\u201c':
            content_start += 1  # Halvorsen: "Survival is the first target."
        while content_end > content_start and text[content_end - 1] in ' \t"\u201d':
            content_end -= 1
        if content_end - content_start < 3:
            continue
        label_start = start + match.start("label")
        found.append(Label(label_start, label_start + len(label), content_start, content_end))
    return found


def turns(paragraphs: list[str]) -> frozenset[int]:
    """Which of a text's paragraphs are turns of a transcript or an interview: they open
    with a speaker's label ("TOLLEFSEN: ...", "Presenter: ...", as `_label_matches` reads
    them) or a question's or an answer's ("Q: ...", "A: ...")."""
    labels = _label_matches(paragraphs)
    return frozenset(
        i
        for i, (text, label) in enumerate(zip(paragraphs, labels, strict=True))
        if _TURN.match(text) or (label is not None and _is_label(label))
    )


def interview_turns(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Which paragraphs (by index) are an interview's question or answer turns ("Q: ...",
    "A: ..."), speaker labels aside."""
    return {i for i, (start, end) in enumerate(paragraphs) if _TURN.match(text, start, end)}


def turn_labels(tokens: list[Token]) -> set[int]:
    """The tokens of an interview's question and answer labels opening paragraphs ("Q:",
    "A:", "Question:"): they name nobody."""
    found: set[int] = set()
    opens = True
    labels = (*_QUESTION_LABELS, *_ANSWER_LABELS)
    for token in tokens:
        if (
            opens
            and token.text in labels
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].text in (":", ".")
        ):
            found.add(token.i)
        opens = "\n" in token.text or "\n" in token.whitespace_
    return found


def opens_turn(paragraph: str) -> bool:
    """Whether one paragraph, read alone, is a turn of a transcript or an interview: it opens
    with a speaker's label in capitals ("TOLLEFSEN: ...") or a question's or an answer's
    ("Q: ...", "A: ...")."""
    if _TURN.match(paragraph):
        return True
    match = _LABEL.match(paragraph)
    return match is not None and _is_label(match)


def dash_credit(text: str, after: int, paragraph_end: int) -> tuple[int, int] | None:
    """The (start, end) of a name credited with a dash right after a quotation, if any."""
    match = _DASH_CREDIT.match(text, after, paragraph_end)
    if match is None:
        return None
    return match.start("name"), match.end("name")


def interview_answers(
    text: str, paragraphs: list[tuple[int, int]]
) -> tuple[int | None, list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The answers of a question-and-answer interview: where its first question starts, and
    each answer's (start, end) with the (start, end) of the question it answers, the labels
    left out. An answer counts only right after a question ("A. J. Ross said" opens no
    answer); none without a question."""
    first: int | None = None
    answers: list[tuple[tuple[int, int], tuple[int, int]]] = []
    asked: tuple[int, int] | None = None
    for start, end in paragraphs:
        match = _TURN.match(text, start, end)
        if match is None:
            asked = None
            continue
        if match.group("q"):
            first = start if first is None else first
            asked = (match.end(), end)
            continue
        if asked is None:
            continue
        content_end = end
        while content_end > match.end() and text[content_end - 1] in ' \t"\u201d':
            content_end -= 1
        if content_end - match.end() >= 3:
            answers.append(((match.end(), content_end), asked))
        asked = None  # one answer a question
    return first, answers
