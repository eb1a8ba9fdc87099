"""A name the next sentence calls "its" or "their" owner of a role: an organisation.

"RideLark rejected the claim. Its head of UK operations, X, said ...", "Ashwick stay up.
Their chairman, X, said ...": a person is never "its", and a role a possessive "its" or
"their" owns is a post in a body ("head", "chairman"), so the name the sentence before makes
its subject is an organisation, whatever label the recogniser gave it. "Their" may stand for
a person too ("Sam Roe ... Their lawyer"), so with "their" a name that opens with a known
given name stays a person's.

So is a name the next sentence calls "the company", "the co-operative" (a noun for a kind
of body, as its subject saying something: "Redline Events criticised the decision. In a
statement, the company said ..."), a name of two words or more (not a surname alone) that
is no place's (a place noun last, or written before a noun for a site: "the Kelbrook Edge
quarry"), is written as no person's (no honorific, no "his"/"her" after it in its sentence)
and opens with no known given name.

So is a name whose possessive owns a post only an organisation has ("Pryor Ashdown's chief
executive", "Velmora's shareholders"; data/people_words.json "body_posts"), unless it opens
with a known given name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.affiliations import is_role
from extract.lexicon import load_lexicon
from extract.names import fold, gender_of, is_honorific, is_title_word
from extract.people_words import BODY_POSTS, GENERIC_ORG_FAMILIES, ORG_NOUNS
from extract.place_names import PLACE_NOUNS

_OWNERS = frozenset({"its", "their"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def owner_of_next_role(head: Token, words: list[str]) -> bool:
    """Whether a name (its last token, its words) is the subject of its sentence and the
    next sentence opens with "Its"/"Their" owning a role noun ("Its chief executive, X"), or
    has "the company" or another noun for a kind of body saying something as its subject
    (module docstring)."""
    if head.dep_ not in _SUBJECTS or head.head.dep_ != "ROOT":
        return False
    if any(c.dep_ == "conj" for c in head.children):  # "X and Y ... Their lawyer"
        return False
    sent = head.sent
    if sent.end >= len(head.doc):
        return False
    owner = head.doc[sent.end]
    if _called_a_body(head.doc[sent.end :].sent, words):
        return True  # "Redline Events criticised it. In a statement, the company said"
    if owner.lower_ not in _OWNERS or owner.dep_ != "poss":
        return False
    if owner.lower_ == "their" and gender_of(f"{words[0]} X") is not None:
        return False
    return is_role(owner.head, appositive=True)


def owner_of_body_post(head: Token, words: list[str]) -> bool:
    """Whether a name (its last token, its words) owns, by its possessive, a post only an
    organisation has ("Pryor Ashdown's chief executive")."""
    if head.dep_ != "poss" or not any(c.dep_ == "case" for c in head.children):
        return False
    return fold(head.head.text) in BODY_POSTS and gender_of(f"{words[0]} X") is None


def _called_a_body(sentence: Span, words: list[str]) -> bool:
    """Whether the next sentence's subject is "the" and a noun for a kind of body ("the
    company", "the co-operative": data/people_words.json's generic organisation nouns) that
    says something, and the name opens with no known given name."""
    for token in sentence:
        if token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT" and token.head.pos_ == "VERB":
            left = sentence.doc[token.left_edge.i : token.i + 1]
            noun = "".join(t.text for t in left if t.lower_ != "the").lower().replace("-", "")
            return (
                left[0].lower_ == "the"
                and noun in GENERIC_ORG_FAMILIES
                and load_lexicon().is_cue(token.head.lemma_.lower())
                and len(words) > 1  # "Strade warned ... The force said": her surname
                and fold(words[-1]) not in PLACE_NOUNS
                and not _names_a_site(sentence.doc, words)  # "the Kelbrook Edge quarry"
                and not _named_as_a_person(sentence.doc, words)
                and gender_of(f"{words[0]} X") is None
            )
    return False


def _named_as_a_person(doc: Doc, words: list[str]) -> bool:
    """Whether the article writes the name as a person's: with an honorific or a title
    ("Dr Mahmood", "Mr Bastos Moreira"), or followed in its sentence by "his" or "her"
    ("Thiago Bastos Moreira completed his takeover")."""
    if is_honorific(words[0]) or is_title_word(words[0]):
        return True
    for token in doc:
        if token.text not in (words[0], words[-1]) or token.i == 0:
            continue
        if is_honorific(doc[token.i - 1].text):
            return True
        if token.text == words[-1] and any(
            t.lower_ in ("his", "her", "he", "she") for t in doc[token.i + 1 : token.sent.end]
        ):
            return True
    return False


def _names_a_site(doc: Doc, words: list[str]) -> bool:
    """Whether the article writes the name before a common noun that is no body's ("the
    existing Kelbrook Edge quarry"): it names a place or a thing, not a company."""
    last = words[-1]
    return any(
        t.text == last
        and t.dep_ == "compound"
        and t.head.pos_ == "NOUN"
        and t.head.lemma_.lower() not in ORG_NOUNS
        for t in doc
    )
