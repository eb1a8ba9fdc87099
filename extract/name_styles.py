"""Styles written around a personal name that make it a person's (data/name_styles.json).

- A courtesy title only a person bears ("Mr", "Mrs", "Dr", "Dame", "Lord") before a name,
  directly or before title words ("Mrs Justice Okonkwo-Ferraro", "Lord Justice Amberley",
  "Dr Ilse Brandt"), makes the name a person's, even when the recogniser labelled it an
  organisation: no company or body is written "Mrs X".
- A judge's style ("Mr Justice", "Lady Justice", "Lord Justice", "District Judge") before a
  surname the article gives no given name is how the judge is named: "Mrs Justice
  Okonkwo-Ferraro", not "Okonkwo-Ferraro" (the style's words are data too).
- A noun that introduces a name set off after a comma is a noun phrase of its own, with a
  determiner or a possessive ("a campaign group, Save Our Fields", "the charity's founder,
  X") or plural; a bare singular noun is an adverbial the parse misread ("Outside court,
  Tran Thi Mai, the former treasurer, said": no court called Tran Thi Mai). Such a bare
  noun opening the sentence, a comma after it, is an adverbial ("Outside court,", "After
  school,"), and the name after the comma is the sentence's subject.
"""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Doc, Token

from extract.cast_state import NameSpan
from extract.names import fold, is_honorific, is_title_word

_RAW = json.loads(resources.files("extract").joinpath("data/name_styles.json").read_text("utf-8"))
PERSONAL_HONORIFICS: frozenset[str] = frozenset(_RAW["personal_honorifics"]["words"])
JUDICIAL_STYLES: frozenset[str] = frozenset(_RAW["judicial_styles"]["words"])


def courtesy_named(doc: Doc, span: NameSpan) -> bool:
    """Whether a name span (its title words from span.title_start) is written
    after a personal courtesy title and only title words between ("Mrs Justice X"), with a
    name word after them; the title may open the span itself when the recogniser took it in."""
    title_start, start, end = span.title_start, span.start, span.end
    low = max(0, min(title_start, start - 3))
    for k in range(end - 2, low - 1, -1):
        if fold(doc[k].text).strip(".") in PERSONAL_HONORIFICS:
            between = doc[k + 1 : end]
            titles = 0
            while titles < len(between) and _title(between[titles].text):
                titles += 1
            return titles < len(between)
        if k < start and not _title(doc[k].text):
            return False
    return False


def _title(word: str) -> bool:
    return is_title_word(word) or is_honorific(word)


def judicial_style(title_words: list[str]) -> str | None:
    """The judge's style in the title words written before a name ("Mrs Justice", "District
    Judge"), from its first courtesy title or title word, when a judicial style is in it."""
    words = [w for w in title_words if fold(w) not in ("the", "a")]
    if not any(fold(w).strip(".") in JUDICIAL_STYLES for w in words):
        return None
    return " ".join(words) if all(_title(w) for w in words) else None


def styled_name(name: str, styles: list[str]) -> str:
    """A judge's name as the article writes it: the longest judicial style seen before a
    name of one word ("Okonkwo-Ferraro" -> "Mrs Justice Okonkwo-Ferraro"); the name as it
    is when it has a given name or no style was seen."""
    if len(name.split()) != 1 or not styles:
        return name
    return f"{max(styles, key=len)} {name}"


def introduces(noun: Token) -> bool:
    """Whether a noun a name is in apposition to can introduce it (see the module's rule)."""
    if noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PROPN":
        return True
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def misread_opener(subject: Token, name: Token) -> bool:
    """Whether a subject is an opening adverbial the parse misread and `name` (its
    apposition or conjunct after a comma) the real subject: a bare singular noun that opens
    the sentence after at most one modifier ("Outside court, X, said")."""
    if name.dep_ not in ("appos", "conj") or name.ent_type_ != "PERSON" or introduces(subject):
        return False
    if subject.pos_ != "NOUN" or subject.i + 1 >= len(subject.doc):
        return False
    opens = subject.i - subject.sent.start <= 1
    return opens and subject.doc[subject.i + 1].text == "," and name.i > subject.i
