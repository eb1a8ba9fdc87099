"""Hyphenated given names with a lower-case second part: "Ji-hoon Yoon", "Hyun-woo Choi",
"Xiao-ming Lin" (romanised Korean and Chinese given names).

spaCy's tokenizer splits such a name at its hyphen ("Ji" "-" "hoon"), and the small model,
never having seen the lower-case part capitalised, tags it a common noun and leaves it out
of the surname's entity ("Ji-hoon" one PERSON, "Yoon" a GPE; "Choi" alone an ORG). The
cast then keeps only the surname ("Yoon"), or takes the surname for an organisation. A
capitalised word joined by a hyphen, with no space, to a short lower-case word, written
just before a capitalised proper noun, is a given name: its parts are tagged proper nouns
and the given name and the surname after it become one PERSON entity, so the cast files the
person under the full name and the later "Yoon said" joins it. Hyphenated modifiers are
not given names: a listed prefix ("Ex-", "Anti-", "Non-") or second part ("-like", "-era":
data/name_forms.json), a participle or agent noun ("Cash-strapped", "Oscar-winner"), a
first part the name data knows as no given name ("Florida-area"), one after another name's
word ("Los Angeles-area"), a title, or a run after it holding a title or an organisation's
word ("Non-league Farnham Town"). Capitalised second parts ("Jean-Luc",
"Anne-Marie", "Abdul-Rahman") are tagged proper nouns already and widened in
extract/mentions.py.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from extract.docindex import DocIndex
from extract.names import is_given_name, is_honorific, is_title_word
from extract.people_words import ORG_WORDS

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# A romanised syllable: "hoon", "woo", "ming", "zhuang" (a longer word is an English one).
_SYLLABLE_LETTERS = 6
# A participle's ending ("Tory-led", "Award-winning"); "-ing" of four letters is a syllable
# ("Xiao-ming", "Mei-ling").
_PARTICIPLE_ENDS = ("ed", "er")  # and an agent noun's: "Oscar-winner", "Botox-maker"
_LONG_PARTICIPLE_END = "ing"


@lru_cache(maxsize=1)
def _forms() -> dict[str, dict[str, list[str]]]:
    raw: dict[str, dict[str, list[str]]] = json.loads(
        resources.files("extract").joinpath("data/name_forms.json").read_text("utf-8")
    )
    return raw


def hyphen_prefixes() -> frozenset[str]:
    """Capitalised first parts of hyphenated modifiers, never given names (data file)."""
    return frozenset(_forms()["hyphen_prefixes"]["words"])


def modifier_heads() -> frozenset[str]:
    """Lower-case second parts of hyphenated modifiers ("-like", "-era"; data file)."""
    return frozenset(_forms()["modifier_heads"]["words"])


def _name_word(token: Token) -> bool:
    """A capitalised word of a personal name: no title, honorific or organisation's word."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not is_title_word(token.text)
        and not is_honorific(token.text)
        and token.lower_ not in ORG_WORDS
    )


def _given_name_end(tokens: list[Token], i: int) -> int | None:
    """The end of the given name opening at token `i` ("Ji" "-" "hoon"), or None."""
    if i + 3 >= len(tokens):
        return None
    first, hyphen, second, after = tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if (
        hyphen.text not in _HYPHENS
        or first.whitespace_
        or hyphen.whitespace_
        or not second.whitespace_
        or (i > 0 and not tokens[i - 1].whitespace_ and tokens[i - 1].text in _HYPHENS)
    ):
        return None
    if not (_name_word(first) and first.text.istitle() and len(first) >= 2):
        return None
    if first.lower_ in hyphen_prefixes():
        return None
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.is_alpha and _name_word(before):
        return None  # "Los Angeles-area Sanders supporters": a name's last word, not a given name
    syllable = second.text
    if not (second.is_alpha and second.is_lower and 2 <= len(syllable) <= _SYLLABLE_LETTERS):
        return None
    participle = syllable.endswith(_PARTICIPLE_ENDS) or (
        len(syllable) > 4 and syllable.endswith(_LONG_PARTICIPLE_END)
    )
    if participle or second.tag_ in ("VBN", "VBG") or syllable in modifier_heads():
        return None
    if not (is_given_name(f"{first.text}-{syllable}") or is_given_name(first.text)):
        return None  # "Florida-area", "Bush-era": a place or a surname, no given name
    if is_title_word(f"{first.text}-{syllable}") or not _name_word(after):
        return None
    return i + 3


def _surname_end(tokens: list[Token], start: int) -> int:
    """The end of the surname run from `start`: capitalised name words, hyphenated ones
    joined ("Roberts-Hughes")."""
    end = start + 1
    while end < len(tokens):
        token = tokens[end]
        joined = (
            token.text in _HYPHENS
            and not tokens[end - 1].whitespace_
            and not token.whitespace_
            and end + 1 < len(tokens)
            and _name_word(tokens[end + 1])
        )
        if joined:
            end += 2
        elif tokens[end - 1].whitespace_ and _name_word(token) and token.pos_ == "PROPN":
            end += 1
        else:
            break
    return end


def repair_hyphenated_given_names(doc: Doc, index: DocIndex) -> None:
    """Tag each hyphenated given name a proper noun and make it and the surname after it
    one PERSON entity, in place (see the module; `index`: the Doc's)."""
    tokens = index.tokens
    names: list[Span] = []
    i = 0
    while i < len(tokens):
        surname = _given_name_end(tokens, i)
        if surname is None:
            i += 1
            continue
        end = _surname_end(tokens, surname)
        for k in (i, i + 2):
            tokens[k].tag_, tokens[k].pos_ = "NNP", "PROPN"
        # A title the recogniser took into the given name's entity stays in the name's
        # ("Prof Ji-hoon" + "Pak"): the cast moves it into the title.
        start = min([i, *(e.start for e in doc.ents if e.start < i < e.end)])
        names.append(Span(doc, start, end, label="PERSON"))
        i = end
    if not names:
        return
    kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in names)]
    doc.set_ents(sorted([*kept, *names], key=lambda s: s.start), default="unmodified")
