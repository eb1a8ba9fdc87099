"""Offices a question names by title ("the council leader", "the new headteacher") and the
quotes that answer for them.

An office is a role in one body: "the council leader" of a story about Hollinsford is the
leader of Hollinsford's council, whoever held it when, not the leader of a neighbouring
council quoted in the same story (`one_office`). A quote answers for an office only when its
holder held it then: a quote whose own description makes the speaker a past holder ("Cllr X,
the former leader") does not answer for the current office, and only such quotes answer for
"the former leader" (`held_then`). The words are data (ask/data/offices.json).
"""

from __future__ import annotations

import re

from ask.lexicon import singular
from ask.people import SpeakerMatch
from ask.titles import current_markers, full_title_word, head_zone, past_markers
from common.names import fold, is_honorific, is_title_word
from storage.db import Store
from storage.quotes import QuoteRow
from storage.roles import role_descriptions, story_quotes

_WORD = re.compile(r"[^\W_]+")
_SKIP = {"the", "of", "a", "an", "for", "at", "in", "and", "s", "from", "on", "to", "by"}


def _words(text: str) -> list[str]:
    return [full_title_word(singular(w)) for w in _WORD.findall(fold(text))]


def office_role(phrase: str) -> str | None:
    """The role word of a phrase naming an office: its last title word before any
    preposition ("leader" of "the new council leader", "constable" of "chief constable")."""
    titles = [w for w in head_zone(phrase) if is_title_word(w)]
    return titles[-1] if titles else None


def asks_current(phrase: str) -> bool:
    """Whether a question's title asks for the holder now ("the new council leader")."""
    return bool(set(_WORD.findall(fold(phrase))) & current_markers())


def asks_former(phrase: str) -> bool:
    """Whether a question's title asks for a past holder ("the former headteacher")."""
    return bool(set(_WORD.findall(fold(phrase))) & past_markers())


def held_then(rows: list[QuoteRow], phrase: str) -> list[QuoteRow]:
    """The quotes whose speaker held the office asked for when speaking: a quote whose own
    description (title or the words naming the speaker) holds the role word says whether
    they held it then ("the former leader said" is no current leader's quote, "Cllr X, leader
    of the council" no former leader's); a quote described otherwise stays."""
    role = office_role(phrase)
    if role is None:
        return rows
    former = asks_former(phrase)
    kept = []
    for row in rows:
        words = _words(f"{row.speaker_title or ''} {row.mention or ''}")
        if role in words and bool(set(words) & past_markers()) != former:
            continue
        kept.append(row)
    return kept


def one_office(
    store: Store,
    found: SpeakerMatch,
    phrase: str,
    match: str | None,
    since: str | None = None,
    until: str | None = None,
    topic: str | None = None,
) -> SpeakerMatch:
    """Of the holders a title names, those of the office the story is about: holders are
    grouped by the body their title places them in ("Leader, Hollinsford Borough Council"
    and "Council leader, Hollinsford" are one office), and the offices quoted most in the
    stories on the question's topic (`match`), else in the latest stories quoting any of
    them, stay, every holder of them. Each story weighs half the one after it. A question
    for the holder now ("the new council leader") keeps each office's latest holder, of the
    offices that changed hands when any did. A body the title does not place is placed by
    the topic's words ("the council leader on library closures in Brackwell")."""
    role = office_role(phrase)
    people = [r for r in found.rows if r.kind == "person"]
    if role is None or len(people) < 2 or len(people) < len(found.rows):
        return found
    office, bodies = _offices(store, [r.id for r in people], role)
    named = _named_body(phrase, role, bodies)  # "the county council leader": that council's
    if topic:  # "... on library closures in Brackwell": of those, Brackwell's council's
        placed = _holding(set(_words(topic)), bodies)
        named = (named & placed or named) if named else placed
    if named:
        people = [r for r in people if r.id in named]
    ids = [r.id for r in people]
    stories = story_quotes(store.db, ids, match, since=since, until=until) if match else []
    if not stories:
        stories = story_quotes(store.db, ids, None, since=since, until=until)
    scores: dict[str, float] = {}
    latest: dict[str, int] = {}
    for age, quoted in enumerate(stories):
        total = sum(quoted.values())
        for speaker_id, count in quoted.items():
            key = office[speaker_id]
            scores[key] = scores.get(key, 0.0) + count / total / 2**age
            latest.setdefault(key, speaker_id)
    if not scores:
        return found
    if asks_current(phrase):  # "the new leader": an office that changed hands, if any did
        changed = {office[r.id] for r in people if latest.get(office[r.id], r.id) != r.id}
        scores = {k: v for k, v in scores.items() if k in changed} or scores
    top = max(scores.values())
    kept_offices = {k for k, v in scores.items() if v * 2 > top}
    kept = [r for r in people if office[r.id] in kept_offices]
    if asks_current(phrase):
        kept = [r for r in kept if latest.get(office[r.id]) == r.id]
    kept.sort(key=lambda r: -scores.get(office[r.id], 0.0))
    return SpeakerMatch(kept, found.how, found.exact)


def _named_body(phrase: str, role: str, bodies: dict[int, set[str]]) -> set[int]:
    """The holders whose bodies hold the most of the words a question puts before the role
    ("Tarrowby council leader": the leader of Tarrowby Town Council, not another council's
    leader found through a headline); none when no body holds any."""
    words = head_zone(phrase)
    return _holding(set(words[: words.index(role)]), bodies)


def _holding(words: set[str], bodies: dict[int, set[str]]) -> set[int]:
    """The holders whose bodies hold the most of the given words (not titles, markers or
    small words); none when no body holds any."""
    asked = {w for w in words if w not in _SKIP and not is_title_word(w)}
    asked -= past_markers() | current_markers()
    hits = {i: len(asked & body) for i, body in bodies.items()}
    best = max(hits.values(), default=0)
    return {i for i, n in hits.items() if n == best} if best else set()


def _offices(store: Store, ids: list[int], role: str) -> tuple[dict[int, str], dict[int, set[str]]]:
    """Each speaker's office for a role word: the first distinctive word of the body their
    current descriptions with that role name (its organisation, else the title's
    complement: "leader of Hollinsford Borough Council"); the speaker alone when none does.
    And the words of all those bodies, by speaker."""
    wanted = set(ids)
    office = {i: f"#{i}" for i in ids}
    bodies: dict[int, set[str]] = {i: set() for i in ids}
    for row, descriptions in role_descriptions(store.db, [role]):
        if row.id not in wanted:
            continue
        votes: dict[str, int] = {}
        for title, org in descriptions:
            words = _words(title)
            if role not in words or set(words) & past_markers():
                continue
            body = _words(org) or words[words.index(role) + 1 :]
            own = set(_words(row.name))
            body = [
                w
                for w in body
                if w not in _SKIP and w not in own and not is_title_word(w) and not is_honorific(w)
            ]
            if body:
                votes[body[0]] = votes.get(body[0], 0) + 1
            bodies[row.id].update(w for w in (*body, *words) if w not in _SKIP and w != role)
        if votes:
            office[row.id] = max(votes, key=lambda k: votes[k])
    return office, bodies
