"""A story about two things at once: which of its remarks are on the one asked about.

"Kelbrook to shut two libraries and swimming fees to rise" tells of the libraries, then of
the swimming fees. Asked about the fees, the libraries' speakers' remarks in that story are
no answer, though the story is about the fees (ask/search.py, tier 3).

Rule: a headline of several clauses, joined by a word or mark of ask/data/topics.json
"headline_joins" ("and", "plus", ";"; not "as", which mostly joins one event's cause and
effect, "Landslide shuts coast road as hillside collapses", nor "but", one actor's two acts
on one matter, "Water boss apologises but defends overflow", nor "and" before such a second
act, "Association holds last dinner and hands its funds to school exchange"; nor "and"
within a phrase: "strike over pay and night shifts"; nor "and" after an opening noun phrase
alone, which joins one clause's subjects: "Lifeboat crew and fishermen march against station
move"), names the topic in some clauses and
other things in the rest, and the story opens on both (its first paragraph that names either
names both: a story that opens on the topic alone is its story, the other clause a side of
it: "Tenants say damp repairs ignored as housing association admits backlog"). The content
nouns and verbs of those other clauses mark a paragraph of the story as on another thing;
the words of the topic's concepts (every form) and of the headline's clauses that name it
("as swimming fees rise": rise) mark it as on the topic. One with both is on both, as the
opening is; one with neither goes on with the one before (a quote after the paragraph that
brought its speaker in), except the first after the opening, which is on the thing the
headline names first (a story tells its things in its headline's order). A remark of the
story tier, or of the tier of stories about the topic's names (ask/named_stories.py), in a
paragraph on another thing only is left out. A headline of one clause, one that names the
topic in no clause or in every clause, marks nothing; nor do names (words the story writes
only with a capital: the place is both things'), verbs of saying, or a clause of fewer than
MIN_THING_WORDS other words ("..., council says").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

from ask.data_files import ask_data
from ask.lexicon import load_topics
from extract.lexicon import load_lexicon
from storage.db import Store
from storage.profiles import article_texts
from storage.quotes import QuoteRow

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|[;:,\u2013\u2014-]")
_WORD = re.compile(r"[^\W_]+")
OTHER, TOPIC, BOTH = "other", "topic", "both"
MIN_THING_WORDS = 2  # a clause of fewer content words ("council says") tells of no thing
MAX_SUBJECT_WORDS = 3  # "Lifeboat crew and fishermen march ...": a subject, no clause
_VERB_OPENERS = frozenset({"to", "will", "would", "may", "might", "can", "could", "must", "should"})


@lru_cache(maxsize=1)
def headline_joins() -> frozenset[str]:
    """Words and marks that join a headline's clauses: topics.json "headline_joins"."""
    return frozenset(w.lower() for w in ask_data("topics.json")["headline_joins"]["joins"])


@lru_cache(maxsize=1)
def phrase_words() -> frozenset[str]:
    """Prepositions after which "and" joins one phrase's nouns: "headline_joins" data."""
    return frozenset(w.lower() for w in ask_data("topics.json")["headline_joins"]["phrase_words"])


@lru_cache(maxsize=8192)
def stems(word: str) -> frozenset[str]:
    """A word's lower-case form and its lemmas as a noun and as a verb ("parking": park)."""
    word = word.lower()
    found = {word}
    for pos in ("NOUN", "VERB"):
        found.update(getAllLemmas(word, upos=pos).get(pos, ()))
    return frozenset(found)


def on_the_subtopic(
    store: Store, groups: list[tuple[str, ...]], story: list[tuple[QuoteRow, float]]
) -> list[tuple[QuoteRow, float]]:
    """The story-tier remarks (row, rank) without those in a paragraph of a two-things story
    that is on the other thing only (module rule)."""
    if not story:
        return story
    topic = _topic_stems(groups)
    texts = {a["id"]: a for a in article_texts(store, sorted({r.article_id for r, _ in story}))}
    states: dict[int, tuple[list[int], list[str]] | None] = {}
    for article_id, article in texts.items():
        states[article_id] = _paragraph_states(article["title"] or "", article["body"] or "", topic)
    kept = []
    for row, rank in story:
        marked = states.get(row.article_id)
        if marked is not None:
            starts, state = marked
            if state[max(0, bisect_right(starts, row.start) - 1)] == OTHER:
                continue
        kept.append((row, rank))
    return kept


def _topic_stems(groups: list[tuple[str, ...]]) -> frozenset[str]:
    stop = load_topics().stopwords
    words = {w for g in groups for form in g for w in _WORD.findall(form.lower())}
    return frozenset(s for w in words if w not in stop for s in stems(w))


def _paragraph_states(
    title: str, body: str, topic: frozenset[str]
) -> tuple[list[int], list[str]] | None:
    """Where the body's paragraphs start and what each is on, or None when the headline
    marks nothing."""
    names = _names(body)
    topic = topic - names  # "Harnley" is both things' place
    other, first, own = _other_clauses(title, topic, names)
    if not other:
        return None
    topic = topic | own  # the headline's own words for it: "as swimming fees rise"
    starts: list[int] = []
    state: list[str] = []
    now = BOTH
    at, opened = 0, False  # whether only the opening (on both) has been read
    for paragraph in body.split("\n"):
        words = {s for w in _WORD.findall(paragraph) for s in stems(w)}
        on_topic, on_other = bool(words & topic), bool(words & other)
        if not paragraph.strip():
            pass  # the blank line between paragraphs
        elif on_topic or on_other:
            now = BOTH if on_topic and on_other else TOPIC if on_topic else OTHER
            if now != BOTH and set(state) <= {BOTH} and not opened:
                return None  # an opening on one thing: the story's, the rest its facets
            opened = now == BOTH and (opened or set(state) <= {BOTH})
        elif opened:  # the first paragraph after the opening: the headline's first thing
            now, opened = first, False
        starts.append(at)
        state.append(now)
        at += len(paragraph) + 1
    return starts, state


def _other_clauses(
    title: str, topic: frozenset[str], names: frozenset[str]
) -> tuple[frozenset[str], str, frozenset[str]]:
    """The stems of the headline's clauses that do not name the topic (empty unless some
    clause names the topic and some does not),
    which thing the headline names first (TOPIC or OTHER), and the stems of the clauses that
    name the topic."""
    clauses: list[list[str]] = [[]]
    tokens = _TOKEN.findall(title)
    for at, token in enumerate(tokens):
        last = [w.lower() for w in clauses[-1][-3:]]
        if (
            token.lower() in headline_joins()
            and not set(last) & phrase_words()  # not "over pay and night shifts": one phrase's
            and not _same_subject(tokens[at + 1 : at + 3])  # nor "holds a dinner and hands"
            and not (
                len(clauses) == 1 and _bare_subject(clauses[0])
            )  # nor "Crew and fishermen march"
        ):
            clauses.append([])
        else:
            clauses[-1].append(token)
    clauses = [c for c in clauses if c]
    stop = load_topics().stopwords
    named = [any(stems(w) & topic for w in c) for c in clauses]
    if len(clauses) < 2 or all(named) or not any(named):
        return frozenset(), BOTH, frozenset()
    other: set[str] = set()
    own: set[str] = set()
    for clause, names_topic in zip(clauses, named, strict=True):
        words = [w.lower() for w in clause]
        words = [w for w in words if w not in stop and w not in names and _content(w)]
        words = [w for w in words if not _reporting(w)]  # "..., council says": no thing
        if not names_topic and len(words) < MIN_THING_WORDS:
            continue
        (own if names_topic else other).update(s for w in words for s in stems(w))
    other -= topic
    return frozenset(other), TOPIC if named[0] else OTHER, frozenset(own - other)


def _same_subject(after: list[str]) -> bool:
    """Whether the words after a join open a verb phrase of the clause before's subject, one
    actor's second act ("Twinning association holds last dinner and hands its funds to
    school exchange"): a verb's present (third person) or past form, not followed by another
    (then it is a noun and its subject: "and buses cut")."""
    if not after:
        return False
    return _finite(after[0].lower()) and not (len(after) > 1 and _finite(after[1].lower()))


def _bare_subject(words: list[str]) -> bool:
    """Whether a headline's opening words before a join are a noun phrase alone, the first
    of its clause's subjects ("Lifeboat crew and fishermen march against station move"): at
    most MAX_SUBJECT_WORDS words, none a verb's finite form or participle ("shuts", "closing";
    not a singular noun that is one too: "crew") nor a word that opens a verb ("to", "will")."""
    return 0 < len(words) <= MAX_SUBJECT_WORDS and not any(_verb_like(w.lower()) for w in words)


def _verb_like(word: str) -> bool:
    """Whether a headline's word reads as a verb: a word that opens one, a participle, or a
    finite form that is no singular noun ("shuts", not "crew")."""
    if word in _VERB_OPENERS or word.endswith(("ing", "ed")):
        return True
    return _finite(word) and word not in getAllLemmas(word, upos="NOUN").get("NOUN", ())


def _finite(word: str) -> bool:
    """Whether a word is a verb's present third-person or past form ("hands", "holds")."""
    return any(
        word in forms.get("VBZ", ()) or word in forms.get("VBD", ())
        for verb in getAllLemmas(word, upos="VERB").get("VERB", ())
        for forms in [getAllInflections(verb, upos="VERB")]
    )


def _reporting(word: str) -> bool:
    """A verb of saying ("says", "warns", "backs"): extract/data/cues.json families."""
    family = load_lexicon().family_of
    return any(lemma in family for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()))


def _content(word: str) -> bool:
    """A noun or a verb the dictionary knows ("bins", "rise"), not "every" or "three"."""
    return bool(getAllLemmas(word, upos="NOUN") or getAllLemmas(word, upos="VERB"))


def _names(body: str) -> frozenset[str]:
    """Words the body writes only with a capital, never at a sentence's start alone: names."""
    capital: set[str] = set()
    lower: set[str] = set()
    for word in _WORD.findall(body):
        (capital if word[:1].isupper() else lower).add(word.lower())
    return frozenset(capital - lower)
