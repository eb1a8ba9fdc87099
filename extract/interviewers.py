"""Transcript labels that are nobody's statement, beyond the interviewer's part ("Host:",
"PRESENTER:", not_speech.json "interviewer_labels"):

- A label that names an organisation, not a person ("Gazette:", "Brackenford Echo:" over a
  paper's questions): by the entity model, the recogniser reads the label's name as an
  organisation more often than as a person, or the article writes it as a proper noun with
  "the" ("the Gazette's transport reporter"), which no personal name takes.
- A label that names the interviewer the introduction gives: the person or paper the
  interviewee "spoke to", "talks to" or "was interviewed by" ("She spoke to the Gazette's
  transport reporter, Owen Hale (OH)"), by name, surname or initials.

The verbs that introduce an interviewer are data (not_speech.json "interviewer_verbs").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from extract.names import fold, gender_of, is_title_word


@lru_cache(maxsize=1)
def _interviewer_verbs() -> frozenset[str]:
    raw = json.loads(resources.files("extract").joinpath("data/not_speech.json").read_text("utf-8"))
    return frozenset(raw.get("interviewer_verbs", ()))


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Lena Marsh" -> "LM")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and not is_title_word(w))


def names_an_org(doc: Doc, label: str) -> bool:
    """Whether a label in ordinary case names an organisation by the entity model: the
    recogniser labels its mentions ORG more often than PERSON, or the article writes it with
    "the" as a proper noun ("the Gazette's"). Labels in capitals, titles and names opening
    with a given name are left alone."""
    words = label.split()
    if not words or label.isupper() or any(is_title_word(w) for w in words):
        return False
    if gender_of(label) is not None:
        return False  # "Ilse Varga", though the recogniser took her for a firm
    votes = 0
    found = _occurrences(doc, words)
    # The recogniser's read of the labels themselves ("Ashby: We cannot ...") is what is
    # in doubt: the article's other mentions vote, the labels only when there are none.
    mentions = [i for i in found if not _is_a_label(doc, i + len(words))] or found
    for start in mentions:
        last = doc[start + len(words) - 1]
        if last.ent_type_ == "ORG":
            votes += 1
        elif last.ent_type_ == "PERSON":
            votes -= 1
        if (
            start > 0
            and doc[start - 1].lower_ == "the"
            and doc[start - 1].head.i == last.i
            and last.pos_ == "PROPN"
            and last.dep_ != "compound"
        ):
            return True  # "the Gazette's": no personal name takes "the"
    return votes > 0


def _is_a_label(doc: Doc, after: int) -> bool:
    """Whether the words ending before token `after` are a line's label: a colon follows."""
    return after < len(doc) and doc[after].text == ":"


def _occurrences(doc: Doc, words: list[str]) -> list[int]:
    """Where the words occur in the text as tokens, case as written."""
    size = len(words)
    return [i for i in range(len(doc) - size + 1) if [t.text for t in doc[i : i + size]] == words]


def interviewer_names(doc: Doc, before: int) -> list[str]:
    """The names of the interviewer an introduction before a transcript's first label gives:
    the proper nouns after "spoke to", "talks to", "interviewed by" ("spoke to the Gazette's
    transport reporter, Owen Hale" -> Gazette, Owen Hale)."""
    verbs = _interviewer_verbs()
    found: list[str] = []
    for token in doc:
        if token.idx >= before:
            break
        if token.pos_ not in ("VERB", "AUX") or fold(token.lemma_) not in verbs:
            continue
        for prep in token.children:
            if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in ("to", "by", "with"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += _proper_names(obj)
    return found


def _proper_names(phrase: Token) -> list[str]:
    """The runs of proper nouns in a phrase ("the Gazette's transport reporter, Owen Hale")."""
    names: list[str] = []
    run: list[str] = []
    for token in phrase.subtree:
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            run.append(token.text)
            continue
        if run:
            names.append(" ".join(run))
        run = []
    if run:
        names.append(" ".join(run))
    return names


def is_interviewer_name(label: str, names: list[str]) -> bool:
    """Whether a label names one of the interviewer's names: the name, its last word, or
    its initials ("OH" for Owen Hale)."""
    key = fold(re.sub(r"\s+", " ", label.strip()))
    for name in names:
        if key in (fold(name), fold(name.split()[-1])):
            return True
        if label.isupper() and 2 <= len(label) <= 3 and label == initials(name):
            return True
    return False
