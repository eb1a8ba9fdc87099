"""A capitalised plural at the start of a sentence that is a common noun, not a name.

The tagger reads an unfamiliar capitalised word that opens a sentence as a proper noun
("Hauliers, who had warned ..., greeted the news", "Fishermen in Polgarrow have warned"), and
the cast would keep it as a person. A sentence start's capital says nothing, so the word is
read again lower-cased in its sentence: a plural common noun there ("hauliers", NNS) is a
group of people, no one's name; a surname keeps its proper-noun tag lower-cased too ("jones",
"williams": NNP). A given name ("Ines", "Charles") or a word a name goes on from ("Ines Marr
said") is a name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.names import given_name_gender
from extract.nlp import load_nlp

__all__ = ["common_plural"]

_RETAGGED = ("tok2vec", "tagger")


def common_plural(token: Token) -> bool:
    """Whether a capitalised word ending in "s" or "men" is a plural common noun once lower-cased in
    its sentence ("Hauliers" -> "hauliers", NNS); the caller knows it opens the sentence."""
    text = token.text
    plural_ending = text[-1] == "s" or text.endswith("men")  # "Hauliers", "Fishermen"
    if not (len(text) > 3 and text[:1].isupper() and text[1:].islower() and plural_ending):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return False  # "Ines Marr hoped ...": the first word of a name
    if given_name_gender(text) is not None:
        return False  # "Ines said ...", "Charles, who ..."
    nlp = load_nlp()
    if not all(name in nlp.pipe_names for name in _RETAGGED):
        return False
    sentence = token.sent
    words = [t.text for t in sentence]
    words[token.i - sentence.start] = text.lower()
    again = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sentence])
    for name in _RETAGGED:
        again = nlp.get_pipe(name)(again)
    return again[token.i - sentence.start].tag_ == "NNS"
