"""The whole cast of the stories a described-person question is about, ranked by how well
what the stories say of each speaker fits the description ("what did the bus driver say",
"the vicar at the trial", "the new chair", "the midwife").

News writing says who a person is in a few places, and the scorer reads them all for every
speaker of the stories (named, unnamed, or speaking for an organisation):
- the title and organisation stored with the quote, and an unnamed source's description
  ("One driver, who has worked for the company for 22 years");
- the apposition or relative clause after the name ("X, a former trustee and the minister
  of St Anne's, said") and the words just before it ("local GP X");
- the honorific before the name, as data (ask/data/cast.json "honorifics": "the Rev X" is
  the vicar, "Dr X" may be the doctor), fitting less well than the noun itself;
- the sentence that brings a person in to take a post ("replaced on an interim basis by
  Dame X", "X succeeds him", "X was appointed"): the new holder of the story's post;
- words that date a post ("former", "interim"; "X has resigned as chair").
A description asked is a head noun (its family: ask/described_people.py same_family), the
words before it and any context after "of", "at", "in" (a place, an age). Each speaker
scores the best-fitting of its descriptions: the head itself 3 (1.5 as a modifier: "the
patient group's chair"), by honorific or succession 2; "former" or "resigned" 2 less unless
the question asks for a former holder; with "new" asked, 1 more for a new holder and 2 less
for one who left; each other word 1 more when the description holds it, a half when the
speaker's own words do ("I've got a heart condition"), a quarter when only the story does
(an age never), 1 less when none does; no fit when none does for more than a third of them
("the bus driver" is no taxi driver; "the teacher on the school trip to Coldharbour" is the
teacher of the story of Coldharbour's school party). The best speakers answer: the winner
alone, ties together, a named person never above an unnamed source that fits better; holders
a title's rules found (by place or body) keep the best of them. A plural asks for a group: not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ask.cast_asked import Asked, asked_description, cast_words, words
from ask.cast_bodies import held_elsewhere, post_held, story_names
from ask.cast_sources import source_descriptions
from ask.described_asked import after_head
from ask.described_people import family_words, role_words, same_family, stem_of
from ask.lexicon import concepts, fts_query, singular
from common.names import fold
from storage.cast import Story, stories_with
from storage.db import Store
from storage.quotes import QuoteRow
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+|\n+")
_BEFORE = 4  # words before a name read as its description ("local farmer X")
_AFTER = 12  # words of an apposition read after a name
_NEAR = 4  # words after a name where "has resigned" tells of it
_BY = 8  # words before a name where "replaced ... by" brings it in
HEAD, BY_SIGN, MODIFIER, OWN_WORD, STORY_WORD = 3.0, 2.0, 1.5, 0.5, 0.25
MIN_FIT = 2.0  # less than this is no fit to answer with
UNSAID_SHARE = 3  # at most a third of the other words asked may be words no story says


@dataclass
class Fit:
    """How well one speaker fits: the score and, for an unnamed source, its quotes."""

    score: float
    person: SpeakerRow | None = None
    quotes: list[QuoteRow] = field(default_factory=list)


@dataclass(frozen=True)
class Cast:
    """The best-fitting speakers: named people and unnamed sources' quotes, with every
    named speaker's score (to weigh against another way of finding them)."""

    top: float
    people: list[SpeakerRow]
    unnamed: list[QuoteRow]
    scores: dict[int, float]


def best_fitting(
    store: Store,
    phrase: str,
    topic: str | None,
    window: tuple[str | None, str | None],
    titled: frozenset[int] = frozenset(),
) -> Cast | None:
    """The speakers of the stories about `topic` (all stories when no topic) who fit the
    description best (the module's rules; the `titled` hold the post by their title, in a
    form the title rules know: "head of the school" for "the headteacher"); None when the
    phrase is no description or nobody fits it."""
    since, until = window
    asked = asked_description(phrase)
    if asked is None:
        return None
    asked = replace(asked, titled=titled)
    noun = singular(asked.head)
    stem = stem_of(noun)
    probes = {noun, asked.head, *family_words(noun), *cast_words().honorifics.get(noun, ())}
    probes |= {stem} if stem and len(stem) > 3 else set()
    match = fts_query(concepts(topic)) if topic else None
    if topic and match is None:
        return None
    stories = stories_with(store, sorted(probes), match, since, until)
    fits: dict[int | tuple[int, str], Fit] = {}
    left: set[int] = set()
    for story in stories:  # newest first
        _score_story(story, asked, fits, left)
    if not fits:
        return None
    top = max(f.score for f in fits.values())
    if top < MIN_FIT:
        return None
    best = [f for f in fits.values() if f.score == top]
    scores = {f.person.id: f.score for f in fits.values() if f.person is not None}
    people = [f.person for f in best if f.person is not None]
    unnamed = [q for f in best for q in f.quotes]
    return Cast(top, people, unnamed, scores)


def _score_story(
    story: Story, asked: Asked, fits: dict[int | tuple[int, str], Fit], left: set[int]
) -> None:
    """Score every speaker of a story, keeping each one's best score in `fits`; a person
    the story (or a newer one) tells has left a post (`left`) is no new holder."""
    sentences = [s for s in _SENTENCE.split(story.body) if s.strip()]
    told = {singular(w) for w in words(f"{story.title} {story.body}")}
    names = story_names(f"{story.title}\n{story.body}")  # bodies a post may be held in
    head_in_story = any(same_family(asked.head, w) for w in words(story.title + " " + story.body))
    held = post_held(sentences, asked.head, post_signs, cast_words().old)
    head_in_story = head_in_story and not held  # a newcomer takes an open post only
    speakers: dict[int | tuple[int, str], list[QuoteRow]] = {}
    for row in story.quotes:
        if row.speaker_kind == "org":
            continue
        if row.speaker_id is not None and row.speaker:
            key: int | tuple[int, str] = row.speaker_id
        elif row.speaker_title:
            key = (story.id, fold(row.speaker_title))
        else:
            continue
        speakers.setdefault(key, []).append(row)
    for key, rows in speakers.items():
        row = rows[0]
        own = {singular(w) for r in rows for w in words(r.text)}  # what they say of themselves
        score, signs = _score(row, sentences, asked, (told, own, names), head_in_story)
        if row.speaker_id is not None and "old" in signs:
            left.add(row.speaker_id)
        if asked.new and row.speaker_id in left:
            score -= 2.0
        if isinstance(key, tuple):
            fits[key] = Fit(score, None, rows)
        elif isinstance(key, int) and (key not in fits or fits[key].score < score):
            person = SpeakerRow(
                key, row.speaker or "", "person", row.speaker_title, row.speaker_org
            )
            fits[key] = Fit(score, person)


def _score(
    row: QuoteRow,
    sentences: list[str],
    asked: Asked,
    heard: tuple[set[str], set[str], frozenset[str]],
    head_in_story: bool,
) -> tuple[float, set[str]]:
    """How well what a story says of a quote's speaker fits the description asked, and
    what the story tells of the speaker's post ("new", "old": `post_signs`); `heard`: the
    story's words, the speaker's own and the story's names (ask/cast_bodies.py)."""
    data = cast_words()
    told, own, names = heard
    name = set(words(row.speaker or ""))
    parts = [words(p) for p in (row.speaker_title or "").split(",")]  # each part on its own
    parts.append([w for w in words(row.mention or "") if w not in name])
    signs: set[str] = set()  # "new", "old": what the sentences tell of the post
    if row.speaker_id is not None and row.speaker:
        for sentence in sentences:
            for hit in re.finditer(rf"(?<![^\W_]){re.escape(row.speaker)}(?![^\W_])", sentence):
                parts += _near(sentence, hit.start(), hit.end())
                signs |= post_signs(sentence, hit.start(), hit.end())
    else:  # an unnamed source brought in by a quantifier ("One regular, who ...")
        parts += source_descriptions(row.speaker_title, sentences)
    honorifics = data.honorifics.get(singular(asked.head), frozenset())
    best, dating = -HEAD, set()  # the dating words of every description that fits
    for k, part in enumerate(parts):
        if k == 0 and row.speaker_id in asked.titled:
            best = max(best, HEAD)
        elif any(same_family(asked.head, w) for w in part):
            best = max(best, _head_fit(part, asked.head))
        elif honorifics & set(part):
            best = max(best, BY_SIGN)
        else:
            continue
        dating |= set(part)
    if "new" in signs and head_in_story and best < BY_SIGN:
        best = BY_SIGN  # the story's post, newly taken ("replaced by X")
    if best > 0 and _dated_otherwise(dating, asked):  # "a former midwife" is not the midwife
        best = -HEAD if asked.former else best - 2.0  # and a sitting chair no former one
    if best > 0 and (data.lesser & dating) - set(asked.others):
        best -= 2.0  # "the deputy headteacher" is not the headteacher
    if best > 0 and asked.new and ("new" in signs or data.new & dating):
        best += 1.0
    described = {singular(w) for part in parts for w in part} | {
        singular(w) for w in words(row.speaker_org or "")
    }
    unsaid = 0
    for word in asked.others:
        if singular(word) in described:
            best += 1.0
        elif (asked.owners is None or word in asked.owners) and held_elsewhere(
            word, asked.head, row.speaker_org, names
        ):
            return -HEAD, signs  # "the Rovers chairman" is no chairman of another body
        elif singular(word) in own and not word.isdigit():  # "I've got a heart condition"
            best += OWN_WORD
        elif singular(word) in told and not word.isdigit():  # an age is the person's
            best += STORY_WORD
        else:
            unsaid += 1
    if unsaid * UNSAID_SHARE > len(asked.others):
        return -HEAD, signs  # "the bus driver" is no taxi driver
    return best - unsaid, signs  # "the teacher on the school trip": the story's school party


def _dated_otherwise(dating: set[str], asked: Asked) -> bool:
    """Whether a description's dating words ("former", "outgoing") tell another time of the
    post than the question asks: a holder about to leave ("the outgoing postmaster") is the
    postmaster asked without a time, not the new one."""
    data = cast_words()
    if data.old & dating and not (data.old - data.leaving) & dating and not asked.former:
        return asked.new
    return bool(data.old & dating) != asked.former


def _head_fit(part: list[str], noun: str) -> float:
    """How a description's words hold the noun asked: the noun as a head (last, or before
    "of", "who", "and": "a former midwife who ...") or a word of its family on the person
    ("who has lived on Elm Lane") fits fully; the noun qualifying another ("the patients'
    forum") or in a clause on someone else ("whose mother lives there") less."""
    one = singular(noun)
    whose = part.index("whose") if "whose" in part else len(part)
    for k, word in enumerate(part[:whose]):
        if not same_family(noun, word):
            continue
        if singular(word) != one:
            return HEAD  # "lives", "drives": what the person does
        after = part[k + 1 : k + 2]
        if not after or after[0] in after_head() or after[0] in ("and", "or", "s"):
            return HEAD
    return MODIFIER


def _near(sentence: str, start: int, end: int) -> list[list[str]]:
    """The descriptions around a name: the apposition after it (up to the next comma,
    further parts that open as a description does) and the words just before it back to a
    punctuation mark ("the Rev X", "local GP X")."""
    found: list[list[str]] = []
    pieces = re.split(r"[,;:.!?\"\u201c\u201d()]", sentence[:start])
    rest = sentence[end:]
    before = words(pieces[-1])
    if not before and len(pieces) > 1 and rest.startswith(","):  # "Its chair, X, said"
        before = words(pieces[-2])
    if before:
        found.append(before[-_BEFORE:])
    if rest.startswith(","):
        parts = rest[1:].split(",")
        first = words(parts[0])
        if first and (first[0] in role_words().openers or first[0].isdigit()):
            found.append(first[:_AFTER])  # each part of the apposition on its own
            for part in parts[1:]:
                tail = words(part)
                if not tail or tail[0] not in role_words().openers:
                    break
                found.append(tail[:_AFTER])
    return found


def post_signs(sentence: str, start: int, end: int) -> set[str]:
    """What a sentence tells of the named person's post: "new" when it brings them in to
    take one ("replaced by X", "X succeeds", "X was appointed"), "old" when they leave or
    are replaced ("X has resigned", "X was replaced")."""
    data = cast_words()
    before = words(sentence[:start])[-_BY:]
    after = words(sentence[end:])[:_NEAR]
    found: set[str] = set()
    if "by" in before and _has_any(before[: before.index("by")], data.succession):
        found.add("new")
    if data.appointed & set(before + after):
        found.add("new")
    lead = after[:2]
    if sentence[end:].lstrip().startswith(","):  # an apposition: the parts' own words
        after = []
    if _has_any(after, data.succession):
        found.add("old" if data.passive & set(lead) else "new")
    if data.old & set(after):
        found.add("old")
    return found


def _has_any(have: list[str], phrases: frozenset[str]) -> bool:
    """Whether the words hold one of the phrases (of one word or more) in a row."""
    text = f" {' '.join(have)} "
    return any(f" {p} " in text for p in phrases)
