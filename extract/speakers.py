"""From the subject of a reporting cue to a speaker: a cast member, or an unnamed source.

Rules:
- A subject with a personal name in apposition speaks as that person ("Its spokesperson,
  Marek Dvořák, said"); an opening adverbial the parse took for the subject ("Outside
  court, X, the former treasurer, said") leaves the name after its comma as the speaker.
- A name resolves through the cast (surnames, variants); "he"/"she" through the cast's
  pronoun rule, and stays an unnamed "he" when the person was not mentioned in its sentence
  or the reporter's sentence before it.
- "I", "we" and quantifying pronouns ("some", "both", "neither") stay unnamed.
- Any other proper or common noun: extract/noun_speakers.py ("the mayor" through titles, "the
  group", "the council" through the organisations named before, "her office", unnamed
  sources described by their phrase); the words kept as the mention: extract/speaker_phrases.py.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.affiliations import appositive_holder
from extract.antecedents import sole_agreeing_antecedent
from extract.described_antecedents import described_antecedent, description_of
from extract.label_names import label_person
from extract.model import SpeakerKind
from extract.name_styles import misread_opener
from extract.names import canonical_name, fold, is_party_tag, looks_like_person_name
from extract.noun_speakers import PERSONAL_PRONOUNS, common_noun_speaker, proper_noun_speaker
from extract.people import Cast
from extract.person_cues import bodies_too
from extract.possessive_chain import possessive_link
from extract.speaker_phrases import source_phrase
from extract.speaker_record import UNKNOWN, Speaker, speaker_from_entry
from extract.unnamed_sources import full_description

_ORG_PRONOUNS = {"it", "they"}
_FIRST_PERSON = {"i", "we", "you", "me", "us"}
# A place or a date heading a subject with a person in apposition is a dateline, not the
# source's words.
_NOT_SOURCE_LABELS = {"GPE", "LOC", "DATE", "TIME"}


def resolve_speaker(subject: Token | None, cast: Cast) -> Speaker:
    """The speaker a cue's subject refers to (see the module's rules)."""
    if subject is None:
        return UNKNOWN
    mention = source_phrase(subject)
    own = cast.entry_for_token(subject)
    named = own is not None and cast.entries[own].kind == "person"
    for child in [*subject.children, *_role_object_appositions(subject)]:
        if misread_opener(subject, child) and not named:  # "Outside court, X, said"
            entry = cast.entry_for_token(child)
            if entry is not None and cast.entries[entry].kind == "person":
                return speaker_from_entry(cast, entry, source_phrase(child), subject)
        if child.dep_ == "appos" and not is_party_tag(child.text) and not named:
            entry = cast.entry_for_token(child)
            if (
                entry is not None
                and cast.entries[entry].kind == "org"
                and fold(subject.lemma_) in bodies_too()
            ):  # "Its main sponsor, Kettlewell Brewery, said": the body in that role
                return speaker_from_entry(cast, entry, mention, subject)
            if entry is not None and cast.entries[entry].kind == "person":
                if subject.ent_type_ in _NOT_SOURCE_LABELS:
                    mention = source_phrase(child)  # "CLEVELAND (UPI) - Former AG Mike Ross told"
                elif child.head.i != subject.i:
                    mention = subject.doc[subject.left_edge.i : child.i + 1].text
                elif subject.pos_ not in ("NOUN", "PROPN"):  # "Another of the members, X,"
                    mention = source_phrase(child)
                return speaker_from_entry(cast, entry, mention, subject)
    if not named and subject.pos_ in ("NOUN", "PROPN"):  # "The MP for Kirkby, Jo Bloggs"
        # "A spokeswoman for Acme, Jo Bloggs, said": the parse hangs the name on "Acme".
        for token in subject.subtree:
            if token.dep_ == "appos" and appositive_holder(token) == subject:
                entry = cast.entry_for_token(token)
                if entry is not None and cast.entries[entry].kind == "person":
                    return speaker_from_entry(cast, entry, mention, subject)
    if not named and subject.pos_ in ("NOUN", "PROPN"):
        leading = _leading_name(subject, cast)
        if leading is not None:
            return speaker_from_entry(cast, leading, mention, subject)
    entry = cast.entry_for_token(subject)
    if entry is not None:
        return speaker_from_entry(cast, entry, mention, subject)
    lower = subject.lower_
    if subject.pos_ == "PRON" or lower in PERSONAL_PRONOUNS | _ORG_PRONOUNS | _FIRST_PERSON:
        if lower not in PERSONAL_PRONOUNS | _ORG_PRONOUNS:
            # "I", "we", and quantifiers ("Some", "Both", "One", "Neither") name no one
            return Speaker(None, None, None, None, mention)
        described = described_antecedent(cast, subject)
        if described is not None:  # "One voter, a retired fisherman, ... he said"
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in described.children):
                # "A spokeswoman for X rejected it. She said ...": X's spokeswoman
                first = "".join(t.text_with_ws for t in described.subtree if t.i <= described.i)
                theirs = common_noun_speaker(described, cast, first.strip())
                if theirs.org:
                    return replace(theirs, mention=mention)
            short = description_of(described)
            return Speaker(None, None, full_description(described, short), None, mention)
        found = cast.pronoun_entry.get(subject.i)
        if found is None:
            found = cast.resolve_pronoun(subject)
        if found is not None and (
            cast.near_antecedent(subject, found)
            or sole_agreeing_antecedent(cast, subject, found)
            or possessive_link(cast, subject, found)  # "his round ... He said"
        ):
            return speaker_from_entry(cast, found, mention, subject)
        return Speaker(None, None, None, None, mention)
    if subject.pos_ == "PROPN":
        if cast.headline[subject.i]:
            return Speaker(None, None, None, None, mention)  # headlines name no one new
        return proper_noun_speaker(subject, mention, cast)
    return common_noun_speaker(subject, cast, mention)


def _role_object_appositions(subject: Token) -> list[Token]:
    """A name the parse hung on the object of a role noun's preposition: "The leader of
    the Harbour League, Jonas Vell, warned" (an organisation has no person in apposition;
    the role does)."""
    if subject.pos_ != "NOUN":
        return []
    found: list[Token] = []
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.i > subject.i and prep.lower_ in ("of", "for", "at"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ != "PERSON":
                    found.extend(
                        c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                    )
    return found


def resolve_named(text: str, subject: Token | None, cast: Cast) -> Speaker:
    """A speaker named by layout (a transcript label, a dash credit): the cast member the
    name denotes ("WALLACE" -> Chris Wallace), else the name as written."""
    name = " ".join(w if not w.isupper() or len(w) <= 3 else w.title() for w in text.split())
    entry = cast.find_person(name)
    if entry is None:  # "TO:" for Tobias Okafor, "THE JUDGE:" for the judge named
        entry = label_person(text, subject, cast)
    if entry is not None and subject is not None:
        return speaker_from_entry(cast, entry, text, subject)
    if subject is not None:
        entry = cast.entry_for_token(subject)
        if entry is not None and (cast.entries[entry].kind == "person" or not text.isupper()):
            return speaker_from_entry(cast, entry, text, subject)
    kind: SpeakerKind = "person" if looks_like_person_name(name) else "org"
    return Speaker(canonical_name(name) if kind == "person" else name, kind, None, None, text)


def resolve_headline_name(text: str, subject: Token | None, cast: Cast) -> Speaker:
    """A name a headline credits ("Graham: ..."): the person or organisation the article's
    sentences name ("Graham" -> Lindsey Graham); else nobody named, the headline's words kept
    as the mention (headlines name no one new)."""
    entry = cast.find_person(text)
    if entry is None and subject is not None:
        entry = cast.entry_for_token(subject)
    if entry is not None and subject is not None:
        return speaker_from_entry(cast, entry, text, subject)
    return Speaker(None, None, None, None, text)


def _leading_name(subject: Token, cast: Cast) -> int | None:
    """A person named first in a subject phrase and set off by a comma ("Ann Roe, chair of
    the residents' group, told") or joined to a body by "of" ("Ann Roe of the Elm Society
    said"): the parse may make the group the subject, but the phrase describes the person."""
    doc = subject.doc
    k = subject.left_edge.i
    while k < subject.i and doc[k].pos_ == "PROPN":
        k += 1
    if k == subject.left_edge.i or k >= subject.i or doc[k].lower_ not in (",", "of"):
        return None
    entry = cast.entry_for_token(doc[k - 1])
    if entry is None or cast.entries[entry].kind != "person":
        return None
    return entry
