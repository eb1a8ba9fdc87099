"""Organisations asked for by another form of their name than the stories use.

- An acronym: "NUSTW" is the National Union of Signal and Track Workers, "HBL" Halden Bay
  Logistics (the initials of the name's words, linking words skipped), and the other way
  round: the full name asked for brings the organisation quoted under its acronym.
- A short form: "Ashgrove council" is Ashgrove District Council, "the Calderbrook trust" the
  Calderbrook and Ouse NHS Foundation Trust (same first and last word, the asked words in
  order, each maybe in another inflection: "the nurses' union" is the Nursing Staff Union),
  "Corrie Vale" Corrie Vale RFC (a suffix such as "RFC" or "Group" left off: the cast's list,
  extract/data/people_words.json "org_suffixes"), "Pryor Ashdown" Pryor Ashdown Bank (a
  firm's or a trust's word left off, as the cast reads a story's short form).
- A description: "the dockers' union" is the Harbour and Dock Trades Union (the name's
  last word, and a word of it as the description's modifier in another inflection or as
  its agent noun; never a kind such as "the city council").
- Another name of its kind: "the hospital trust" is an NHS trust.
- The name and the kind the stories write after it in lower case: "the Save Elm Library
  campaign" is Save Elm Library when an article writes it so.
- A part of the name the recogniser cut it to, holding an organisation's word ("Department"
  for the Department for Schools, "Rowanmere Hospitals NHS Trust" for Kelderby and Rowanmere
  Hospitals NHS Trust; never a place alone, "New York" for the New York Times): its unnamed
  spokespeople's in a story that names it whole (`name_parts`).

Every form is compared without leading articles or a trailing possessive (`bare_name`), and
`same_org_named` is the one test of whether two names are one organisation's.

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

from ask.inflections import rough_stem
from common.names import fold
from extract.org_joins import leading_short_form
from extract.people_words import ORG_NOUNS, ORG_SUFFIXES, ORG_WORDS
from storage.db import Store
from storage.org_names import is_person_name, org_names_by, written_with_noun

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


def body_suffixes() -> list[str]:
    """The endings that make a body's name of its members' ("inspector" ->
    "inspectorate")."""
    return list(_raw()["body_suffixes"])


def same_kind(phrase: str, name: str) -> bool:
    """Whether an organisation's name is of a kind the phrase names by another of its
    names ("the hospital trust" for the Calderbrook and Ouse NHS Foundation Trust)."""
    asked = " ".join(_words(bare_name(phrase)))
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
    bare = bare_name(phrase)
    if fold(bare) == fold(name):
        return False
    if _ACRONYM.match(bare):  # lower-cased, at least three letters: not "he", "it"
        long_enough = bare.isupper() or len(bare) > 2
        return long_enough and len(_words(name)) > 1 and initials(name) == bare.upper()
    if re.fullmatch(r"[A-Z]{2,8}", name.strip()):
        return len(_words(bare)) > 1 and initials(bare) == name.strip()
    if placed_acronym(bare, name):  # "the county FA", "Ravenshire FA"
        return True
    asked = [w for w in _words(bare) if w not in linking]
    have = _words(name)
    if described_by(asked, have):  # "the dockers' union": Harbour and Dock Trades Union
        return True
    if leading_short_form(bare, name):  # "Beacon Crest": Beacon Crest Learning Trust
        return True
    if len(asked) < 2 or not have or not same_word(asked[0], have[0]):
        return False
    while len(have) > 1 and have[-1] in tail and have[-1] != asked[-1]:
        have = have[:-1]
    if asked[-1] != have[-1]:
        return False
    rest = iter(have)
    return all(any(same_word(w, h) for h in rest) for w in asked)


def placed_acronym(bare: str, name: str) -> bool:
    """Whether a phrase of an acronym after a place or an area word is the name of a body
    of that place whose other words the acronym stands for ("Ravenshire FA" and "the county
    FA" for the Ravenshire Football Association; org_forms.json "area_words")."""
    words = bare.split()
    if len(words) < 2 or not _ACRONYM.match(words[-1]):
        return False
    acronym, before = words[-1].upper(), [fold(w) for w in words[:-1]]
    if acronym in _raw()["person_acronyms"]:  # "the local MP" is a person, not a body
        return False
    have = name.split()
    if not all(w[:1].isupper() for w in have if fold(w) not in _data()[0]):
        return False  # a proper name: not "fire authority", however its initials run
    areas = set(_raw()["area_words"])
    if len(have) < 3 or initials(" ".join(have[1:])) != acronym:  # the name after a place
        return False
    return all(w in areas or w == fold(have[0]) for w in before)


def described_by(asked: list[str], have: list[str]) -> bool:
    """Whether a description of two words names an organisation: its head word is the
    name's last (a suffix such as "Ltd" left off) and the word before it is, in another
    inflection or as its agent noun, one of the name's other words ("the dockers' union"
    for the Harbour and Dock Trades Union; not "the students' union" for the University
    Lecturers' Union), unless it is a kind ("the city council" is no one council)."""
    _, tail = _data()
    while len(have) > 1 and have[-1] in tail and have[-1] not in asked:
        have = have[:-1]
    if len(asked) != 2 or len(have) < 3 or asked[-1] != have[-1]:
        return False
    if asked[0] in ORG_NOUNS or asked[0] in ORG_WORDS:  # "the city council": a kind
        return False
    return any(same_word(asked[0], h) for h in have[:-1])


def same_word(asked: str, have: str) -> bool:
    """Whether a question's word is a name's word in another inflection, or its agent noun:
    "the nurses' union" for the Nursing and Care Staff Union, "the teachers' union" for the
    Teaching Staff Union."""
    return asked == have or _stem(asked) == _stem(have)


def _stem(word: str) -> str:
    """A word's rough stem (ask/inflections.py), without an agent noun's "-er"."""
    stem = rough_stem(word)
    return stem[:-2] if len(stem) > 5 and stem.endswith("er") else stem


def other_forms(store: Store, phrase: str) -> list[str]:
    """The organisations the store knows that a question's phrase names by another form
    of their name (empty for a person's name)."""
    bare = bare_name(phrase)
    if not bare or (" " not in bare and not _ACRONYM.match(bare)):
        return []
    if is_person_name(store.db, bare):
        return []
    index = org_names_by(store.db, _name_keys)
    names = sorted({n for key in _phrase_keys(bare) for n in index.get(key, [])})
    forms = [n for n in names if is_form_of(bare, n) or same_kind(bare, n)]
    named, _, kind = bare.rpartition(" ")
    if named and fold(kind) in ORG_NOUNS:  # "the Save Elm Library campaign"
        forms += [
            n
            for n in index.get("", [])
            if fold(n) == fold(named) and n not in forms and written_with_noun(store.db, n, kind)
        ]
    return forms


def regional_arms(store: Store, phrase: str, found_orgs: list[str]) -> list[str]:
    """The organisations named by a company's one-word name and a region ("Valtrek Europe"
    for "Valtrek", data ask/data/org_forms.json "regional_arms"), when the organisations the
    phrase found show the stories call the company by that word ("Valtrek Motors")."""
    key = fold(bare_name(phrase)).strip()
    if not key or " " in key or not any(_words(o)[:1] == [key] for o in found_orgs):
        return []
    arms = frozenset(_raw()["regional_arms"])
    index = org_names_by(store.db, _name_keys)
    return [
        n
        for n in index.get(f"first {_stem(key)}", [])
        if _words(n)[0] == key and " ".join(_words(n)[1:]) in arms and n not in found_orgs
    ]


def _name_keys(name: str) -> list[str]:
    """The keys an organisation's name is indexed by: every name under "", and under its
    first word, its acronym (a name of several words) and itself when it is an acronym."""
    words = _words(name)
    keys = ["", f"first {_stem(words[0])}" if words else ""]
    if len(words) > 1:
        keys += [f"initials {initials(name)}", f"head {words[-1]}"]
    if len(name.split()) > 2:  # "Ravenshire Football Association": FA of Ravenshire
        keys.append(f"initials {initials(' '.join(name.split()[1:]))}")
    if re.fullmatch(r"[A-Z]{2,8}", name.strip()):
        keys.append(f"acronym {name.strip()}")
    return keys


def _phrase_keys(bare: str) -> list[str]:
    """The keys of the names a phrase may be another form of (`is_form_of`, `same_kind`):
    an acronym's names by their initials; a phrase's by their first word, or the acronym of
    its words; every name for a kind that other kinds' names answer for."""
    bare = bare_name(bare)  # as `is_form_of` and `same_kind` read it
    asked = " ".join(_words(bare))
    if any(asked in kinds for kinds in _raw()["same_kinds"].values()):
        return [""]
    if _ACRONYM.match(bare):
        return [f"initials {bare.upper()}"]
    last = bare.split()[-1] if " " in bare else ""
    placed = [f"initials {last.upper()}"] if _ACRONYM.match(last) else []  # "county FA"
    linking, _ = _data()
    content = [w for w in _words(bare) if w not in linking]
    first = [f"first {_stem(content[0])}"] if content else []
    head = [f"head {content[-1]}"] if len(content) == 2 else []  # "the dockers' union"
    return [f"acronym {initials(bare)}", *first, *head, *placed]


def bare_name(phrase: str) -> str:
    """A name as a question or a story may write it, without its leading articles and a
    trailing possessive: "the Signal Workers' Union's" -> "Signal Workers' Union"."""
    words = phrase.split()
    while words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    return re.sub(r"['\u2019]s?$", "", " ".join(words))


_ARTICLES = frozenset({"the", "a", "an"})


def same_org_named(org: str, orgs: list[str]) -> bool:
    """Whether an organisation's name is one of the asked organisations' by another of its
    forms: the same words, one name's words at the start or end of the other's ("Rossby
    Ferries" of "Rossby Ferries Ltd", "the union" of "the Signal Workers' Union"), another
    form of the other (`is_form_of`, `same_kind`); a part named by its owner's possessive
    ("the USU's Quenby branch") is its owner's."""
    owner = re.split(r"['\u2019]s\b", org)[0]  # "the USU's Quenby" branch: the USU's
    if owner != org and same_org_named(owner, orgs):
        return True
    have = _NAME_WORD.findall(fold(bare_name(org)))
    for other in orgs:
        want = _NAME_WORD.findall(fold(bare_name(other)))
        if not have or not want:
            continue
        short, long = sorted((have, want), key=len)
        if long[: len(short)] == short or long[-len(short) :] == short:
            return True
        if is_form_of(org, other) or is_form_of(other, org) or same_kind(other, org):
            return True
    return False


_NAME_WORD = re.compile(r"[^\W_]+")


def name_parts(names: list[str]) -> dict[str, list[str]]:
    """Each name of two words or more with its shorter runs of words (folded) that hold an
    organisation's word (module docstring): the parts the recogniser may have cut it to."""
    found: dict[str, list[str]] = {}
    for name in dict.fromkeys(n for n in names if len(n.split()) > 1):
        words = fold(name).split()
        runs = [
            words[i:j]
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
            if j - i < len(words)
        ]
        parts = [" ".join(r) for r in runs if any(w in ORG_WORDS or w in ORG_NOUNS for w in r)]
        if parts:
            found[name] = parts
    return found
