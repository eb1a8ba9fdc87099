"""Stance questions: "who criticised the referee?", "who welcomed the plan?", "who defended X".

A quote's stance toward the topic is a property of its attribution, read from the story:

1. a frame: a verb of a stance family (ask/data/stance.json "families", "phrases": criticise,
   attack, condemn, accuse, oppose ... against praise, welcome, defend, back, support ...)
   whose subject names the speaker, in the quote's own sentence (its cue: "X accused the
   referee of ..."; the verb the cue hangs on: "X criticised the plan, saying ...", "X
   welcomed the proposal but said ...") or anywhere in the story ("X defended the referee.
   '...,' said X."). It counts toward the topic when its object names the topic or is a short
   definite phrase that refers back to the story's subject ("criticised the proposals" in
   the story on the budget: "referring_nouns"); "blamed the rising cost of care" is about
   something else. A frame gives the speaker's stance for every remark in that story.
   A negative verb on a noun of a side already taken ("rejected that criticism", "hit back
   at critics": "stance_nouns") defends the topic; a short determined one ("that criticism")
   is also the side of the speaker quoted before it.
2. else the side a campaign's name says ("Save Brackley Library": ask/stance_campaigns.py)
   or, in a story about the topic, a description's noun ("one objector"), unless the
   speaker's frames in other stories tell theirs;
3. else a stance verb of the speaker's own words on the topic ("We will oppose this plan":
   ask/stance_own.py), then the quote's words of doubt ("not convinced", "want to see ...
   before": "epistemic"), then its evaluative words ("polarity"), a negator up to three words
   before one flipping it ("not sensible"), the words after a contrasting "but" first; in a
   story headed on a reversal of the topic ("Councillors reject phone mast") the evaluative
   side is turned over (ask/stance_reversals.py).

"Who criticised X" keeps the quotes whose stance toward X is negative, else the doubters;
when there are none, the quotes of unknown stance (never those on the other side); "who
praised X" likewise; "who doubted X" keeps the doubters, else the critics.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace

from ask.lexicon import load_topics
from ask.search import Found, FoundList
from ask.stance_campaigns import FLIP
from ask.stance_denial import DENY, denial_frame, denies
from ask.stance_groups import group_frames, officer_frames
from ask.stance_joins import joined, names_joined
from ask.stance_lexicon import (
    DOUBT,
    NEGATIVE,
    POSITIVE,
    StanceLexicon,
    doubted,
    load_stance,
    polarity,
)
from ask.stance_own import own_side
from ask.stance_owner import owners_side
from ask.stance_people import described_side, nominal_sides
from ask.stance_purposes import purpose_subject
from ask.stance_reversals import reversed_stories
from ask.stance_spread import one_side, sides_elsewhere, spread_sides
from ask.stance_toward import DETERMINERS, Frame, also_taken, frame_tail, toward
from storage.db import Store
from storage.profiles import article_texts
from storage.quotes import QuotePlace, QuoteRow, quote_places

# The side asked for, then the one that also answers when nobody took it.
_NEXT = {NEGATIVE: DOUBT, DOUBT: NEGATIVE}
_AGAINST = {NEGATIVE: POSITIVE, DOUBT: POSITIVE, POSITIVE: NEGATIVE}  # defending against it
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+[\"'\u201d\u2019)]*(?=\s|$)|$)")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*(?:[\"\u201d]|$)")
# Where a clause starts before a verb: its subject is the words after it.
_CLAUSE = re.compile(
    r"(?:\b(?:said|says|told|that|and|but|while|after|before|when|because|if|as|then)\b|[;:])"
)
# Where a verb's object ends.
_OBJECT_END = re.compile(
    r"[,;:.!?\"\u201c\u201d(]|\b(?:saying|but|and|as|because|after|before|when|which|who|for|"
    r"over|while|of|on|in|at|with|to|from|by|since|amid)\b"
)
# Words before a verb that make it no frame of its subject's: passive ("was criticised by"),
# infinitive ("refused to back"), negated ("did not criticise").
_NOT_A_FRAME = {
    "was", "were", "been", "be", "being", "is", "are", "to", "not", "never", "which", "that",
}  # fmt: skip
# A passive stance verb's agent: "was criticised by [residents]" (up to a clause or a mark).
_AGENT = re.compile(
    r"\s+by\s+([^;:.!?]+?)(?=\s*(?:[;:.!?]|,\s*(?:who|which|saying|but|and|after|as)\b|"
    r"\b(?:for|over|as|after|because)\b|$))"
)
_NOT_A_PASSIVE = {"to", "not", "never", "which", "that"}
_PASSIVE_BE = re.compile(r"\s+(?:was|were|been|be|being|is|are|has|have|had)(?:\s+\w+ly)?$")
# Words between a subject and its verb: "She also criticised", "He had strongly backed".
_ADVERBS = re.compile(r"(?:\s+(?:also|then|later|again|once|already|has|have|had|[a-z]+ly))+$")
_POSSESSIVES = r"(?:his|her|their|its)"
_SHORT_DEFINITE = re.compile(rf"{DETERMINERS}(?: [\w'-]+){{1,2}}")  # refers back
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def frames(body: str) -> list[Frame]:
    """The stance frames of a story's text (quoted words are the speaker's, not frames)."""
    lexicon = load_stance()
    found: list[Frame] = []
    for paragraph in _PARAGRAPH.finditer(body):
        # quoted words blanked, offsets kept
        text = _QUOTED.sub(lambda m: " " * len(m.group()), paragraph.group())
        for sentence in _SENTENCE.finditer(text):
            words = sentence.group()
            span = (paragraph.start() + sentence.start(), paragraph.start() + sentence.end())
            for start, end, stance in sorted(_stance_verbs(words, lexicon)):
                last = found[-1] if found and found[-1].sentence == span else None
                parts = denial_frame(words[start:end], _frame(words, start, end, stance))
                frame = joined(words[:start], parts, last)
                if frame is not None:
                    found.append(Frame(span, *frame))
    return found


def _frame(words: str, start: int, end: int, stance: str) -> tuple[str, str, str, str] | None:
    """Subject, stance, object and tail of the stance verb at words[start:end]: active ("X
    criticised the plan"), or passive with its agent ("the plan was welcomed by X": X's
    frame on the plan); None when negated, infinitive (but under a verb of committing:
    ask/stance_purposes.py) or passive without an agent."""
    clause = [m for m in _CLAUSE.finditer(words[:start]) if not names_joined(words, m)]
    subject = words[clause[-1].end() if clause else 0 : start].strip(" ,")
    subject = _ADVERBS.sub("", subject).strip(" ,")  # "She also", "He strongly"
    rest = words[end:]
    before = _WORD.findall(words[:start].lower())[-2:]
    purpose = purpose_subject(subject, before)
    if purpose is not None:  # "vowed to fight the closure": its subject's side
        subject, before = purpose, []
    if any(w in _NOT_A_FRAME or w.endswith("n't") for w in before):
        agent = _AGENT.match(rest)
        if agent is None or any(w in _NOT_A_PASSIVE or w.endswith("n't") for w in before):
            return None
        subject, rest = _PASSIVE_BE.sub("", subject).strip(" ,"), agent.group(1)
        rest, subject = subject, rest.strip(" ,")
    cut = _OBJECT_END.search(rest)
    tail = frame_tail(rest)
    return subject, stance, rest[: cut.start() if cut else None], tail


def _stance_verbs(words: str, lexicon: StanceLexicon) -> Iterable[tuple[int, int, str]]:
    lower = words.lower()
    for phrase, stance in lexicon.phrases.items():
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", lower):
            yield match.start(), match.end(), stance
    for phrase, stance in nominal_sides().items():  # "no secret of his support for the ban"
        for match in re.finditer(rf"\b{_POSSESSIVES} {re.escape(phrase)}\b", lower):
            yield match.start(), match.end(), stance
    for match in _WORD.finditer(lower):
        verb = lexicon.forms.get(match.group())
        if verb is None and lower[: match.start()].endswith("to "):  # "vowed to oppose"
            verb = lexicon.bases.get(match.group())
        if verb is not None:
            yield match.start(), match.end(), verb


def rebutted(frame: Frame, lexicon: StanceLexicon) -> str | None:
    """A negative frame on a side already taken ("rejected that criticism", "hit back at
    critics"): the side of that noun (the subject defends the topic against it), else None."""
    if frame.stance not in (NEGATIVE, DENY):
        return None
    words = [w.lower() for w in _WORD.findall(frame.object)]
    return next((lexicon.nouns[w] for w in words if w in lexicon.nouns), None)


def _names(row: QuoteRow) -> set[str]:
    """The words that name the speaker in a frame's subject: name, surname, a named mention."""
    names = set()
    if row.speaker:
        names.add(row.speaker)
        last = row.speaker.split()[-1]
        if len(last) > 2 and last[0].isupper():
            names.add(last)
    mention = (row.mention or "").strip()
    if mention and mention.lower() not in _PRONOUNS:
        last = mention.split()[-1]
        if len(last) > 2 and last[0].isupper():
            names.add(last)
    return names


def _names_subject(subject: str, names: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", subject) for n in names)


def stances(
    store: Store,
    rows: list[QuoteRow],
    topic_words: list[str],
    *,
    about: Collection[int] = (),
    framed_only: bool = False,
    owner: frozenset[str] = frozenset(),
    denial: bool = False,
) -> dict[int, str | None]:
    """Each quote's stance toward the topic (by id): NEGATIVE, POSITIVE, DOUBT, "mixed" (the
    speaker framed both ways in the story) or None (unknown); see the module docstring.
    `about`: the stories about the topic (a short definite object refers to it there);
    `framed_only`: a stance from frames alone, not from the quote's own words; `owner`:
    whose the topic is (ask/stance_owner), whose side's own words are no criticism of it;
    `denial`: the deniers asked for (ask/stance_denial), a rebuttal is a denial then."""
    lexicon = load_stance()
    texts = article_texts(store, sorted({r.article_id for r in rows}))
    bodies = {a["id"]: a["body"] for a in texts}
    turned = reversed_stories({a["id"]: a["title"] for a in texts}, topic_words)  # "refused"
    in_story: dict[int, list[Frame]] = {}
    answered: dict[int, list[Frame]] = {}  # "rejected that criticism": its side, before it
    for article, body in bodies.items():
        last: Frame | None = None  # the last frame on the topic: "X also objected" takes its object
        for frame in frames(body):
            if also_taken(frame, body, last):
                in_story.setdefault(article, []).append(frame)
                continue
            side = rebutted(frame, lexicon)
            if side is not None and denial:  # "rejected that criticism": denies it
                side, frame = None, replace(frame, stance=DENY)
            if side is not None:  # defends the topic against that side
                in_story.setdefault(article, []).append(replace(frame, stance=_AGAINST[side]))
                if _SHORT_DEFINITE.fullmatch(frame.object.strip().lower()):  # "that criticism"
                    answered.setdefault(article, []).append(replace(frame, stance=side))
            elif toward(frame, topic_words, lexicon, anaphoric=article in about) or (
                frame.stance == DENY and article in about  # rebuts a charge of the story's
            ):
                in_story.setdefault(article, []).append(frame)
                last = frame
    by_speaker = _pronoun_frames(store, in_story)
    _answered_frames(store, answered, rows, by_speaker)
    places = _places(store, in_story)  # a group's frame, its spokesperson's (ask/stance_groups)
    for article, framed in in_story.items():
        names = set().union(*(_names(r) for r in rows if r.article_id == article))
        named = {
            r.speaker_id: _names(r)
            for r in rows
            if r.article_id == article and r.speaker_id is not None
        }
        given = group_frames(bodies[article], framed, places.get(article, []), names, named)
        orgs = {r.speaker_id: r.speaker_org for r in rows if r.article_id == article}
        known = {k: v for k, v in orgs.items() if k is not None and v}
        for who, side in [*given, *officer_frames(framed, known, names, topic_words)]:
            by_speaker.setdefault((article, who), set()).add(side)
    for row in rows:
        key = (row.article_id, row.speaker_id if row.speaker_id is not None else row.mention)
        held = by_speaker.setdefault(key, set())
        names = _names(row)
        mention = (row.mention or "").strip().lower()
        for frame in in_story.get(row.article_id, []):
            own = frame.sentence[0] <= row.start < frame.sentence[1]
            said_by = own and bool(mention) and frame.subject.lower().endswith(mention)
            if said_by or _names_subject(frame.subject, names):
                held.add(frame.stance)
    result: dict[int, str | None] = {}
    elsewhere = sides_elsewhere(by_speaker)  # a named speaker's side in the other stories
    for row in rows:
        key = (row.article_id, row.speaker_id if row.speaker_id is not None else row.mention)
        held = by_speaker.get(key, set())
        if held:
            result[row.id] = one_side(held)
        elif (side := described_side(row, topic_words, row.article_id in about)) is not None and (
            not elsewhere.get(row.speaker_id)  # a campaign's side yields to its frames elsewhere
        ):
            result[row.id] = side  # "one objector told ...", "Save Brackley Library"
        elif denial and denies(row.text):  # "We categorically deny ..."
            result[row.id] = DENY
        elif framed_only:
            result[row.id] = None
        else:
            said = own_side(  # "We will oppose this": a side in their own words
                row.text,
                row.kind == "indirect",
                topic_words,
                lexicon,
                anaphoric=row.article_id in about,
            )
            if said is None:
                said = DOUBT if doubted(row.text, lexicon) else polarity(row.text, lexicon)
                said = FLIP[said] if said in FLIP and row.article_id in turned else said
            against = said in (DOUBT, NEGATIVE) and owners_side(row, owner)
            result[row.id] = None if against else said
        told = elsewhere.get(row.speaker_id, set())  # their side in the storyline, when their
        if result[row.id] is None and told and not denial:  # words here tell none (a denial
            result[row.id] = one_side(told)  # is of one charge)
    if not (denial or framed_only):  # a speaker's side in their other words on the topic
        spread_sides(rows, result)
    return result


def _answered_frames(
    store: Store,
    answered: dict[int, list[Frame]],
    rows: list[QuoteRow],
    held: dict[tuple[int, object], set[str]],
) -> None:
    """Each "rejected that criticism" gives its side to the speaker of the last statement
    before its sentence, not the frame's own subject's (the side answered); nobody's when
    that statement is unnamed ("Opposition councillors criticised ..."), not a named
    speaker's further back."""
    names: dict[int | None, set[str]] = {r.speaker_id: _names(r) for r in rows if r.speaker_id}
    places = _places(store, answered)
    for article, framed in answered.items():
        for frame in framed:
            before = [
                p
                for p in places.get(article, [])
                if p.start < frame.sentence[0]
                and not _names_subject(frame.subject, names.get(p.speaker_id, set()))
            ]
            if before and before[-1].speaker_id is not None:
                key = (article, before[-1].speaker_id)
                held.setdefault(key, set()).add(frame.stance)


def _pronoun_frames(
    store: Store, in_story: dict[int, list[Frame]]
) -> dict[tuple[int, object], set[str]]:
    """Frames whose subject is a pronoun ("She defended the decision."), each given to the
    speaker of the first statement in its sentence, else of the last one before it."""
    framed = {a: [f for f in fs if f.subject.lower() in _PRONOUNS] for a, fs in in_story.items()}
    places = _places(store, framed)
    held: dict[tuple[int, object], set[str]] = {}
    for article, framing in framed.items():
        for frame in framing:
            start, end = frame.sentence
            inside = [p for p in places.get(article, []) if start <= p.start < end]
            before = [p for p in places.get(article, []) if p.start < start]
            who = inside[0] if inside else before[-1] if before else None
            if who is not None and who.speaker_id is not None:
                held.setdefault((article, who.speaker_id), set()).add(frame.stance)
    return held


def _places(store: Store, framed: dict[int, list[Frame]]) -> dict[int, list[QuotePlace]]:
    """Where the quotes are in the stories with frames, by story."""
    places: dict[int, list[QuotePlace]] = {}
    for place in quote_places(store, None, sorted(a for a, fs in framed.items() if fs)):
        places.setdefault(place.article_id, []).append(place)
    return places


def topic_words(topic: str, groups: list[tuple[str, ...]]) -> list[str]:
    """The words a frame's object may name the topic by: every form of its concepts, and
    its own words but stop words ("the bus plan": bus, buses, ..., plan)."""
    stop = load_topics().stopwords
    own = [w.lower() for w in _WORD.findall(topic) if w.lower() not in stop]
    return list(dict.fromkeys([form for group in groups for form in group] + own))


def by_stance(
    store: Store,
    found: FoundList,
    stance: str,
    words: list[str],
    about: Collection[int] = (),
    owner: frozenset[str] = frozenset(),
    people: Collection[int] = (),
) -> tuple[FoundList, bool]:
    """The quotes whose stance toward the topic (named by `words`: `topic_words`; owned by
    `owner`: ask/stance_owner) is `stance` (and the speakers framed both ways), in their
    order; when there are none, the critics for doubters and back, else those of unknown
    stance (no speaker whose other words took the other side). Also whether any took that
    side. `people`: the speakers the topic names by role (ask/stance_target), no critics of
    themselves or of their own decision."""
    rows = [f.row for f in found]
    known = stances(store, rows, words, about=about, owner=owner, denial=stance == DENY)
    for f in found:
        if f.row.speaker_id in people and known.get(f.row.id) in (NEGATIVE, DOUBT, "mixed"):
            known[f.row.id] = None
    side: list[Found] = [f for f in found if known.get(f.row.id) in (stance, "mixed")]
    if not side and stance in _NEXT:  # no critics: the doubters; no doubters: the critics
        side = [f for f in found if known.get(f.row.id) == _NEXT[stance]]
    if side:
        return FoundList(side), True
    against = _AGAINST.get(stance)  # (a denial has no other side)
    other = {f.row.speaker_id for f in found if against and known.get(f.row.id) == against}
    unknown = FoundList(
        f
        for f in found
        if known.get(f.row.id) is None
        and not (f.row.speaker_id is not None and f.row.speaker_id in other)  # took the other
        and not (stance in (NEGATIVE, DOUBT) and owners_side(f.row, owner))  # no critic of its own
    )
    unknown.unread = found.unread
    return unknown, False
