"""Parses of reported speech the small model gets wrong in a way the structure shows.

- "X told the inquest that Mr Y had died": the clause after the cue's object is parsed as a
  relative or adnominal clause on the object, though it has a subject of its own and its
  "that" is a complementiser, not the relative pronoun: it is what was told. So is one with
  no "that" right after the object when nothing in it is missing ("told the meeting the
  wardens often knew about people in crisis"; a relative clause lacks its object).
- "after X told the Post he was “not there yet”": the reported clause (no "that") is parsed
  as the sentence's main clause and the cue as an adverbial clause hanging on it, though the
  clause's subject follows the cue's object word for word: it is what was told.
- "A spokeswoman for Silver Thread, the older people's charity, said": the apposition after
  the name is hung on the noun the name completes, though it describes the name.
- "the Wealdmoor Farmers’ Alliance spokeswoman": a plural's curly apostrophe before a noun is
  tagged a closing quotation mark, though it is the possessive a straight one is tagged.
- "Ann Roe, whose firm makes lamps, said the plant would close": the relative clause is
  parsed as the cue's complement with the name its subject; it is no part of what was said.
- "The Venerable Margaret Osei-Bonsu, Archdeacon of Brackendale, said": a title after a
  name and a comma is parsed as a conjunct, though no "and" or "or" joins a list: it is the
  name's apposition.
"""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Doc, Token

from extract.people_words import ROLE_WORDS

_CUES = json.loads(resources.files("extract").joinpath("data/cues.json").read_text("utf-8"))
# "told the inquest that ...": cues whose object is the addressee (data/cues.json)
ADDRESSEE_VERBS = frozenset(_CUES["addressee_verbs"]["verbs"])
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
# What completes a verb: a relative clause without its pronoun lacks one of these
_COMPLETE = {"dobj", "dative", "attr", "acomp", "ccomp", "xcomp", "oprd"}


def complement_as_relative(obj: Token) -> Token | None:
    """The clause a cue's object seems to govern as a relative clause but that is the
    reported clause ("told the inquest [that Mr Y had died]"): it opens with "that" and has
    a subject of its own that is no relative pronoun, and the cue's object is whom it was
    addressed to ("offered no proof that X", "the idea that X" hold their own content)."""
    if obj.head.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    if any(t.lower_ in ("so", "such") for t in obj.doc[obj.left_edge.i : obj.i + 1]):
        return None  # "tells so many lies that ...": a result clause, not what was told
    for clause in obj.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < obj.i:
            continue
        if clause.left_edge.lower_ != "that" and not _whole_clause_after(obj, clause):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS:
            return clause
    return None


def _whole_clause_after(obj: Token, clause: Token) -> bool:
    """Whether a clause with no "that" right after the addressee is what was told, not a
    relative clause without its pronoun: "told the meeting [the wardens often knew about
    people in crisis]" has nothing missing, where "the meeting [the wardens attended]" lacks
    its object. It starts right after the noun, and its verb has an object, a complement or
    a preposition with its own object."""
    if clause.left_edge.i != obj.i + 1 or clause.left_edge.lower_ in _RELATIVE_PRONOUNS:
        return False
    return any(
        c.dep_ in _COMPLETE or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
        for c in clause.children
    )


def clause_taken_as_head(verb: Token) -> list[Token] | None:
    """The reported clause of an addressee cue that the parse made the cue's head ("after X
    told the Post [he was “not there yet”]"): the head's subject starts right after the
    cue's object. None when the parse is not that shape."""
    head = verb.head
    if (
        verb.lemma_.lower() not in ADDRESSEE_VERBS
        or verb.dep_ != "advcl"
        or head.i <= verb.i
        or head.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
    ):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not objects or subject is None or subject.i < verb.i:
        return None
    if subject.left_edge.i != max(o.right_edge.i for o in objects) + 1:
        return None
    return list(verb.doc[subject.left_edge.i : head.right_edge.i + 1])


def apposition_left_behind(head: Token) -> list[Token]:
    """The apposition the parser hung on the noun a name completes ("A spokeswoman for
    Silver Thread, the older people's charity, said": "charity" parsed as the spokeswoman's
    apposition), when it follows the name after a comma: the name's own."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return []
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return []
    return [c for c in prep.head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 2]


def appositions_as_conjuncts(doc: Doc) -> None:
    """Relabel as apposition, in place, a title parsed as a name's conjunct right after a
    comma ("X, Archdeacon of Brackendale, said"), where nothing makes a list: no "and", "or"
    or other conjunct on the name or the title."""
    for token in doc:
        head = token.head
        if (
            token.dep_ != "conj"
            or token.i < 2
            or head.i >= token.i
            or head.pos_ != "PROPN"
            or token.lower_ not in ROLE_WORDS
            or doc[token.i - 1].text != ","
            or doc[token.i - 1].head.i != head.i
        ):
            continue
        joined = [c for c in (*head.children, *token.children) if c.dep_ in ("cc", "conj")]
        if joined == [token]:
            token.dep_ = "appos"


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def curly_plural_possessives(doc: Doc) -> None:
    """Tag as a possessive, in place, a curly apostrophe written right after a plural and
    before a noun ("Farmers’ Alliance", "residents’ group"), where the tagger took it for a
    closing quotation mark; the parse is left as it is."""
    for token in doc[1:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if (
            token.text == "\u2019"
            and token.tag_ != "POS"
            and not before.whitespace_
            and before.lower_.endswith("s")
            and token.whitespace_
            and after.tag_ in _NOUN_TAGS
        ):
            token.tag_, token.pos_ = "POS", "PART"


def relative_aside_name(clause: Token) -> Token | None:
    """The name before a relative clause set off by commas that the parse took for a
    clause of its own with the name as subject ("Ann Roe, whose firm, Lumen, makes lamps,
    said": "makes" with subject "Roe"), when that clause is a cue's complement before it;
    else None."""
    if clause.dep_ != "ccomp":
        return None
    doc = clause.doc
    for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i):
        # the name's last word ("Breeder Ifor Llewellyn-Banks, whose ...": its words hung
        # on the first as the parse's nonsense phrase)
        end, inside = subject.i, {t.i for t in subject.subtree}
        while end + 1 in inside and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].text == "-"):
            end += 1
        after = doc[end + 1 : min(end + 5, clause.i)]
        if (
            subject.pos_ in ("PROPN", "NOUN")
            and len(after) > 1
            and after[0].text == ","
            and any(t.tag_ in ("WP", "WP$") for t in after[1:])
        ):
            return subject
    return None
