"""Words written on a thing are its label, not anybody's speech.

Rule: a quotation right after a participle that says what is written on the thing before it
("a memo, headed "Client money - do not use"", "a box marked "not for the bank"", "crates
labelled "this way up"", "a plaque inscribed "..."", "a photograph captioned "...""; data:
not_speech.json "label_participles") is that thing's heading or label, whatever its case: a
document, a parcel or a photograph says nothing. The participle must hang on the thing: it
follows a noun or the comma closing the thing's phrase. A verb after its subject or an
auxiliary ("she marked it "urgent"", "it was labelled "unsafe"") is someone's verdict and
stays a report; so does one with an agent ("marked "a triumph" by the mayor").
"""

from __future__ import annotations

from spacy.tokens import Token

_OWN_CLAUSE = {"aux", "auxpass", "agent"}  # "it was labelled", "marked ... by the mayor"


def labelled_thing(verb: Token, participles: frozenset[str]) -> bool:
    """True when `verb`, right before a quotation, is a label participle hanging on a thing
    (module rule), so the quotation is the thing's label."""
    if verb.lower_ not in participles or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return False  # the parse may take "headed" after a comma for a past tense
    if any(c.dep_ in _OWN_CLAUSE for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.text == "," or (before.pos_ == "NOUN" and before.tag_ in ("NN", "NNS"))
