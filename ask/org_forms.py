"""Organisations asked for by another form of their name than the stories use.

- An acronym: "NUSTW" is the National Union of Signal and Track Workers, "HBL" Halden Bay
  Logistics (the initials of the name's words, linking words skipped), and the other way
  round: the full name asked for brings the organisation quoted under its acronym.
- A short form: "Ashgrove council" is Ashgrove District Council, "the Calderbrook trust" the
  Calderbrook and Ouse NHS Foundation Trust (same first and last word, the asked words in
  order), "Corrie Vale" Corrie Vale RFC (a suffix such as "RFC" or "Group" left off: the
  cast's list, extract/data/people_words.json "org_suffixes").
- Another name of its kind: "the hospital trust" is an NHS trust.

A kind of organisation is never left off the end ("Harrowdale Police" is not the
Harrowdale Police Federation), a phrase of one ordinary word is left to the name lookup
("Pellinore"), and a phrase that is a person's name is a person. The words are data
(data/org_forms.json).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ask.organisations import org_members
from ask.people import SpeakerMatch, find_speakers
from common.names import fold
from extract.people_words import ORG_SUFFIXES
from storage.db import Store
from storage.org_names import is_person_name, org_names_by
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|&")
_ACRONYM = re.compile(r"^[A-Za-z]{2,8}$")  # questions may come lower-cased


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("ask").joinpath("data/org_forms.json").read_text("utf-8")
    return dict(json.loads(text))


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str]]:
    raw = _raw()
    return frozenset(raw["linking"]), ORG_SUFFIXES


def same_kind(phrase: str, name: str) -> bool:
    """Whether an organisation's name is of a kind the phrase names by another of its
    names ("the hospital trust" for the Calderbrook and Ouse NHS Foundation Trust)."""
    asked = " ".join(_words(_strip(phrase)))
    have = _words(name)
    for kinds in _raw()["same_kinds"].values():
        if asked not in kinds:
            continue
        for kind in kinds:
            rest = iter(have)
            if kind != asked and all(any(w == h for h in rest) for w in kind.split()):
                return True
    return False


def _words(text: str) -> list[str]:
    return [re.sub(r"['\u2019]s?$", "", w) for w in _WORD.findall(fold(text))]


def initials(name: str) -> str:
    """The acronym of an organisation's name: its words' first letters, linking words
    skipped ("National Union of Signal and Track Workers" -> "NUSTW")."""
    linking, _ = _data()
    return "".join(w[0] for w in _words(name) if w not in linking).upper()


def is_form_of(phrase: str, name: str) -> bool:
    """Whether a phrase is another form of an organisation's name: its acronym, the name
    its acronym stands for, or a short form keeping the first and last word (or leaving off
    a suffix such as "RFC") with the asked words in order."""
    linking, tail = _data()
    bare = _strip(phrase)
    if fold(bare) == fold(name):
        return False
    if _ACRONYM.match(bare):  # lower-cased, at least three letters: not "he", "it"
        long_enough = bare.isupper() or len(bare) > 2
        return long_enough and len(_words(name)) > 1 and initials(name) == bare.upper()
    if re.fullmatch(r"[A-Z]{2,8}", name.strip()):
        return len(_words(bare)) > 1 and initials(bare) == name.strip()
    asked = [w for w in _words(bare) if w not in linking]
    have = _words(name)
    if len(asked) < 2 or not have or asked[0] != have[0]:
        return False
    while len(have) > 1 and have[-1] in tail and have[-1] != asked[-1]:
        have = have[:-1]
    if asked[-1] != have[-1]:
        return False
    rest = iter(have)
    return all(any(w == h for h in rest) for w in asked)


def other_forms(store: Store, phrase: str) -> list[str]:
    """The organisations the store knows that a question's phrase names by another form
    of their name (empty for a person's name)."""
    bare = _strip(phrase)
    if not bare or (" " not in bare and not _ACRONYM.match(bare)):
        return []
    if is_person_name(store.db, bare):
        return []
    index = org_names_by(store.db, _name_keys)
    names = sorted({n for key in _phrase_keys(bare) for n in index.get(key, [])})
    return [n for n in names if is_form_of(bare, n) or same_kind(bare, n)]


def _name_keys(name: str) -> list[str]:
    """The keys an organisation's name is indexed by: every name under "", and under its
    first word, its acronym (a name of several words) and itself when it is an acronym."""
    words = _words(name)
    keys = ["", f"first {words[0]}" if words else ""]
    if len(words) > 1:
        keys.append(f"initials {initials(name)}")
    if re.fullmatch(r"[A-Z]{2,8}", name.strip()):
        keys.append(f"acronym {name.strip()}")
    return keys


def _phrase_keys(bare: str) -> list[str]:
    """The keys of the names a phrase may be another form of (`is_form_of`, `same_kind`):
    an acronym's names by their initials; a phrase's by their first word, or the acronym of
    its words; every name for a kind that other kinds' names answer for."""
    bare = _strip(bare)  # as `is_form_of` and `same_kind` read it
    asked = " ".join(_words(bare))
    if any(asked in kinds for kinds in _raw()["same_kinds"].values()):
        return [""]
    if _ACRONYM.match(bare):
        return [f"initials {bare.upper()}"]
    linking, _ = _data()
    content = [w for w in _words(bare) if w not in linking]
    return [f"acronym {initials(bare)}", *([f"first {content[0]}"] if content else [])]


def with_forms(store: Store, found: SpeakerMatch, forms: list[str]) -> SpeakerMatch:
    """The speakers found for a phrase, with those of the organisations it is another form
    of (each organisation itself and its people)."""
    rows: list[SpeakerRow] = list(found.rows)
    for form in forms:
        rows += [r for r in find_speakers(store, form).rows if r not in rows]
        rows += [r for r in org_members(store, [form]) if r not in rows]
    return SpeakerMatch(rows, "name", True) if rows else found


def _strip(phrase: str) -> str:
    text = re.sub(r"['\u2019]s?$", "", phrase.strip())
    while re.match(r"(?i)^(?:the|a|an)\s+", text):
        text = re.sub(r"(?i)^(?:the|a|an)\s+", "", text, count=1)
    return text.strip()
