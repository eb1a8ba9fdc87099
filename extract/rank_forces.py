"""A police rank before a name ties its holder to the force the story names.

"Detective Inspector X, who is leading the investigation, said" in a story that names Elm
Police: the rank is membership of a force as plainly as "X, of Elm Police" is, so X speaks
for Elm Police (evidence "rank"), though no sentence names the force beside them. Only a
story naming exactly one police force gives the tie, and only to a person the article ties
to no named organisation (none, or a lower-case noun that is no body: "the investigation"
of "who is leading the investigation"). The ranks are the police family of
common/data/ranks.json; the words of a force's name and those of a body of officers that is
no force ("Elm Police Federation") are data (data/police_ranks.json).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from common.names import fold
from common.ranks import family_ranks
from extract.affiliation_facts import fact_for
from extract.described_names import body_heads
from extract.docindex import DocIndex
from records.extraction import Affiliation, Person, Quote

RANK = "rank"  # the evidence of a tie a rank gives


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    raw = resources.files("extract").joinpath("data/police_ranks.json").read_text("utf-8")
    return {k: v for k, v in json.loads(raw).items() if k != "about"}


@lru_cache(maxsize=1)
def _rank_before() -> re.Pattern[str]:
    """A rank ending right before a name (on folded text)."""
    ranks = sorted(family_ranks("police"), key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, r.split())) for r in ranks)
    return re.compile(rf"(?<![^\W_])(?:{words})\.?\s+$")


def is_force(name: str) -> bool:
    """Whether an organisation's name is a police force's ("Elm Police", "Elm
    Constabulary"), not a body of its officers ("Elm Police Federation")."""
    words = set(re.findall(r"[^\W_]+", fold(name)))
    return bool(words & set(_data()["force_words"])) and not words & set(_data()["not_forces"])


def _untied(org: str | None) -> bool:
    """Whether a person's organisation names no body: none, or a lower-case noun that is
    no body's head ("investigation")."""
    if org is None:
        return True
    words = org.split()
    return org == org.lower() and bool(words) and fold(words[-1]) not in body_heads()


def _ranked_at(index: DocIndex, text: str, names: set[str]) -> int | None:
    """The number of the first sentence with a rank right before one of the names (`text`:
    the Doc's, folded)."""
    for number, sent in enumerate(index.sentences):
        lo, hi = sent.start_char, sent.end_char
        for name in names:
            for hit in re.finditer(rf"(?<![^\W_]){re.escape(fold(name))}(?![^\W_])", text[lo:hi]):
                if _rank_before().search(text[max(lo, lo + hit.start() - 40) : lo + hit.start()]):
                    return number
    return None


def rank_ties(
    index: DocIndex, people: list[Person], quotes: list[Quote], facts: list[Affiliation]
) -> tuple[list[Person], list[Quote], list[Affiliation]]:
    """The cast, quotes and facts with each ranked officer of no named organisation tied to
    the one police force the story names."""
    forces = {p.name for p in people if p.kind == "org" and is_force(p.name)}
    if len(forces) != 1:
        return people, quotes, facts
    force = forces.pop()
    ties: dict[str, tuple[str | None, int]] = {}
    text = fold(index.text)
    for person in people:
        if person.kind != "person" or not _untied(person.org):
            continue
        number = _ranked_at(index, text, {person.name, *person.aliases})
        if number is not None:
            ties[person.name] = (person.org, number)
    if not ties:
        return people, quotes, facts
    people = [replace(p, org=force) if p.name in ties and p.kind == "person" else p for p in people]
    quotes = [
        replace(q, speaker_org=force)
        if q.speaker in ties and q.speaker_kind == "person" and q.speaker_org == ties[q.speaker][0]
        else q
        for q in quotes
    ]
    titles = {p.name: p.title for p in people}
    facts = [f for f in facts if not (f.person in ties and f.org == ties[f.person][0])]
    facts += [fact_for(n, force, titles.get(n), RANK, i) for n, (_, i) in ties.items()]
    return people, quotes, facts
