"""Ranks and civic titles written before a name (common/data/ranks.json): one list read by
every module that needs them.

The convention of English-language news writing: a rank or civic title before a name
("Det Sgt X", "Group Manager X", "Lt Col X", "Lord Mayor X", "Cllr X") is the person's
title, never part of their name and never an organisation; the organisation is the one
written with it ("of Elm Fire and Rescue Service"). Its holder is also called by the
rank's words spelt out ("the detective", "the sergeant" for Det Sgt X) and by the role
nouns of its family ("the officer").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from common.names import WRITTEN_HONORIFICS, fold


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("common").joinpath("data/ranks.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def families() -> dict[str, dict[str, Any]]:
    """The rank families by name ("police", "fire", "military", "civic", ...)."""
    found: dict[str, dict[str, Any]] = _raw()["families"]
    return found


def family_ranks(family: str) -> list[str]:
    """A family's ranks, full and short, folded ("detective sergeant", "det sgt", "ds")."""
    entry = families()[family]
    return [*entry["ranks"], *entry["short"]]


@lru_cache(maxsize=1)
def all_ranks() -> dict[str, str]:
    """Every rank, full or short, folded -> its family."""
    return {rank: name for name in families() for rank in family_ranks(name)}


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    """The one-word ranks that are forms of address ("Captain", "Sgt", "Cllr")."""
    return frozenset(
        rank
        for name, entry in families().items()
        if entry["address"]
        for rank in family_ranks(name)
        if " " not in rank
    )


@lru_cache(maxsize=1)
def rank_heads() -> frozenset[str]:
    """The words that make a phrase a rank, as role words: each full rank's last word
    ("manager" of "group manager", "alderman") and each one-word short form ("dci", "sgt")."""
    heads: set[str] = set()
    for entry in families().values():
        heads |= {rank.split()[-1] for rank in entry["ranks"]}
        heads |= {rank for rank in entry["short"] if " " not in rank}
    return frozenset(heads)


@lru_cache(maxsize=1)
def word_abbreviations() -> dict[str, str]:
    """The abbreviated rank words read as honorifics in any case, each spelt out as one
    word ("sgt" -> "sergeant", "cllr" -> "councillor"); short forms of several words
    ("ds" -> "detective sergeant") and capitals-only ones are left out."""
    words = {w for entry in families().values() for w in entry["words"]}
    spelt: dict[str, str] = _raw()["expand"]
    return {w: spelt[w] for w in sorted(words) if w in spelt and " " not in spelt[w]}


def expand(word: str) -> str:
    """An abbreviated rank word spelt out ("sgt" -> "sergeant"); other words as they are."""
    word = fold(word).strip(".")
    spelt: str = _raw()["expand"].get(word, word)
    return spelt


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _written_words(text: str) -> list[str]:
    """The words of a phrase as written, without "the"."""
    return [w for w in _WORD.findall(text) if fold(w) != "the"]


def _folded_rank_word(word: str, capitals: frozenset[str]) -> str:
    """A word folded for comparison with the ranks; an abbreviation read only in capitals
    and not so written ("di" of "Aurelio di Santo") compares as no rank word."""
    folded = fold(word).strip(".")
    if folded.upper() in capitals and word.strip(".") not in capitals:
        return ""
    return folded


def rank_end(words: list[str]) -> int:
    """How many of the last words are a rank ("Westmarch Police Det Sgt" -> 2); the
    longest rank wins. Words are as written; their folded forms are compared."""
    capitals = WRITTEN_HONORIFICS
    folded = [_folded_rank_word(w, capitals) for w in words]
    ranks = all_ranks()
    for size in range(min(len(folded), 5), 0, -1):
        if " ".join(folded[-size:]) in ranks:
            return size
    return 0


def is_rank(text: str | None) -> bool:
    """Whether a phrase is a rank or civic title alone ("Det Sgt", "Mayor", "Group
    Manager", "the Lord Mayor"), never the name of an organisation."""
    words = _written_words(text or "")
    return bool(words) and rank_end(words) == len(words)


def rank_names(text: str | None) -> frozenset[str]:
    """The role nouns a rank's holder answers to: its words spelt out and its family's
    role nouns ("Det Sgt" -> detective, sergeant, officer...); none for no rank."""
    words = _written_words(text or "")
    size = rank_end(words)
    if not size:
        return frozenset()
    rank = [fold(w).strip(".") for w in words[-size:]]
    family = families()[all_ranks()[" ".join(rank)]]
    spelt = {part for w in rank for part in expand(w).split()}
    return frozenset(spelt | set(rank) | set(family["answers_to"]))
