"""Titles as articles abbreviate them: "Indiana Gov. Tom Whitfield" is the Indiana governor,
"Sen. Delgado" a senator. The short forms are data: rank words ("Sgt", "Cllr") come from the
one rank list (common/data/ranks.json), other titles from `ask/data/title_abbreviations.json`."""

from __future__ import annotations

import re
from functools import lru_cache

from ask.data_files import ask_data
from ask.lexicon import singular
from common.names import fold, is_title_word
from common.ranks import rank_heads, word_abbreviations
from extract.clause_roles import sides
from extract.org_kinds import org_kinds
from extract.people_words import (
    COMPLEMENT_RANKS,
    HOLDING_RANKS,
    OFFICER_KINDS,
    RANK_WORDS,
    ROLE_WORDS,
    TITLE_KINDS,
    title_synonyms,
)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Each short form (lower-case, no dot) -> the title word it stands for: the rank
    list's one-word abbreviations that stand for a title word or a rank ("sgt", "brig"; not
    "cllrs", a plural), then the other titles' ("gov", "sen")."""
    data = ask_data("title_abbreviations.json")
    ranks = rank_heads()
    short = {k: v for k, v in word_abbreviations().items() if is_title_word(v) or v in ranks}
    short.update({k.lower(): v.lower() for k, v in data["abbreviations"].items()})
    return short


@lru_cache(maxsize=1)
def _markers() -> dict[str, frozenset[str]]:
    data = ask_data("offices.json")
    return {k: frozenset(data[k]) for k in ("past_markers", "current_markers")}


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    data = ask_data("offices.json")
    heads, top = frozenset(data["generic_heads"]), tuple(data["top_titles"])
    return heads, top, tuple(data["portfolio_titles"])


def head_forms(text: str) -> list[str]:
    """A description by a reporter's word for whoever leads a body ("the head of the
    wildlife trust", "the landfill boss"; offices.json "generic_heads") as each title that
    leads one, in the order to try them ("the chief executive of the wildlife trust", ...;
    "top_titles"). None for a head asked alone ("the head": the headteacher) or for another
    word's head ("head coach"). A field before a head that ends the description ("the
    council's environment chief") adds the titles of whoever answers for it, after those
    ("the council's head of environment", ...; "portfolio_titles")."""
    heads, titles, portfolios = _heads()
    words = text.split()
    lows = [fold(w) for w in words]
    at = next((i for i, w in enumerate(lows) if w in heads), None)
    if at is None or len([w for w in lows if w not in ("the", "a", "an")]) < 2:
        return []
    after = lows[at + 1] if at + 1 < len(lows) else None
    if after is not None and after not in PREPOSITIONS:
        return []  # "head coach", "chief constable": a title of its own
    forms = [" ".join([*words[:at], title, *words[at + 1 :]]) for title in titles]
    field = at - 1  # "the council's environment chief": the cabinet member for it
    if after is None and field >= 0 and lows[field] not in heads and "'" not in lows[field]:
        before = words[:field]
        forms += [" ".join([*before, title, words[field]]) for title in portfolios]
    return forms


def past_markers() -> frozenset[str]:
    """Words that make a description a past holder's ("former", "previous"; offices.json)."""
    return _markers()["past_markers"]


def current_markers() -> frozenset[str]:
    """Words a question puts before a title to mean the holder now ("the new council
    leader", "the current headteacher"; offices.json)."""
    return _markers()["current_markers"]


def full_title_word(word: str) -> str:
    """The title word a short form stands for ("gov" -> "governor"); any other word as is."""
    return abbreviations().get(word.lower().strip("."), word)


def spelled_out(phrase: str) -> str:
    """A description with its short forms of titles spelled out ("the health board's chief
    exec" -> "... chief executive"; title_abbreviations.json, not ranks: "Cllr Okafor" is a
    name's)."""
    short = ask_data("title_abbreviations.json")["abbreviations"]
    return " ".join(short.get(w.lower().rstrip("."), w) for w in phrase.split(" "))


def short_forms(word: str) -> list[str]:
    """The short forms of a title word ("governor" -> ["gov"])."""
    return [short for short, full in abbreviations().items() if full == word.lower()]


def other_rank(head_words: list[str], wanted: list[str]) -> bool:
    """Whether a title's role words hold a rank the question lacks: "Deputy leader" and
    "Assistant Chief Constable" are other offices than "the leader", "the chief constable"
    (extract/data/people_words.json rank_words). An acting or interim holder holds the
    office asked for ("holding_ranks")."""
    return bool((set(head_words) & RANK_WORDS) - set(wanted) - {"former"} - HOLDING_RANKS)


def other_office(title: str, org: str, wanted: list[str]) -> bool:
    """Whether a description (a title and its organisation) holds another office than the
    role asked for: a rank in the title's head ("Deputy leader": `other_rank`), or one that
    qualifies the body its holder leads ("Leader of the Opposition"; "X, who leads the
    opposition on the council": title "Leader", organisation "opposition on council")
    (people_words.json complement_ranks)."""
    if other_rank(head_zone(title), wanted):
        return True
    words = set(re.findall(r"[^\W_]+", fold(f"{title} {org}")))
    return bool((words & COMPLEMENT_RANKS) - set(wanted) - HOLDING_RANKS)


def role_forms(text: str) -> list[str]:
    """A role phrase and its other spellings and kinds: a compound title written as one word
    or two ("headteacher", "head teacher"), by another word for its post ("chairman":
    "chair", `title_synonyms`), and, for a role asked alone, the titles of its
    kind (`kind_forms`) or of the one who speaks for a side (`side_forms`)."""
    words = text.split()
    forms = [text]
    for i in range(len(words) - 1):  # "head teacher" -> "headteacher"
        joined = (words[i] + words[i + 1]).lower()
        if joined in ROLE_WORDS:
            forms.append(" ".join([*words[:i], joined, *words[i + 2 :]]))
    for i, word in enumerate(words):  # "headteacher" -> "head teacher"
        low = word.lower()
        for cut in range(3, len(low) - 2):
            if low in ROLE_WORDS and low[cut:] in ROLE_WORDS and is_title_word(low[:cut]):
                forms.append(" ".join([*words[:i], low[:cut], low[cut:], *words[i + 1 :]]))
    for i, word in enumerate(words):  # "parish council chairman" -> "parish council chair"
        forms += [" ".join([*words[:i], other, *words[i + 1 :]]) for other in title_synonyms(word)]
    forms += kind_forms(text)
    forms += side_forms(text)
    return list(dict.fromkeys(forms))


def side_forms(text: str) -> list[str]:
    """The title of the one who speaks for a side of a hearing asked alone: "the prosecution"
    is the Prosecutor, "the defence" the defence barrister (extract/data/clause_roles.json
    "sides": the clauses that give those titles)."""
    words = text.split()
    title = sides().get(fold(words[0])) if len(words) == 1 else None
    return [title.lower()] if title else []


def kind_forms(text: str) -> list[str]:
    """The titles of a role's kind or short forms, for a role asked alone ("judge": "recorder",
    "sheriff", "justice"; "headteacher": "head"; "district judge": none; people_words.json
    title_kinds), before the words that place it in time ("former headteacher": "former
    head"). A holder answers for one only when it is their title's role (the last title word
    before any preposition: the Head, not the head coach)."""
    words = text.split()
    marks = [w for w in words if fold(w) in past_markers() | current_markers()]
    rest = [w for w in words if w not in marks]
    if len(rest) != 1:  # "the judge" alone: the Recorder, the Sheriff; "district judge" not
        return []
    kinds = TITLE_KINDS.get(full_title_word(rest[0].lower()), frozenset())
    return [" ".join([*marks, kind]) for kind in sorted(kinds)]


# Where a title's complement starts ("Minister of Economy", "spokesman for the minister").
PREPOSITIONS = frozenset({"of", "for", "to", "at", "with", "from", "in", "on", "by"})


def before_preposition(words: list[str]) -> list[str]:
    """The words before the first preposition (all of them when there is none)."""
    cut = next((i for i, w in enumerate(words) if fold(w) in PREPOSITIONS), len(words))
    return words[:cut]


def head_zone(title: str) -> list[str]:
    """A title's or an organisation's words before its first preposition, singular and in
    full: where its role or head word is ("minister" in "Minister of Economy", not in
    "spokesman for the minister"; "trust" in "Elm Rescue Trust")."""
    words = re.findall(r"[^\W_]+", fold(title))
    return [full_title_word(singular(w)) for w in before_preposition(words)]


def one_title(parts: list[str]) -> bool:
    """Whether parts joined by "and" or commas are one title's words ("police and crime
    commissioner", "culture, media and sport secretary"): only the last ends in a title word."""
    ends = [is_title_word(fold(p).split()[-1]) if p.split() else False for p in parts]
    return ends[-1] and not any(ends[:-1])


def names_office(text: str) -> bool:
    """Whether a phrase ends in one office ("Stainmoor's leader", "the Tarrow council
    leader"), not in a body's people ("Stainmoor's leaders")."""
    words = re.findall(r"[^\W_]+", fold(text))
    return len(words) > 1 and is_title_word(words[-1]) and singular(words[-1]) == words[-1]


def kind_holder_fits(role: str, org: str | None) -> bool:
    """Whether the holder of a kind of the role asked ("Head" for "the headteacher") may hold
    the role by their organisation: one the story gives by a common noun ("a cafe on Mill
    Lane", "the school") must be of a kind the role's office belongs to (people_words.json
    "officer_kinds": a headteacher's is a place of learning); a name may be of any kind."""
    allowed = OFFICER_KINDS.get(full_title_word(fold(role).split()[-1])) if role.split() else None
    words = before_preposition((org or "").split())
    if not allowed or not words or not words[-1].islower():
        return True
    return bool(org_kinds(" ".join(words)) & allowed)
