"""Questions about a public: "what have bus passengers said about the cuts?", "what did
residents say at the Corn Exchange meeting?", "what have the choristers' parents said?".

The question names a public by a plural member noun of one of its families (data/
publics.json: passengers ~ bus users ~ commuters; residents ~ neighbours ~ locals; parents ~
mothers ~ families), maybe narrowed ("bus", "the choristers'"). The answer is the words of
the members of that public (ask/public_members.py) in the stories about the topic (else
about the narrowing words, else naming the public), with the members' remarks along the
storyline of those stories (ask/storyline.py) and what "one of them" said next to an unnamed
member group's words (ask/one_of_group.py): not the officials, companies or politicians
who talk about the public. "At <event>" keeps to the stories about the event: those whose
headline or opening names it; "after <event>" (a time told by an event: ask/events.py)
keeps to the stories about the event too. A phrase that is a name ("Elm Rail Users",
capitalised) asks for that body, not a public.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ask.asking import Ask
from ask.lexicon import concepts, describe, fts_query
from ask.one_of_group import one_of_them
from ask.public_members import (
    Public,
    Story,
    any_public,
    is_member,
    member_speakers,
    public_of,
    stories,
)
from ask.public_members import words_of as _words
from ask.search import Found, FoundList, quotes_on_topic
from ask.storyline import STORYLINE_RANK, storyline_remarks
from ask.unsaid_words import said_concepts, without_actions
from ask.views import Answer
from common.names import fold

_ASKED = re.compile(
    r"^\s*(?:and\s+)?what\s+(?:did|do|does|have|has|had|are|were|is|was)\s+(?P<who>.+?)\s+"
    r"(?:been\s+)?(?:say|said|says|saying|think|thought|thinking|tell|told|telling)\b"
    r"(?P<rest>.*)$",
    re.I,
)
_AFTER = re.compile(r"\s+(at|of|in|from|on)\s+", re.I)  # "workers at Quenby", "residents of X"
_EVENT = re.compile(r"^\s*(?:at|during|outside|inside)\s+(?P<event>.+?)[\s?.!]*$", re.I)
LEAD_CHARS = 400  # a story's opening (its first paragraph): what it is about


@dataclass(frozen=True)
class AskedPublic:
    """A question about a public: the phrase asked, the public, the words narrowing it,
    the topic and the event it was said at."""

    phrase: str
    public: Public
    narrowing: str | None
    topic: str | None
    event: str | None


def asked_public(question: str, topic: str | None, loose: bool = False) -> AskedPublic | None:
    """The public a question asks about ("what did residents say about X?"), or None;
    `topic` is the topic the question's parse found; `loose`: any plural noun for people
    names one (asked when no speaker holds the words: "what did the midwives say?")."""
    found = _ASKED.match(question.strip())
    if found is None:
        return None
    phrase = found.group("who").strip()
    parts = _AFTER.split(phrase, maxsplit=1)  # "workers at Quenby": workers, at, Quenby
    noun, where = parts[0], parts[-1] if len(parts) == 3 else ""
    last = noun.split()[-1]
    if last[:1].isupper():  # "Elm Rail Users": a body's name
        return None
    named = public_of(noun) or (any_public(noun) if loose else None)
    if named is None:
        return None
    public, size = named
    plain = _words("plain_words")
    front = fold(noun).split()[:-size] + fold(where).split()  # "workers at the Elm depot"
    narrow = [re.sub(r"'s?$", "", w) for w in front if w not in plain]
    event = _EVENT.match(found.group("rest"))
    body = " ".join(narrow) or None
    return AskedPublic(
        phrase,
        replace(public, body=body) if public.employed else public,  # "Quenby workers"
        body,
        None if event else topic,
        event.group("event") if event else None,
    )


def public_answer(ask: Ask, asked: AskedPublic) -> Answer:
    """The words of the public's members on the question's topic (module rule)."""
    words = asked.event or asked.topic or _event_of(ask) or asked.narrowing
    # no topic: the stories naming the public by any of its nouns, one concept of them all
    groups = concepts(words) if words else [_forms(asked.public)]
    about = f" about {describe(groups)}" if (asked.topic or asked.event) else ""
    answer = ask.answer(ask.query.intent, asked.topic or asked.event, None, "")
    answer.searched = f"quotes by {asked.phrase}{about}"
    if asked.topic and not asked.event:  # only the public's words answer: as of a speaker
        groups, _ = said_concepts(ask.store, groups, asked.topic, speaker=True)
    kept = _members_words(ask, asked, groups)
    if not kept and asked.topic and not asked.event:  # "losing their bus": on the bus
        rest, actions = without_actions(groups)
        if actions:
            kept = _members_words(ask, asked, rest)
    ask.show(answer, kept, ranked=True)
    if not answer.quotes:
        answer.message = (
            f"No quotes from {asked.phrase}{about}{ask.when()} in the articles I have read."
        )
    return answer


def _members_words(ask: Ask, asked: AskedPublic, groups: list[tuple[str, ...]]) -> FoundList:
    """The public's members' words in the stories on the concepts, with their remarks along
    those stories' storyline and what "one of them" said."""
    since, until = ask.bounds
    found = FoundList()
    if fts_query(groups) is not None:
        found = quotes_on_topic(
            ask.store, groups, since=since, until=until, stories=True, limit=ask.reach
        )
    texts = stories(ask.store, {f.row.article_id for f in found})
    if asked.event:
        found = _at_event(found, texts, groups)
    members = member_speakers(ask.store, [f.row for f in found], asked.public)
    kept = FoundList(
        f
        for f in found
        if (f.row.speaker_id in members)
        or (
            f.row.speaker_id is None
            and f.row.article_id in texts
            and is_member(f.row, texts[f.row.article_id], asked.public)
        )
    )
    said = {f.row.id: f for f in kept if f.row.speaker_id is None}  # "Two passengers said"
    for row in one_of_them(ask.store, [f.row for f in said.values()]):  # "said one"
        if row.id not in said:
            kept.append(Found(row, "article", STORYLINE_RANK))
    if members and not asked.event:  # their remarks along the storyline of those stories
        have = {f.row.id for f in kept}
        rows = [f.row for f in kept]
        for row in storyline_remarks(ask.store, rows, sorted(members), since=since, until=until):
            if row.id not in have:
                have.add(row.id)
                kept.append(Found(row, "article", STORYLINE_RANK))
    return kept


def _event_of(ask: Ask) -> str | None:
    """The event a question's time is told by ("the buyers after the verdict": the
    verdict): the public's words are in the stories about it, which seldom name the
    public again ("Mrs X, who lost her deposit")."""
    event = ask.period.event if ask.period else None
    return event[1] if event else None


def _forms(public: Public) -> tuple[str, ...]:
    """Every member noun of a public, singular and plural ("passenger", "passengers")."""
    return tuple(dict.fromkeys((*public.nouns, *public.plurals)))


def _at_event(
    found: FoundList, texts: dict[int, Story], groups: list[tuple[str, ...]]
) -> FoundList:
    """The quotes of the stories about an event: those whose headline or first paragraph
    names every concept of it (all the quotes when no story does)."""

    def names(story: Story) -> bool:
        first = next((p for p in story.body.split("\n") if p.strip()), "")
        lead = fold(f"{story.title}\n{first[:LEAD_CHARS]}")
        return all(
            any(re.search(rf"\b{re.escape(fold(form))}", lead) for form in group)
            for group in groups
        )

    about = {i for i, story in texts.items() if names(story)}
    if not about:
        return found
    kept = FoundList(f for f in found if f.row.article_id in about)
    return kept
