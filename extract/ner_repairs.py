"""Repairs to the small model's named entities, made once per parsed article before the cast
is built, where the model's own tagger contradicts its entity recogniser.

- A sentence's first word is capitalised whatever it is, and the recogniser often takes it
  for a name ("Aides said ...", "Conceding that ..., he warned", "Coal jobs ...",
  "Nationally, ..."). When the tagger reads that word as a common word (a common noun, verb,
  adjective or adverb, not a proper noun) and the article never writes it capitalised
  anywhere but at a sentence's start or after a dateline, it names nobody: the entity is
  dropped, and the word is the common noun it is ("Aides said" is unnamed aides, not a
  person called Aides).
- A name is written with a capital: a word the tagger takes for a proper noun though it is
  written in lower case, heading a phrase outside any name's ("the billionaire shipping mogul said",
  "a rampant xenophobe ... who has pledged"), is a common noun, name particles aside ("van",
  "de"). (An entity in lower case stays for the cast to read: it may be an organisation's
  short form, "the navy" after the Royal Navy; extract/entities.py.)
- A capitalised word ending in "s" or "men" that opens its sentence (or follows a dateline),
  tagged a proper noun, written capitalised nowhere else but inside longer names ("the
  Polgarrow Fishermen's Association"), and read as a plural common noun once lower-cased in
  its sentence, is that common noun ("Hauliers, who had warned ..., greeted the news": a group
  of people, no person called Hauliers; extract/common_plurals.py).
- A name ends before a lower-case verb the recogniser took into it ("Lumora Telecom told
  MPs": the organisation is "Lumora Telecom"), and begins with a capitalised hyphened word
  it left out ("the Co-operative Homes Federation").
- An owner's name, "'s" and capitalised words ending in an organisation's word are one
  organisation's name ("Pellow's Bakery"; extract/possessive_names.py).
- Words read once as a name of two words or more are that name wherever the article writes
  them (extract/name_spread.py); a person's surname alone is a name wherever it stands alone
  (extract/surname_spread.py); a given name and a capitalised word after it that the
  recogniser left out are a person's name (extract/given_names.py).
- A title alone ("GP", "MP", "Archdeacon") is no organisation's name; a place after "near"
  or "at" ending in a place noun is no person ("Sandpit Lock"; extract/place_names.py).
- A closed-class word ("Another", "Several") is no name (extract/closed_words.py); a rank
  before a name is no organisation's word (extract/rank_entities.py).
- A name with post-nominal letters ("Ayo Bello KC") is a person's, whatever label the
  recogniser gave it (extract/post_nominal_names.py).
- A name given an age ("Lindiwe Mokoena, 38,") or set beside a noun for a person
  ("Another parent, X,") is a person's (extract/person_cues.py).
- A name and a lower-case description of a body after "the" are one organisation's name
  ("the Kettleby and Wold integrated care board"; extract/described_names.py).
- A kind noun opening a sentence is no part of the name after it ("Insurer Pennant General
  said"), and "the Diocese of Farnleigh" is one name (extract/kind_names.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.closed_words import retag_closed_words
from extract.common_plurals import common_plural
from extract.described_names import name_described_bodies
from extract.docindex import DocIndex, entity_bounds
from extract.given_names import people_by_given_name
from extract.joined_names import join_cut_names
from extract.kind_names import separate_kind_nouns
from extract.name_spread import spread_names
from extract.names import PARTICLES, fold
from extract.nlp import dateline_tokens
from extract.people_words import BODY_WORDS, ROLE_WORDS
from extract.person_cues import cued_people
from extract.place_names import places_not_people
from extract.possessive_names import possessive_bodies
from extract.post_nominal_names import post_nominal_people
from extract.rank_entities import split_ranked_entities
from extract.surname_spread import spread_surnames

# Labels of names a speaker or an organisation could bear; groups (NORP) are read apart.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
# A word modifying a noun is left as tagged: the phrase's head says what it is.
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def repair_entities(doc: Doc, index: DocIndex) -> None:
    """Drop the named entities the tagger contradicts (see the module's rules), in place
    (`index`: the Doc's, as retokenized)."""
    capitalised: set[str] = set()
    alone: set[str] = set()  # capitalised outside longer names ("Fishermen's Association")
    lower: set[str] = set()
    datelines = dateline_tokens(index.tokens)  # "POLGARROW, 23 November 2026 - Fishermen in ..."
    openers = {i + 1 for i in datelines if i + 1 not in datelines}
    for token in index.tokens:
        if token.is_lower:
            lower.add(token.text)
        elif token.text[:1].isupper() and not (index.opens_sentence(token.i) or token.i in openers):
            capitalised.add(token.text)
            alone |= set() if _in_long_name(token) else {token.text}
    retag_closed_words(index.tokens)  # "Another, who asked not to be named," (closed_words.py)
    for token in index.tokens:  # "Hauliers, who had warned ...": a plural common noun
        opening = index.opens_sentence(token.i) or token.i in openers
        opens = token.tag_ in _PROPER_TAGS and opening
        if opens and token.text not in alone and common_plural(token):
            token.tag_, token.pos_ = "NNS", "NOUN"
    kept = [
        _with_hyphened_start(_without_verb_end(ent))
        for ent in doc.ents
        if not _common_word_opening(ent, capitalised, lower, index) and not _title_letters(ent)
    ]
    if kept != list(doc.ents):
        doc.set_ents(kept, default="outside")
    possessive_bodies(doc, index.tokens)  # "Pellow's Bakery" (extract/possessive_names.py)
    spread_names(
        doc, index.tokens
    )  # "Ormsby's Brewery" everywhere, once read so (extract/name_spread.py)
    people_by_given_name(doc, index.tokens)  # "Beatriz Fonseca" (extract/given_names.py)
    spread_surnames(doc, index.tokens)  # "Pengelly plans ..." (extract/surname_spread.py)
    split_ranked_entities(doc)  # "Elm Police Det Sgt Ann Roe" (extract/rank_entities.py)
    post_nominal_people(doc)
    cued_people(doc)  # "Lindiwe Mokoena, 38,"; "Another parent, X," (extract/person_cues.py)
    name_described_bodies(doc)
    separate_kind_nouns(doc, index)  # "Insurer X said", "the Diocese of X" (kind_names.py)
    places_not_people(doc)  # "moored near Sandpit Lock" (extract/place_names.py)
    join_cut_names(doc)  # "The Brackenford and District Chamber of Trade" (joined_names.py)
    for token in index.tokens:
        if (
            token.tag_ in _PROPER_TAGS
            and token.is_alpha
            and token.is_lower
            and token.lower_ not in PARTICLES
            and token.dep_ not in _MODIFIERS
            and not _inside_a_name(token)
        ):
            token.tag_ = "NNS" if token.tag_ == "NNPS" else "NN"
            token.pos_ = "NOUN"


def _title_letters(ent: Span) -> bool:
    """A title alone is no organisation: "the village GP", "a GP at the practice" (a role
    word of data/people_words.json, as "MP" and "CEO" are), "X, Archdeacon of Brackendale"."""
    token = ent[0]
    return len(ent) == 1 and ent.label_ == "ORG" and token.lower_ in ROLE_WORDS


def _without_verb_end(ent: Span) -> Span:
    """A name ends before a lower-case verb the recogniser took into it: "Lumora Telecom
    told MPs", "the Water Regulation Authority fined the firm" (a verb is never a name's
    last word)."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].pos_ in ("VERB", "AUX"):
        if not ent.doc[end - 1].is_lower or ent.label_ not in _NAME_LABELS:
            break
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _with_hyphened_start(ent: Span) -> Span:
    """An organisation's name begins with the capitalised hyphened word right before it
    that modifies it, which the recogniser leaves out ("The Co-operative Homes Federation")."""
    doc, start = ent.doc, ent.start
    if ent.label_ != "ORG" or start < 3 or doc[start - 2].text != "-":
        return ent
    if fold(doc[ent.end - 1].text) not in BODY_WORDS:
        return ent  # a body's name ends in a body's word ("Oscar-winner Delia Marsh": none)
    first, hyphen, second = doc[start - 3], doc[start - 2], doc[start - 1]
    joined = not first.whitespace_ and not hyphen.whitespace_ and first.is_alpha and second.is_alpha
    if joined and first.is_title and all(ent.start <= t.head.i < ent.end for t in (first, second)):
        return Span(doc, start - 3, ent.end, label="ORG")
    return ent


def _common_word_opening(
    ent: Span, capitalised: set[str], lower: set[str], index: DocIndex
) -> bool:
    """One word opening its sentence, tagged a common word, written capitalised nowhere
    else in the article: the sentence's capital, not a name. A singular common noun may be
    a surname or a brand all the same ("Trump campaign spokesman X"): it needs the article
    to use the word in lower case too ("Coal jobs ..." in a story about coal)."""
    if len(ent) != 1 or ent.label_ not in _NAME_LABELS:
        return False
    token = ent[0]
    return (
        index.opens_sentence(token.i)
        and token.is_alpha
        and token.is_title
        and token.tag_ not in _PROPER_TAGS
        and token.text not in capitalised
        and (token.tag_ != "NN" or token.lower_ in lower)
    )


def _in_long_name(token: Token) -> bool:
    """Whether a word is one of a longer name's ("Fishermen" in "the Polgarrow Fishermen's
    Association"): capitalised there as the name's, not as a name of its own."""
    if not token.ent_type_:
        return False
    start, end = entity_bounds(token)
    return end - start > 1


def _inside_a_name(token: Token) -> bool:
    """Whether the word belongs to a name's phrase: a proper noun or a named entity heads
    it before any verb does ("former secretary of state Hillary Clinton")."""
    head = token
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
        if head.pos_ == "PROPN" or head.ent_type_:
            return True
    return False
