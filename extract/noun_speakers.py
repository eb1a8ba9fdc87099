"""Speakers named by a noun subject the cast did not resolve on its own.

Rules:
- A proper noun: a surname the cast knows ("Trump"); a capitalised title read as a definite
  description ("The Mayor of Harbridge") or a title alone; an organisation; else a person or
  an organisation by the shape of the name.
- A common noun: a person by age ("the 71-year-old"), by title ("the mayor") or by a
  description of the person just named; "her office", "his campaign" (the organisation of the
  person the possessive refers to); "the council", "the group" (the organisations named
  before); a statement's issuer, a spokesperson's organisation; any other noun phrase is an
  unnamed source described by the phrase, an organisation inside it kept as the affiliation.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.contrast_orgs import contrasted, other_org
from extract.described_names import earlier_members_body, members_body, named_members_body
from extract.docindex import entity_bounds
from extract.earlier_refs import (
    describes_person_before,
    issuing_subject,
    spokesperson_org,
    statement_issuer,
)
from extract.entities import org_name as org_name_of
from extract.kind_bodies import body_of_kind
from extract.names import TITLE_WORDS, canonical_name, fold, looks_like_person_name
from extract.people import ORG_NOUNS, ORG_WORDS, Cast
from extract.people_words import GENERIC_TITLES, PERSON_NOUNS
from extract.place_names import is_place_name
from extract.speaker_record import Speaker, speaker_from_entry
from extract.unnamed_sources import full_description

PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his"}


def proper_noun_speaker(subject: Token, mention: str, cast: Cast) -> Speaker:
    """A proper-noun subject the cast did not resolve: a surname the cast knows, a title
    written as a name, an organisation, or a person named as written."""
    placed = _described_at_a_place(subject)
    if placed is not None:  # "A boater moored near Sandpit Lock, a retired nurse, said"
        return Speaker(None, None, placed, None, placed)
    name = _written_name(subject)
    entry = cast.find_person(name) if looks_like_person_name(name) else None
    if entry is not None:  # a surname the cast did not take as a name here: "Trump"
        return speaker_from_entry(cast, entry, mention, subject)
    if all(w.lower().strip(".") in TITLE_WORDS for w in name.split()):
        if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            # "The Mayor of Harbridge has promised ...": a capitalised title, read as a
            # definite description like "the mayor" (the holder, or the lead's name next)
            words = [t.text for t in subject.subtree if t.i <= subject.i]
            found = cast.resolve_title(subject, words)
            if found is not None:
                return speaker_from_entry(cast, found, mention, subject)
        return Speaker(None, None, mention, None, mention)  # "Senator says": a title alone
    if any(fold(w) in ORG_WORDS for w in name.split()) or not looks_like_person_name(name):
        return Speaker(name, "org", None, name, mention)
    if len(name.split()) >= 2 or subject.ent_type_ == "PERSON":
        return Speaker(canonical_name(name), "person", None, None, mention)
    return Speaker(name, "org", None, name, mention)


def _described_at_a_place(subject: Token) -> str | None:
    """The description in apposition to a place the parse made a cue's subject ("moored near
    Sandpit Lock, [a retired nurse], said": extract/place_names.py), or None."""
    if subject.ent_type_ != "FAC":
        return None
    start, end = entity_bounds(subject)
    if not is_place_name(subject.doc[start:end]):
        return None
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return "".join(t.text_with_ws for t in child.subtree).strip(" ,")
    return None


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


def _named_plural_body(subject: Token, cast: Cast) -> int | None:
    """The one organisation of the cast whose name ends in a plural subject's word ("the
    commissioners" for Polgarrow Harbour Commissioners, "the trustees" for the Ravensworth
    Trustees), if any: a body named for its members."""
    if subject.tag_ != "NNS" or subject.pos_ != "NOUN":
        return None
    word = fold(subject.text)
    bodies = {
        i
        for i, e in enumerate(cast.entries)
        if e.kind == "org" and " " in e.name and fold(e.name.split()[-1]) == word
    }
    return bodies.pop() if len(bodies) == 1 else None


def common_noun_speaker(subject: Token, cast: Cast, mention: str) -> Speaker:
    """A common-noun subject: a person by age, title or description, an organisation's
    noun or statement, or an unnamed source with the organisation its phrase names."""
    if _age_description(subject):
        # "The 71-year-old, who ..., said", "the 54-year-old grandmother said": the person
        # just named, as a pronoun would be.
        found = cast.resolve_pronoun(subject)
        if found is not None and cast.near_antecedent(subject, found):
            return speaker_from_entry(cast, found, mention, subject)
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
        and (determiner.lower_ in PERSONAL_PRONOUNS | {"his"})
    ):
        owner = cast.resolve_pronoun(determiner)
        if owner is not None and lemma in ORG_NOUNS:
            person = cast.entries[owner]
            label = f"{person.name}'s {subject.text}"
            return Speaker(label, "org", None, person.org, mention)
    if definite and fold(lemma) in TITLE_WORDS and subject.tag_ in ("NN", "NNP"):
        found = cast.resolve_title(subject, words)
        if found is not None:
            return speaker_from_entry(cast, found, mention, subject)
    plural_body = _named_plural_body(subject, cast) if definite else None
    if plural_body is not None:  # "the commissioners said": Polgarrow Harbour Commissioners
        return speaker_from_entry(cast, plural_body, mention, subject)
    whole = cast.branch_whole(subject) if definite else None
    if whole is not None:  # "The Pellingford branch of the X Union said": the union's
        return Speaker(None, None, mention, whole, mention)
    if (definite or owned) and lemma in ORG_NOUNS and subject.tag_ in ("NN", "NNP"):
        for child in subject.children:  # "The drivers' union, the Society of X, said"
            appos = cast.entry_for_token(child) if child.dep_ in ("appos", "compound") else None
            if appos is None or cast.entries[appos].kind != "org":
                continue
            named = cast.kind_named(appos, subject) if child.dep_ == "compound" else None
            if named is None or named == cast.entries[appos].name:  # "the Save Elm campaign"
                return speaker_from_entry(cast, appos, mention, subject)
            return Speaker(named, "org", None, named, mention)  # "the Green group said"
        orgs = [e.name for e in cast.entries if e.kind == "org"]
        body = members_body(subject, orgs) if definite else None
        if body is not None:  # "The families' group said": no named organisation's
            return Speaker(body, "org", None, body, mention)
        named_body = named_members_body(subject, orgs) if definite else None
        if named_body is not None:  # "The firefighters' union said", the Firefighters' Union
            own = next(i for i, e in enumerate(cast.entries) if e.name == named_body)
            return speaker_from_entry(cast, own, mention, subject)
        found = cast.resolve_org_noun(subject.idx, lemma) if definite else None
        if definite and contrasted(subject):  # "the rival brewer": not the one it would be
            found = other_org(cast, subject, found)
            if found is None:
                return Speaker(None, None, None, None, mention)
        if found is not None:
            return speaker_from_entry(cast, found, mention, subject)
        body = earlier_members_body(subject, orgs) if definite else None
        if body is not None:  # "the union said" after "The farmers' union backed ..."
            return Speaker(body, "org", None, body, mention)
        named = cast.org_text(subject)
        if named and named != lemma:  # "the Trump campaign", "Clinton's campaign"
            return Speaker(named, "org", None, named, mention)
    issuer = statement_issuer(subject, cast) if definite else None
    if issuer is not None and cast.entries[issuer].kind == "person":
        return speaker_from_entry(cast, issuer, mention, subject)  # '"...," the statement said'
    if issuer is not None:  # an organisation's statement: its words, the statement the source
        return Speaker(None, None, mention, cast.entries[issuer].name, mention)
    issuing = issuing_subject(subject, cast) if definite and issuer is None else None
    if issuing is not None:  # "The tenants' group said in a statement": the group's words
        issued = common_noun_speaker(
            issuing, cast, issuing.doc[issuing.left_edge.i : issuing.i + 1].text
        )
        issuer_org = (
            issued.name if issued.kind == "org" else issued.org if issued.name is None else None
        )
        if issuer_org is not None:
            return Speaker(None, None, mention, issuer_org, mention)
    said_for = spokesperson_org(subject, cast) if definite else None
    if said_for is not None:  # "the spokesperson said" after "A spokesperson for X said"
        return Speaker(None, None, mention, said_for, mention)
    described = cast.described.get(subject.i)  # "the farmer said" (extract/description_refs.py)
    if described is not None:
        return speaker_from_entry(cast, described, mention, subject)
    if describes_person_before(subject):  # "The Swede, who joined in May, said"
        found = cast.resolve_pronoun(subject)
        if found is not None and cast.near_antecedent(subject, found):
            return speaker_from_entry(cast, found, mention, subject)
    by_kind = determiner is not None and (determiner.lower_ == "the" or _the_owners(determiner))
    kind_body = body_of_kind(cast, subject) if by_kind else None
    if kind_body is not None:  # "the insurer said", "the estate said" (extract/kind_bodies.py)
        return speaker_from_entry(cast, kind_body, mention, subject)
    told = {t.i for c in subject.children if c.dep_ in ("relcl", "advcl") for t in c.subtree}
    # "a spokeswoman for the Brackenshire branch of the X Union": the union, not Brackenshire
    org = next(
        (w for t in subject.subtree if t.i not in told and (w := cast.branch_whole(t))), None
    )
    for token in [] if org else subject.subtree:
        if token.i in told:
            continue  # "who is related to the Ridley-Hart family": told of, not worked for
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
    if org is None:  # "One worker on the paint line": the whole description
        return Speaker(None, None, full_description(subject, mention), None, mention)
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
