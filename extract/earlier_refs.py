"""Definite nouns that refer back to an earlier reporting frame, not to a title or a body.

- '"...," the statement said' (statement nouns, data/people_words.json "statement_nouns")
  after "Elm Homes said in a statement that ..." or "The club announced it in a statement":
  the statement is that sentence's subject's: a person's words are the person's; an
  organisation's keep "the statement" as their source, speaking for the organisation.
- '"...," the spokesperson said' (generic titles) after "A spokesperson for the Elm Trust
  said ...": the same unnamed spokesperson, speaking for the same organisation.
- "The Swede, who joined in May, said" (a definite description with a "who" clause, neither a
  title nor a body nor a generic person noun): the person just named, as a pronoun would be.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.names import TITLE_WORDS, fold
from extract.people import ORG_NOUNS, Cast
from extract.people_words import GENERIC_TITLES, PERSON_NOUNS, STATEMENT_NOUNS

# How far back, in paragraphs, the earlier mention of the same noun may be.
_PARAGRAPHS_BACK = 1


def statement_issuer(subject: Token, cast: Cast) -> int | None:
    """The cast entry that issued "the statement" the subject noun refers back to: the main
    subject (else a subject) of the latest sentence, in this paragraph or the one before,
    that mentioned a statement outside quotation marks."""
    if fold(subject.lemma_) not in STATEMENT_NOUNS:
        return None
    earlier = _earlier_same_noun(subject, cast)
    if earlier is None:
        return None
    sentence = cast.index.sentence_number(earlier.i)
    chosen: tuple[bool, int] | None = None
    for mention in cast.mentions:
        where = cast.index.token_at(mention.start)
        if where is None or where.i == subject.i or not mention.subject:
            continue
        if cast.index.sentence_number(where.i) != sentence:
            continue
        if chosen is None or (mention.main and not chosen[0]):
            chosen = (mention.main, mention.entry)
    return chosen[1] if chosen is not None else None


def spokesperson_org(subject: Token, cast: Cast) -> str | None:
    """The organisation an earlier unnamed holder of the same generic title spoke for ("A
    spokesperson for the Elm Trust said ..." before "the spokesperson said")."""
    if fold(subject.lemma_) not in GENERIC_TITLES:
        return None
    earlier = _earlier_same_noun(subject, cast)
    if earlier is None:
        return None
    for token in earlier.subtree:
        entry = cast.entry_for_token(token)
        if entry is not None and cast.entries[entry].kind == "org":
            return cast.entries[entry].name
    return None


def describes_person_before(subject: Token) -> bool:
    """ "The Swede, who joined in May," / "The prop, who made 187 appearances,": a definite
    description set off by a "who" clause that is no title, body or generic person noun."""
    lemma = fold(subject.lemma_)
    if lemma in TITLE_WORDS or lemma in ORG_NOUNS or lemma in PERSON_NOUNS:
        return False
    if lemma in GENERIC_TITLES or lemma in STATEMENT_NOUNS or subject.tag_ not in ("NN", "NNP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    return any(
        c.dep_ == "relcl"
        and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
        for c in subject.children
    )


def _earlier_same_noun(subject: Token, cast: Cast) -> Token | None:
    """The latest token before the subject, outside quotation marks and no further back
    than the paragraph before, with the subject's lemma."""
    paragraph = cast.paragraph_of[subject.i]
    lemma = fold(subject.lemma_)
    for k in range(subject.i - 1, -1, -1):
        if paragraph - cast.paragraph_of[k] > _PARAGRAPHS_BACK:
            return None
        token = subject.doc[k]
        if not cast.quoted[k] and fold(token.lemma_) == lemma:
            return token
    return None


def issuing_subject(subject: Token, cast: Cast) -> Token | None:
    """The common-noun subject that issued "the statement" when the cast holds no entry for
    it: "The tenants' group said in a statement ..." or "The ministry issued a statement"
    before '"...," the statement said' (the subject of the verb the earlier statement noun
    hangs on; its speaker is read as any common-noun subject is)."""
    if fold(subject.lemma_) not in STATEMENT_NOUNS:
        return None
    earlier = _earlier_same_noun(subject, cast)
    if earlier is None:
        return None
    for verb in earlier.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found is None:
            continue
        if found.pos_ != "NOUN" or cast.quoted[found.i]:
            return None
        return None if fold(found.lemma_) in STATEMENT_NOUNS else found
    return None
