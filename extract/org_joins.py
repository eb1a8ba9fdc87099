"""Organisations' names the recogniser cuts or shortens.

- Cut at "and": two name spans joined by "and" are one organisation's name when the second
  ends in an organisation word and the first is no person or organisation the recogniser
  knows on its own, though it may be a place, or opens a longer name elsewhere
  ("Calderbrook and Ouse NHS Foundation Trust", "Lowmoor" of Lowmoor General Hospital,
  "the Transport and General Distribution Union"); or when the first is an "X of Y" name
  whose complement the "and" continues ("the National Union of Signal and Track Workers").
  So does one word the recogniser took for an organisation alone after "the" ("the Transport
  and Allied Workers' Union"). Two organisations the recogniser names each ("Google and
  Microsoft Corp") stay apart, and so do two full names ("the University of Leeds and Leeds
  Beckett University").
- Shortened: "Kestle Homes" for Kestle Homes Group, "United" for Glenmoss United.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.cast_state import NameSpan
from extract.described_names import described_name
from extract.names import fold, gender_of, is_given_name
from extract.people_words import (
    ORG_ABBREVIATIONS,
    ORG_FAMILY,
    ORG_NOUNS,
    ORG_SUFFIXES,
    ORG_WORDS,
    SHORT_FORM_FAMILIES,
)


def join_org_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """The spans (sorted by start) with each pair that is one organisation's name cut at
    "and" made one span labelled ORG."""
    out: list[NameSpan] = []
    for span in spans:
        before = out[-1] if out else None
        if before is not None and _one_name(doc, before, span):
            out[-1] = NameSpan(before.start, span.end, before.title_start, "ORG")
        else:
            out.append(span)
    return out


def _one_name(doc: Doc, first: NameSpan, second: NameSpan) -> bool:
    if second.start != first.end + 1 or doc[first.end].lower_ != "and":
        return False
    if not all(t.text[:1].isupper() for t in (doc[first.end - 1], doc[second.start])):
        return False
    words = [fold(t.text) for t in doc[first.start : first.end]]
    later = [fold(t.text) for t in doc[second.start : second.end]]
    if first.label == "ORG" and "of" in words[1:] and words[-1] not in ORG_WORDS:
        return not any(w in ORG_WORDS for w in later)  # "Union of Signal and Track Workers"
    if (
        first.label == "ORG"
        and len(words) == 1
        and first.start > 0
        and doc[first.start - 1].lower_ == "the"
        and words[0] not in ORG_WORDS
    ):  # "the Transport and Allied Workers' Union": one word after "the" is no firm's name
        return later[-1] in ORG_WORDS and second.label in ("ORG", "PROPN")
    label = "GPE" if first.label == "ORG" and _place_elsewhere(doc, words) else first.label
    lone = _lone_word(doc, first)  # "Westmere and Dale Integrated Care Board": a place
    if lone:
        label = "GPE"
    if label not in ("PROPN", "GPE", "NORP") or any(w in ORG_WORDS for w in words):
        return False  # a person or organisation the recogniser knows, or an organisation
    if not lone and any(t.ent_type_ == "PERSON" for t in doc[first.start : first.end]):
        return False
    return later[-1] in ORG_WORDS and second.label in ("ORG", "PROPN")


def _lone_word(doc: Doc, span: NameSpan) -> bool:
    """Whether a person's name the recogniser found is one word no given name and no other
    name in the story holds ("Westmere" of Westmere and Dale Integrated Care Board): a
    person is first named in full, so such a word before "and" and a body is a place."""
    if span.label != "PERSON" or span.end - span.start != 1:
        return False
    word = doc[span.start].text
    if is_given_name(word):
        return False  # "Devon and Cornwall Police": Devon may be a person
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and word in (t.text for t in e) for e in doc.ents
    )


def _place_elsewhere(doc: Doc, words: list[str]) -> bool:
    """Whether one word the recogniser took for an organisation opens a longer name
    elsewhere in the article ("Lowmoor" of Lowmoor General Hospital): a place's name, which
    "Lowmoor and Fennick NHS Trust" joins to another's, not a firm ("Google and Microsoft")."""
    if len(words) != 1:
        return False
    return any(len(e) > 1 and fold(e[0].text) == words[0] for e in doc.ents)


def leading_short_form(short: str, full: str, trade: bool = True) -> bool:
    """Whether a name of two words or more is an organisation's name with its last
    organisation words left off ("Kestle Homes" for Kestle Homes Group, "Corrie Vale" for
    Corrie Vale RFC): a story's short form of the organisation, though it reads like a
    person's name; only suffixes are left off (data/people_words.json "org_suffixes"):
    "New York" is no short form of the New York Times. A name that is an organisation's
    own ("Harrowdale Police") is not the short form of a longer one (the Harrowdale Police
    Federation). A firm's or a trust's word with at most one describing word before it is
    left off too ("Pryor Ashdown" for Pryor Ashdown Bank, "Beacon Crest" for Beacon Crest
    Learning Trust; data/people_words.json "short_form_heads"), never a members' body's
    ("Quarry Tenants' Forum") nor one named after a person ("Stephen Lawrence" is no
    short form of the Stephen Lawrence Trust); without `trade`, not at all (a place: Halden
    Bay is no short form of Halden Bay Logistics)."""
    have, words = fold(short).split(), fold(full).split()
    if len(have) < 2 or len(words) <= len(have) or words[: len(have)] != have:
        return False
    if any(w.strip(".") in ORG_WORDS and ORG_FAMILY.get(w.strip(".")) != "business" for w in have):
        return False  # "Harrowdale Police" is no short form of the Police Federation
    # (a trade word is: "Kestle Homes" for Kestle Homes Group)
    tail = [w.strip(".") for w in words[len(have) :]]
    if all(w in ORG_SUFFIXES for w in tail):
        return True
    return trade and _described_head(tail) and gender_of(short.title()) is None


def _described_head(tail: list[str]) -> bool:
    """ "Bank", "Learning Trust": a firm's or a trust's word, with at most one describing
    word before it that is no organisation's word, possessive or plural."""
    if not 1 <= len(tail) <= 2 or ORG_FAMILY.get(tail[-1]) not in SHORT_FORM_FAMILIES:
        return False
    return all(
        w.isalpha() and w not in ORG_WORDS and not (w.endswith("s") and not w.endswith("ss"))
        for w in tail[:-1]
    )


def last_word_form(short: str, full: str) -> bool:
    """Whether one word is a two-word organisation's short form by its last word ("United"
    for Glenmoss United, "Vale" for Corrie Vale RFC, "Rail" for Westerly Rail); a generic
    noun ("Trust", "Council") is no such form."""
    words = [w.strip(".") for w in fold(full).split()]
    while words and words[-1] in ORG_ABBREVIATIONS:
        words = words[:-1]
    key = fold(short)
    return len(words) == 2 and " " not in key and key == words[-1] and key not in ORG_NOUNS


def same_org(a: str, b: str, trade: bool = True) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    long_words = long_.split()
    owner = re.sub(r"['\u2019]s$", "", long_words[0])  # "Ormsby" for Ormsby's Brewery
    if short == owner and len(short) > 2 and not described_name(max(a, b, key=len)):
        return True  # (the place before "integrated care board" is no short form of it)
    if leading_short_form(short, long_, trade) or last_word_form(short, long_):
        return True  # "Kestle Homes" for Kestle Homes Group, "United" for Glenmoss United
    acronym = "".join(w[0] for w in long_words if w not in ("of", "the", "and", "for"))
    return short.replace(".", "") == acronym and len(acronym) > 1


def named_inside(name: str, orgs: list[str]) -> str:
    """A one-word organisation ("Rovers said") whose full name the story gave only inside a
    longer one ("the Brackenford Rovers Supporters' Trust", "the Elm Police Federation"):
    that name's words up to this word ("Brackenford Rovers")."""
    if " " in name.strip():
        return name
    key = fold(name)
    for org in reversed(orgs):
        words = org.split()
        folded = [fold(w) for w in words]
        if key in folded[1:-1]:
            return " ".join(words[: folded.index(key, 1) + 1])
    return name
