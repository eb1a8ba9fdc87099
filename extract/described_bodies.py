"""People tied to a body the article names only by a lower-case description.

Many bodies a story quotes through their officers have no proper name in it: "the
students' union", "the residents' association", "the parents' group", "the union". The
cast only ties people to named organisations, so such an officer is left without one, or
is given the story's named organisation by implication (the university whose students'
union she leads). This module reads the ties the article states to a described body:

- "X, the president of the students' union" (apposition: a title "of/for/at" the body);
- "X, the union's president" and "The union's president, X" (the body owns the title);
- "Its president, X" when one of the three sentences before opens with the body ("The
  students' union said ..."); the sentence right before opening with it outweighs an
  organisation named further back;
- "Speaking for the Firefighters' Union, its county secretary, X, said" (the clause names
  the body, described or named, whatever organisation the sentence names besides);
- "X, of Elm Police's fraud unit" (a named body the cast missed).

A body named by its head word alone ("the union") is the fuller description of it the
article gave before ("the students' union"); with none, when the article names an
organisation ("the company's director" in a story about Kestle Homes), the cast's tie
stands. Words inside
quotation marks are someone else's speech: a body named only there ties no one. Only a
person with no stated tie gets one (the cast's organisation when it is only implied gives
way). The head nouns and the words that do not tell one body from another are data
(data/described_bodies.json).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from extract.affiliation_facts import fact_for
from extract.docindex import DocIndex
from extract.people_words import AFFILIATION_VERBS, ROLE_WORDS
from records.extraction import Affiliation, Person, Quote

_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_UNSTATED = ("implied", "guessed")
_NEXT = "its-next"  # "Its president, X" right after a sentence opening with the body
_EVIDENCE = {"its-next": "possessive", "speaking-for": "for-of"}  # as stored


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(
        resources.files("extract").joinpath("data/described_bodies.json").read_text("utf-8")
    )
    return frozenset(raw["heads"]), frozenset(raw["not_modifiers"])


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    heads, _ = _words()
    alternatives = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(
        r"(?<![^\W_])(?:[Tt]he)\s+(?P<mods>(?:[a-z][a-z-]*(?:s'|'s)?\s+){0,2})"
        rf"(?P<head>{alternatives})(?![^\W_])(?P<poss>'s?)?"
    )


def described_bodies(sentence: str) -> list[tuple[int, int, str, bool]]:
    """The lower-case bodies a sentence names ("the students' union"): each one's start,
    end, name without "the" ("students' union") and whether it owns what follows ("the
    union's president")."""
    _, not_mods = _words()
    found = []
    for match in _body_pattern().finditer(sentence):
        mods = match.group("mods").split()
        owners = [i for i, m in enumerate(mods) if m.endswith("'s")]
        mods = mods[owners[-1] + 1 :] if owners else mods  # "the university's students' union"
        if any(m in not_mods for m in mods):
            continue
        if not match.group("poss") and _NAMED_AFTER.match(sentence[match.end() :]):
            continue  # "the wildlife charity Otterbank", "the pilots' union, the Flight Crew
            # Association": a named body's kind
        name = " ".join([*mods, match.group("head")])
        found.append((match.start(), match.end(), name, bool(match.group("poss"))))
    return found


def described_ties(
    index: DocIndex, people: list[Person], quotes: list[Quote], facts: list[Affiliation]
) -> tuple[list[Person], list[Quote], list[Affiliation]]:
    """The cast, quotes and affiliation facts with each person the article (`index`: its
    Doc's) ties to a body named only by a description (see the module docstring) given that
    body."""
    stated: dict[str, set[tuple[str, int]]] = {}
    for fact in facts:
        if fact.evidence not in _UNSTATED:
            stated.setdefault(fact.person, set()).add((fact.evidence, fact.sentence))
    sentences = [_blank(index.span_text(s.start, s.end)) for s in index.sentences]
    orgs = sorted((p.name for p in people if p.kind == "org"), key=len, reverse=True)
    named = bool(orgs)  # "the company": the named one's
    ties: dict[str, tuple[str, int, str]] = {}
    superseded: set[tuple[str, int]] = set()
    for person in people:
        if person.kind != "person":
            continue
        held = stated.get(person.name, set())
        names = _name_patterns({person.name, *person.aliases, person.name.split()[-1]})
        for i, sentence in enumerate(sentences):
            found = _tie(sentences, i, sentence, names)
            if found is None:
                continue
            body, evidence = found
            spoken = evidence == _SPOKEN and not any(e in _STRONG for e, _ in held)
            if held and not spoken and not (evidence == _NEXT and held == {("possessive", i)}):
                break  # a stated tie stands, unless "its" found a body further back
            body = _fuller(sentences[: i + 1], body, orgs)
            if " " in body or not named or body[:1].isupper():
                ties[person.name] = (body, i, _EVIDENCE.get(evidence, evidence))
                superseded |= {(person.name, n) for _, n in held}
                break
    if not ties:
        return people, quotes, facts
    facts = [f for f in facts if (f.person, f.sentence) not in superseded]
    new_people = [
        replace(p, org=ties[p.name][0]) if p.name in ties and p.kind == "person" else p
        for p in people
    ]
    olds = {p.name: p.org for p in people}
    new_quotes = [
        replace(q, speaker_org=ties[q.speaker][0])
        if q.speaker in ties and q.speaker_kind == "person" and q.speaker_org == olds[q.speaker]
        else q
        for q in quotes
    ]
    titles = {p.name: p.title for p in people}
    added = [
        fact_for(name, body, titles.get(name), evidence, index)
        for name, (body, index, evidence) in ties.items()
    ]
    return new_people, new_quotes, facts + added


def _blank(text: str) -> str:
    """A sentence with its quoted words blanked and curly apostrophes made straight (the
    same length)."""
    text = text.replace("\u2019", "'")
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _name_patterns(names: set[str]) -> list[tuple[str, re.Pattern[str]]]:
    """A person's names, longest first, each with the pattern finding it as whole words."""
    return [
        (name, re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])"))
        for name in sorted(names, key=len, reverse=True)
    ]


def _tie(
    sentences: list[str], i: int, sentence: str, names: list[tuple[str, re.Pattern[str]]]
) -> tuple[str, str] | None:
    """The described body sentence i ties one of the names (`_name_patterns`) to, and how;
    None when none."""
    for name, pattern in names:
        if name not in sentence:  # (a quick test before the pattern's)
            continue
        for hit in pattern.finditer(sentence):
            found = _tie_at(sentences, i, sentence, hit.start(), hit.end())
            if found is not None:
                return found
    return None


_AFTER = re.compile(r"^,\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:of|for|at)\s+$")
_BEFORE = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:[A-Z][a-z]{1,4}\.?\s+)?$")  # "Cllr"
_NAMED_AFTER = re.compile(r"\s+[A-Z]|,\s+the\s+[A-Z]")
_NAME = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'-]*)*)")
_SPEAKING = re.compile(r"(?<![^\W_])[Ss]peaking\s+(?:for|on\s+behalf\s+of)\s+(?P<rest>[^,]+),")
_OF = re.compile(r",\s+of\s+" + _NAME.pattern)
_SPOKEN = "speaking-for"  # a clause naming the body the speaker speaks for
_STRONG = ("apposition", "relative", "for-of", "statement")
_ITS = re.compile(r"(?<![^\W_])(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+$")


def _tie_at(
    sentences: list[str], i: int, sentence: str, start: int, end: int
) -> tuple[str, str] | None:
    """The described body a sentence ties the name at [start, end) to: "X, the president of
    B", "X, B's president", "B's president, X", "Its president, X" after a sentence opening
    with B."""
    speaking = _SPEAKING.search(sentence[:start])
    if speaking:  # "Speaking for the Firefighters' Union, its secretary, X, said"
        said_for = _body_at(speaking.group("rest"))
        if said_for:
            return said_for, _SPOKEN
    of = _OF.match(sentence[end:])  # "X, of Elm Police's fraud unit"
    if of:
        return re.sub(r"'s$", "", of.group("name")), "for-of"
    for b_start, b_end, body, owns in described_bodies(sentence):
        if b_start >= end:
            between = sentence[end:b_start]
            if _AFTER.match(between):
                return body, "apposition"
            if _joins(between):
                return body, "relative"
            if owns and re.fullmatch(r",\s+", between):
                return body, "possessive"
            if re.fullmatch(r",\s+", between) and _titled(sentence[b_end:], r"[,.;]"):
                return body, "apposition"  # "X, the students' union president, said"
        elif owns and b_end <= start and _BEFORE.match(sentence[b_end:start]):
            return body, "possessive"
        elif b_end <= start and _titled(sentence[b_end:start], r",?\s+(?:[A-Z][a-z]{1,4}\.?\s+)?$"):
            return body, "apposition"  # "The residents' association chair, X, said"
    if _ITS.search(sentence[:start]):
        for j in range(i - 1, max(-1, i - 4), -1):
            opening = described_bodies(sentences[j].lstrip())
            if opening and opening[0][0] == 0:
                return opening[0][2], _NEXT if j == i - 1 else "possessive"
    return None


def _titled(after: str, end: str) -> bool:
    """Whether a described body's words are followed by a title ending as `end` says ("the
    students' union president," : "president"), a role word (data/people_words.json)."""
    title = re.match(r"\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)" + end, after)
    return title is not None and title.group("words").split()[-1] in ROLE_WORDS


_WHO = re.compile(r"^,\s+who\s+(?:has\s+|have\s+)?(?P<verb>[\w-]+)\s+(?:(?:for|at|with)\s+)?$")


def _joins(between: str) -> bool:
    """Whether the words between a name and a body are a relative clause placing the
    person in it ("X, who chairs the residents' group", "who works for the charity"; the
    verbs are data/people_words.json "affiliation_verbs", as written: "chairs", "chaired")."""
    who = _WHO.match(between)
    if who is None:
        return False
    verb = who.group("verb").lower()
    return any(verb[: len(verb) - cut] in AFFILIATION_VERBS for cut in (0, 1, 2))


def _body_at(text: str) -> str | None:
    """The body a text opens with: a description ("the union") or a name ("the Elm Trust")."""
    described = described_bodies(text)
    if described and described[0][0] == 0:
        return described[0][2]
    named = _NAME.match(text)
    return re.sub(r"'s$", "", named.group("name")) if named else None


def _fuller(before: list[str], body: str, orgs: list[str]) -> str:
    """A body named by its head word alone as the latest fuller description of it the
    sentences give ("the union" after "the students' union"), else the named organisation
    the latest sentence gave it to ("the committee" after "Elm Borough Council's planning
    committee": the council, by the cast's name among `orgs` that ends the words found);
    the body itself otherwise."""
    if " " in body:
        return body
    fuller = [
        name
        for sentence in before
        for _, _, name, _ in described_bodies(sentence)
        if " " in name and name.split()[-1] == body
    ]
    if fuller:
        return fuller[-1]
    part = re.compile(_PART_OF.pattern + re.escape(body) + r"(?![^\W_])")
    owners = [m.group("name") for m in part.finditer(" ".join(before))]  # (a split name)
    if not owners:
        return body
    owner = re.sub(r"^The\s+", "", owners[-1])  # the cast's name for it, if it ends so
    return next((o for o in orgs if owner == o or owner.endswith(" " + o)), owner)


# "Elm Borough Council's planning committee": a named organisation's part, described
_PART_OF = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w-]*)*)(?:'s|')\s+"
    r"(?:[a-z][\w-]*\s+){0,2}"
)
