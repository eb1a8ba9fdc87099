"""From the subject of a reporting cue to a speaker: a cast member, or an unnamed source.

Rules:
- A subject with a personal name in apposition speaks as that person ("Its spokesperson,
  Marek Dvořák, said").
- A name resolves through the cast (surnames, variants); "he"/"she" through the cast's
  pronoun rule, and stays an unnamed "he" when the person was not mentioned in its sentence
  or the reporter's sentence before it; "the mayor" through titles; "the group", "the
  council" through the organisations named before.
- "her office", "his campaign": the organisation of the person the possessive refers to.
- "I", "we" and quantifying pronouns ("some", "both", "neither") stay unnamed; any other noun
  phrase ("one woman", "a Hamas spokesman") is an unnamed source described by the phrase, an
  organisation inside it kept as the affiliation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extract.affiliations import appositive_holder
from extract.antecedents import sole_agreeing_antecedent
from extract.described_antecedents import described_antecedent, description_of
from extract.descriptions import described_by
from extract.earlier_refs import describes_person_before, spokesperson_org, statement_issuer
from extract.entities import org_name as org_name_of
from extract.label_names import label_person
from extract.model import SpeakerKind
from extract.names import (
    TITLE_WORDS,
    canonical_name,
    fold,
    is_party_tag,
    looks_like_person_name,
)
from extract.people import ORG_NOUNS, ORG_WORDS, Cast
from extract.people_words import GENERIC_TITLES, PERSON_NOUNS

_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his"}
_ORG_PRONOUNS = {"it", "they"}
_FIRST_PERSON = {"i", "we", "you", "me", "us"}
# A place or a date heading a subject with a person in apposition is a dateline, not the
# source's words.
_NOT_SOURCE_LABELS = {"GPE", "LOC", "DATE", "TIME"}
_PHRASE_STOP_DEPS = {"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl"}


@dataclass(frozen=True)
class Speaker:
    """Who speaks: a resolved name (or None), the words used, title and organisation."""

    name: str | None
    kind: SpeakerKind | None
    title: str | None
    org: str | None
    mention: str | None


UNKNOWN = Speaker(None, None, None, None, None)


def resolve_speaker(subject: Token | None, cast: Cast) -> Speaker:
    """The speaker a cue's subject refers to (see the module's rules)."""
    if subject is None:
        return UNKNOWN
    mention = _phrase(subject)
    own = cast.entry_for_token(subject)
    named = own is not None and cast.entries[own].kind == "person"
    for child in [*subject.children, *_role_object_appositions(subject)]:
        if child.dep_ == "appos" and not is_party_tag(child.text) and not named:
            entry = cast.entry_for_token(child)
            if entry is not None and cast.entries[entry].kind == "person":
                if subject.ent_type_ in _NOT_SOURCE_LABELS:
                    mention = _phrase(child)  # "CLEVELAND (UPI) - Former AG Mike Ross told"
                elif child.head.i != subject.i:
                    mention = subject.doc[subject.left_edge.i : child.i + 1].text
                return _from_entry(cast, entry, mention, subject)
    if not named and subject.pos_ in ("NOUN", "PROPN"):  # "The MP for Kirkby, Jo Bloggs"
        # "A spokeswoman for Acme, Jo Bloggs, said": the parse hangs the name on "Acme".
        for token in subject.subtree:
            if token.dep_ == "appos" and appositive_holder(token) == subject:
                entry = cast.entry_for_token(token)
                if entry is not None and cast.entries[entry].kind == "person":
                    return _from_entry(cast, entry, mention, subject)
    if not named and subject.pos_ in ("NOUN", "PROPN"):
        leading = _leading_name(subject, cast)
        if leading is not None:
            return _from_entry(cast, leading, mention, subject)
    entry = cast.entry_for_token(subject)
    if entry is not None:
        return _from_entry(cast, entry, mention, subject)
    lower = subject.lower_
    if subject.pos_ == "PRON" or lower in _PERSONAL_PRONOUNS | _ORG_PRONOUNS | _FIRST_PERSON:
        if lower not in _PERSONAL_PRONOUNS | _ORG_PRONOUNS:
            # "I", "we", and quantifiers ("Some", "Both", "One", "Neither") name no one
            return Speaker(None, None, None, None, mention)
        described = described_antecedent(cast, subject)
        if described is not None:  # "One voter, a retired fisherman, ... he said"
            return Speaker(None, None, description_of(described), None, mention)
        found = cast.pronoun_entry.get(subject.i)
        if found is None:
            found = cast.resolve_pronoun(subject)
        if found is not None and (
            cast.near_antecedent(subject, found) or sole_agreeing_antecedent(cast, subject, found)
        ):
            return _from_entry(cast, found, mention, subject)
        return Speaker(None, None, None, None, mention)
    if subject.pos_ == "PROPN":
        if cast.headline[subject.i]:
            return Speaker(None, None, None, None, mention)  # headlines name no one new
        return _proper_noun(subject, mention, cast)
    return _common_noun(subject, cast, mention)


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
        return _from_entry(cast, entry, text, subject)
    if subject is not None:
        entry = cast.entry_for_token(subject)
        if entry is not None and (cast.entries[entry].kind == "person" or not text.isupper()):
            return _from_entry(cast, entry, text, subject)
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
        return _from_entry(cast, entry, text, subject)
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


def _from_entry(cast: Cast, entry: int, mention: str, subject: Token) -> Speaker:
    cast.add_mention(subject, entry)
    person = cast.entries[entry]
    org = person.org if person.kind == "person" else person.name
    return Speaker(person.name, person.kind, person.title, org, mention)


def _proper_noun(subject: Token, mention: str, cast: Cast) -> Speaker:
    name = _written_name(subject)
    entry = cast.find_person(name) if looks_like_person_name(name) else None
    if entry is not None:  # a surname the cast did not take as a name here: "Trump"
        return _from_entry(cast, entry, mention, subject)
    if all(w.lower().strip(".") in TITLE_WORDS for w in name.split()):
        if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            # "The Mayor of Harbridge has promised ...": a capitalised title, read as a
            # definite description like "the mayor" (the holder, or the lead's name next)
            words = [t.text for t in subject.subtree if t.i <= subject.i]
            found = cast.resolve_title(subject, words)
            if found is not None:
                return _from_entry(cast, found, mention, subject)
        return Speaker(None, None, mention, None, mention)  # "Senator says": a title alone
    if any(fold(w) in ORG_WORDS for w in name.split()) or not looks_like_person_name(name):
        return Speaker(name, "org", None, name, mention)
    if len(name.split()) >= 2 or subject.ent_type_ == "PERSON":
        return Speaker(canonical_name(name), "person", None, None, mention)
    return Speaker(name, "org", None, name, mention)


def _written_name(subject: Token) -> str:
    """A proper noun and its compounds as written: "Baillie-Munro" keeps its hyphen (one key)."""
    parts = [t for t in subject.subtree if t.i <= subject.i and t.dep_ in ("compound", "flat")]
    run = subject.doc[parts[0].i if parts else subject.i : subject.i + 1]
    if all(t in parts or t.i == subject.i or t.text in ("-", "\u2010") for t in run):
        return " ".join(run.text.split())
    return " ".join(t.text for t in [*parts, subject])


def _the_owners(determiner: Token) -> bool:
    """ "the council's" in "the council's leader": a definite common-noun owner."""
    return (
        determiner.dep_ == "poss"
        and determiner.pos_ == "NOUN"
        and any(c.lower_ == "the" for c in determiner.children)
    )


def _common_noun(subject: Token, cast: Cast, mention: str) -> Speaker:
    if _age_description(subject):
        # "The 71-year-old, who ..., said", "the 54-year-old grandmother said": the person
        # just named, as a pronoun would be.
        found = cast.resolve_pronoun(subject)
        if found is not None and cast.near_antecedent(subject, found):
            return _from_entry(cast, found, mention, subject)
    lemma = subject.lemma_.lower()
    determiner = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    definite = determiner is not None and (
        determiner.lower_ in ("the", "its", "their", "this") or _the_owners(determiner)
    )
    owned = determiner is not None and determiner.dep_ == "poss" and determiner.pos_ == "PROPN"
    words = [t.text for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"]
    if (
        determiner is not None
        and determiner.dep_ == "poss"
        and determiner.pos_ == "PRON"
        and (determiner.lower_ in _PERSONAL_PRONOUNS | {"his"})
    ):
        owner = cast.resolve_pronoun(determiner)
        if owner is not None and lemma in ORG_NOUNS:
            person = cast.entries[owner]
            label = f"{person.name}'s {subject.text}"
            return Speaker(label, "org", None, person.org, mention)
    if definite and fold(lemma) in TITLE_WORDS and subject.tag_ in ("NN", "NNP"):
        found = cast.resolve_title(subject, words)
        if found is not None:
            return _from_entry(cast, found, mention, subject)
    if (definite or owned) and lemma in ORG_NOUNS and subject.tag_ in ("NN", "NNP"):
        for child in subject.children:  # "The drivers' union, the Society of X, said"
            appos = cast.entry_for_token(child) if child.dep_ in ("appos", "compound") else None
            if appos is None or cast.entries[appos].kind != "org":
                continue
            named = cast.kind_named(appos, subject) if child.dep_ == "compound" else None
            if named is None or named == cast.entries[appos].name:  # "the Save Elm campaign"
                return _from_entry(cast, appos, mention, subject)
            return Speaker(named, "org", None, named, mention)  # "the Green group said"
        found = cast.resolve_org_noun(subject.idx, lemma) if definite else None
        if found is not None:
            return _from_entry(cast, found, mention, subject)
        named = cast.org_text(subject)
        if named and named != lemma:  # "the Trump campaign", "Clinton's campaign"
            return Speaker(named, "org", None, named, mention)
    issuer = statement_issuer(subject, cast) if definite else None
    if issuer is not None and cast.entries[issuer].kind == "person":
        return _from_entry(cast, issuer, mention, subject)  # '"...," the statement said'
    if issuer is not None:  # an organisation's statement: its words, the statement the source
        return Speaker(None, None, mention, cast.entries[issuer].name, mention)
    said_for = spokesperson_org(subject, cast) if definite else None
    if said_for is not None:  # "the spokesperson said" after "A spokesperson for X said"
        return Speaker(None, None, mention, said_for, mention)
    if describes_person_before(subject):  # "The Swede, who joined in May, said"
        found = cast.resolve_pronoun(subject)
        if found is not None and cast.near_antecedent(subject, found):
            return _from_entry(cast, found, mention, subject)
    org = None
    for token in subject.subtree:
        entry = cast.entry_for_token(token)
        if entry is not None and cast.entries[entry].kind == "org":
            org = cast.entries[entry].name
            break
        if (
            org is None
            and (token.dep_ == "compound" and token.head == subject or _org_object(token, subject))
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in ORG_NOUNS
        ):
            # "a trust spokesman", "a university spokesperson", "a spokesman for the
            # agency": the story's trust, university, agency
            found = cast.resolve_org_noun(subject.idx, token.lemma_.lower())
            org = cast.entries[found].name if found is not None else None
    if org is None and _describes_an_org(subject, determiner):
        found = cast.named_next(subject, "org")  # "A soup kitchen in Elm says ..."
        org = cast.entries[found].name if found is not None else None
    if org is None:  # "A Ludmere Police spokeswoman": a name the cast did not keep
        run = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if run and fold(run[-1].text) in ORG_WORDS and run[-1].i == subject.i - 1:
            start = min(t.i for t in run[-1].subtree)
            org = org_name_of(subject.doc[start : subject.i].text)
    return Speaker(None, None, mention, org, mention)


def _describes_an_org(subject: Token, determiner: Token | None) -> bool:
    """ "A soup kitchen", "the charity": one thing described by a common noun that is no
    person and no title."""
    return (
        subject.tag_ == "NN"
        and determiner is not None
        and determiner.lower_ in ("a", "an", "the")
        and fold(subject.lemma_) not in PERSON_NOUNS
        and fold(subject.lemma_) not in TITLE_WORDS
        and fold(subject.lemma_) not in GENERIC_TITLES
    )


def _age_description(subject: Token) -> bool:
    """A definite description by age: "the 71-year-old", "the 54-year-old grandmother"."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children):
        return False
    olds = [subject] if subject.lower_ == "old" else []
    olds += [c for c in subject.children if c.dep_ == "amod" and c.lower_ == "old"]
    return any(
        any(y.lemma_.lower() == "year" and any(n.like_num for n in y.children) for y in o.children)
        for o in olds
    )


def _org_object(token: Token, subject: Token) -> bool:
    """ "the agency" in "a spokesman for the agency": a definite object of the subject's
    "for", "at" or "of"."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head == subject
        and prep.lower_ in ("for", "at", "of")
        and any(c.lower_ == "the" for c in token.children)
    )


def _phrase(subject: Token) -> str:
    """The words naming the source: the subject's noun phrase up to its head ("the
    transport secretary", "Mr. Trump"), with a personal name in apposition after a title
    ("Democratic presidential candidate Senator Bernie Sanders"); no relative clauses,
    parentheses or time words after the head."""
    left = [t for t in subject.subtree if t.i <= subject.i and not t.is_space]
    left = _from_last_break(left)
    end = subject.i
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON")
            and not is_party_tag(child.text)
            and subject.pos_ == "NOUN"
        ):
            end = max(t.i for t in child.subtree if t.dep_ in ("compound", "flat") or t == child)
            break
    if subject.pos_ == "NOUN" and end == subject.i:
        end = described_by(subject)
    if subject.pos_ == "PROPN":
        for child in subject.children:  # "Blumenthal and Cohen"
            if child.dep_ == "conj" and child.pos_ == "PROPN" and child.i > end:
                end = child.i
    tokens = left + [t for t in subject.doc[subject.i + 1 : end + 1] if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if not tokens:
        return subject.text
    return subject.doc[_named_part(tokens) : tokens[-1].i + 1].text


def _named_part(tokens: list[Token]) -> int:
    """Where the phrase starts: at a name after a comma when what precedes names no one
    ("the election, Minyon Moore, a senior adviser" starts at Minyon Moore)."""
    start = tokens[0].i
    for k, token in enumerate(tokens):
        if token.text != ",":
            continue
        before = tokens[:k]
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before):
            return start
        after = tokens[k + 1 : k + 2]
        if after and after[0].ent_type_ == "PERSON":
            return after[0].i
    return start


def _from_last_break(tokens: list[Token]) -> list[Token]:
    """Drop what precedes a comma or parenthesis inside the left part of a phrase."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].text in (",", "(", ")", "\u2014", "--") and k < len(tokens) - 1:
            return tokens[k + 1 :]
    return tokens
