"""A body's name and the kind noun written beside it, told apart.

- A kind noun that opens a sentence is capitalised like a name, and the recogniser takes it
  into the name after it: "Insurer Pennant General said" is a person called "Insurer
  Pennant General". When the word is a kind of body (data/people_words.json "org_nouns",
  data/body_kinds.json "kinds") the article never writes capitalised anywhere but at a
  sentence's start but does write in lower case ("the insurer said"), and no title follows
  it ("House Speaker X" stays as it is), it is the body's kind, as "insurer Pennant
  General" would be: it leaves
  the name (a common noun before it, which extract/entities.py reads as an organisation's
  introduction), and the name is an organisation's.
- "The Diocese of Farnleigh", "the Friends of Harbury Lido": a capitalised head of a body's
  name before "of" and a place (data/body_kinds.json "of_heads") that the recogniser left
  out of the name; the whole phrase is one organisation's name, whatever other label the
  recogniser gave it (a one-word place it took for a person's name included).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from extract.docindex import DocIndex
from extract.names import TITLE_WORDS, fold, is_title_word
from extract.people_words import ORG_NOUNS

_PLACE_OR_BODY = frozenset({"GPE", "LOC", "ORG", "FAC"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(resources.files("extract").joinpath("data/body_kinds.json").read_text("utf-8"))
    kinds = frozenset(fold(k) for k in raw["kinds"]) | ORG_NOUNS
    return kinds - TITLE_WORDS, frozenset(fold(w) for w in raw["of_heads"])


def of_named(words: list[str]) -> bool:
    """Whether a name is a body's "<head> of <name>" ("Diocese of Farnleigh", "the Friends of
    Harbury Lido": data/body_kinds.json "of_heads"), never a person's, whoever <name> is."""
    words = words[1:] if words and fold(words[0]) == "the" else words
    return len(words) > 2 and fold(words[1]) == "of" and fold(words[0]) in _words()[1]


def naming_words(words: list[str]) -> list[str]:
    """The words of a name a common noun may call its body by: of a "<head> of <name>" body
    only the head's ("the gallery" is no Friends of Harwick Gallery), else all of them."""
    return words[: words.index("of")] if of_named(words) else words


def separate_kind_nouns(doc: Doc, index: DocIndex) -> None:
    """Repair the doc's entities in place (the module's two rules; `index`: the Doc's)."""
    kinds, of_heads = _words()
    capitalised = {
        t.text for t in index.tokens if t.text[:1].isupper() and not index.opens_sentence(t.i)
    }
    lower = {t.text for t in index.tokens if t.is_lower}  # "the insurer said" after "Insurer X"
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        first = ent[0]
        if (
            len(ent) >= 3
            and index.opens_sentence(first.i)
            and first.is_title
            and fold(first.text) in kinds
            and first.text not in capitalised
            and first.lower_ in lower
            and not is_title_word(ent[1].text)
        ):
            first.tag_, first.pos_ = "NN", "NOUN"
            ents.append(Span(doc, ent.start + 1, ent.end, label="ORG"))
            changed = True
            continue
        if ent.label_ != "ORG" and of_named([t.text for t in ent]):  # not a WORK_OF_ART
            ent, changed = Span(doc, ent.start, ent.end, label="ORG"), True
        ents.append(ent)
    named = _of_names(doc, index.tokens, of_heads)
    if named:
        ents = [e for e in ents if not any(n.start <= e.start < n.end for n in named)]
        ents, changed = ents + named, True
    if changed:
        doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")


def _of_names(doc: Doc, tokens: list[Token], of_heads: frozenset[str]) -> list[Span]:
    """ "the Diocese of Farnleigh": a capitalised head before "of" outside any entity, and
    the capitalised words after "of" (a place or a name of their own, or no entity at all),
    as one organisation's span."""
    found: list[Span] = []
    for head in tokens[1:-2]:
        the, of = tokens[head.i - 1], tokens[head.i + 1]
        if the.lower_ != "the" or of.lower_ != "of" or head.ent_type_:
            continue
        if not head.is_title or fold(head.text) not in of_heads:
            continue
        end = of.i + 1
        while end < len(tokens) and tokens[end].is_title and tokens[end].pos_ == "PROPN":
            end += 1
        if end == of.i + 1:
            continue
        inside = [e for e in doc.ents if e.start < end and e.end > of.i]
        if all(_place_like(e) and e.end <= end for e in inside):
            found.append(Span(doc, head.i, end, label="ORG"))
    return found


def _place_like(ent: Span) -> bool:
    """A place or a body after "the Diocese of", or one word the recogniser took for a
    person ("the Diocese of Kestering": no diocese is a person's)."""
    return ent.label_ in _PLACE_OR_BODY or (ent.label_ == "PERSON" and len(ent) == 1)
