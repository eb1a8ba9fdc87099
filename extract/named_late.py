"""An unnamed source the story names a little later: "'It will add ten minutes to every
journey,' one objector told a drop-in session. The objector, Ludmila Petrova, a retired taxi
driver, has lived on Station Hill for forty years."

Rule: a quote of an unnamed source (no speaker; its description, "one objector", in its
title or mention) whose description's head noun comes back, within NEAR_CHARACTERS after
the quote, as "the <head>, <Name>," naming a person of the article's cast, is that person's;
so are the source's other quotes before it. A description headed by no noun of its own
("one", "another") is left alone, as is a head that comes back with two names: the story
does not say which. A definite description ("its postmaster has announced", "the head
teacher said") is also the one person of the cast named within NEAR_CHARACTERS after it whose
title has that head ("Gwilym Rowe, the outgoing postmaster,") and whose title or body hold its
capitalised words ("the Democratic nominee" is no Republican nominee): it names one holder.
An office's holder owned or definite ("Carrowby's MP has criticised ...", "the council
leader") is the person named first after the quote, in its paragraph or the next, when the
story first names them there bare (no title or description before or after the name), gives
them no title anywhere and quotes them: a story introduces a new person by what they are, so
a bare name is someone it described.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.names import TITLE_WORDS, fold
from records.extraction import Person, Quote

NEAR_CHARACTERS = 700
_LONGEST_OWNED = 4  # the most words of an owned title ("the town's deputy mayor")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_LEADING = {"one", "a", "an", "another", "the", "some", "of", "two", "three", "several"}
_DEFINITE = frozenset({"the", "its", "their"})
_NAME = r"((?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+)"


def named_later(text: str, people: list[Person], quotes: list[Quote]) -> list[Quote]:
    """The quotes with each unnamed source named later in the story given that name."""
    persons = {p.name: p for p in people if p.kind == "person"}
    by_name = {alias: p for p in persons.values() for alias in (p.name, *p.aliases)}
    named: dict[str, Person] = {}  # description -> the person it turns out to be
    for quote in quotes:
        description = quote.speaker_title or quote.mention or ""
        if quote.speaker is not None or not description or description in named:
            continue
        head = _head(description)
        if head is None and not _owned_title(description):  # ("MP": a title of two letters)
            continue
        after = text[quote.end : quote.end + NEAR_CHARACTERS]
        found: set[str] = set()
        # (a quick test: the pattern needs "[Tt]he <head>")
        if head is not None and f"he {head}" in after:
            pattern = rf"\b[Tt]he {re.escape(head)}(?:'s)?,\s+{_NAME}\s*,"
            found = {m.group(1) for m in re.finditer(pattern, after)}
        people_found = {by_name[n].name for n in found if n in by_name}
        # "its postmaster ... X, the postmaster"
        if not people_found and head is not None and _definite(description):
            people_found = {
                p.name
                for p in persons.values()
                if _head(p.title or "") == head
                and _fits(description, p)
                and re.search(_named(p), after)
            }
        if not people_found and _owned_title(description):  # "Carrowby's MP has ... Ann Roe"
            speakers = {q.speaker for q in quotes if q.speaker}
            people_found = _introduced_bare(text, quote.end, persons) & speakers
        if len(people_found) == 1:
            named[description] = persons[people_found.pop()]
    if not named:
        return quotes
    return [_given(q, named) for q in quotes]


def _owned_title(description: str) -> bool:
    """Whether a description is one office's holder, owned or definite: "Carrowby's MP",
    "the council leader" (not a spokesman, whom stories seldom name)."""
    words = _WORD.findall(re.split(r",|\bwho\b", description, maxsplit=1)[0])
    if len(words) < 2 or len(words) > _LONGEST_OWNED:
        return False
    head = fold(words[-1])
    owned = words[0].lower() in _DEFINITE or words[0].endswith(("'s", "\u2019s"))
    return owned and head in TITLE_WORDS and not head.startswith("spokes")


def _introduced_bare(text: str, end: int, persons: dict[str, Person]) -> set[str]:
    """The person named first after a quote's end (in its paragraph or the next), when the story
    gives them no title anywhere and first names them there bare, with no description before
    or after ("... 'a policy choice'. Rhiannon Mabey spent two hours ..."): a story
    introduces a new person by what they are, so a bare name is someone it has described."""
    after = text[end : end + NEAR_CHARACTERS]
    first: tuple[int, Person] | None = None
    for person in persons.values():
        hit = re.search(_named(person), after)
        if hit is not None and (first is None or hit.start() < first[0]):
            first = (hit.start(), person)
    if first is None or first[1].title:
        return set()
    at, person = first
    if after[:at].count("\n\n") > 1:  # in the quote's paragraph or the next
        return set()
    whole = re.search(_named(person), text)
    if whole is None or whole.start() < end:
        return set()  # named before the quote: not introduced here
    before, following = after[max(0, at - 30) : at], after[at + len(person.name) :]
    word = _WORD.findall(before)[-1:] if re.search(r"\w\s+$", before) else []
    if (word and (word[0][:1].isupper() or fold(word[0]) in TITLE_WORDS)) or re.match(
        r"\s*[,(]", following
    ):
        return set()  # "Cllr Ann Roe", "opposition leader Ann Roe", "Ann Roe, a mother,"
    return {person.name}


def _given(quote: Quote, named: dict[str, Person]) -> Quote:
    description = quote.speaker_title or quote.mention or ""
    person = named.get(description) if quote.speaker is None else None
    if person is None:
        return quote
    return replace(quote, speaker=person.name, speaker_kind="person", speaker_org=person.org)


def _definite(description: str) -> bool:
    """Whether a description names one holder ("its postmaster", "the headteacher"), not one
    of several ("one objector")."""
    return description.split()[0].lower() in _DEFINITE if description.split() else False


def _fits(description: str, person: Person) -> bool:
    """Whether the person's title and body hold every capitalised word of a description
    but its first ("The Democratic nominee" is no Republican nominee)."""
    held = set(re.findall(r"[a-z]+", f"{person.title or ''} {person.org or ''}".lower()))
    names = [w.lower() for w in _WORD.findall(description)[1:] if w[:1].isupper()]
    return all(w in held for w in names)


def _named(person: Person) -> str:
    names = sorted({person.name, *person.aliases}, key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"


def _head(description: str) -> str | None:
    """The head noun of an unnamed source's description ("one objector": objector), or
    None when it has none of its own ("one of them", "another")."""
    first = re.split(r",|\bwho\b|\bwhose\b", description, maxsplit=1)[0]
    words = [w for w in _WORD.findall(first.lower()) if w not in _LEADING]
    return words[-1] if words and len(words[-1]) > 2 and words[-1] != "them" else None
