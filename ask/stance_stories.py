"""Who took a side on a topic when their own words do not name it: the stance frames of the
stories about the topic.

"Nasreen Akhtar welcomed the decision. '... That is all we asked for,' she said." in the
story headed "Council orders survey of care home" answers "who welcomed the council's
decision to commission a survey?", though her quoted words share no word with the topic. A
story is about the topic when its headline and lead (its first paragraph) say most of the
topic's concepts (both of two), any form of a word folded to its stem or lemma ("seeing",
"seen" and "saw" are one). In such a story a stance frame (ask/stance.py) whose object is a
short definite phrase ("the decision", "the document", "the report") refers back to the
story's topic, and the remarks in that story of a speaker it frames on the side asked for
join the quotes found, in the "article" tier: the frame gives their side, not their words.
"""

from __future__ import annotations

import re

from ask.inflections import folded, rough_stem
from ask.lexicon import fts_query
from ask.search import Found, FoundList
from ask.stance import stances
from ask.stance_denial import DENY
from ask.story_ties import continuations
from storage.db import Store
from storage.profiles import article_texts
from storage.quote_search import articles_quoting
from storage.quotes import quote_places, quotes_by_id

# How many of the stories saying some of the topic are read for a lead about it.
MAX_STORIES = 40
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_DATELINE = re.compile(r"\s*[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*,? [^\n]{0,40}?[\u2013\u2014-] ")


def says_concept(stems: set[str], group: tuple[str, ...]) -> bool:
    """Whether words (by their stems) say a concept: every word of one of its forms."""
    for form in group:
        words = _WORD.findall(form)
        if words and all(folded(w) & stems for w in words):
            return True
    return False


def lead_about(title: str, body: str, groups: list[tuple[str, ...]]) -> bool:
    """Whether a story's headline and first paragraph say most of the concepts (and the
    dateline paragraph after it, when the first is a standfirst)."""
    return 2 * _lead_says(title, body, groups) > len(groups)


def _lead_says(title: str, body: str, groups: list[tuple[str, ...]]) -> int:
    """How many of the concepts a story's headline and lead say (`lead_about`)."""
    paragraphs = [m.group() for m in _PARAGRAPH.finditer(body, 0)][:2]
    if len(paragraphs) > 1 and not _DATELINE.match(paragraphs[1]):
        paragraphs = paragraphs[:1]
    lead = " ".join([title, *paragraphs])
    stems = {rough_stem(w) for w in _WORD.findall(lead.lower())}
    return sum(1 for group in groups if says_concept(stems, group))


def _led_on(
    store: Store, groups: list[tuple[str, ...]], since: str | None, until: str | None
) -> tuple[set[int], set[int]]:
    """Among the MAX_STORIES stories quoting someone best matching any concept of the topic:
    those whose lead says most of it, and those whose lead says only some of it."""
    parts = [q for q in (fts_query([g]) for g in groups) if q]
    if not parts:
        return set(), set()
    query = " OR ".join(f"({p})" for p in parts)
    ids = articles_quoting(store, None, query, since=since, until=until, limit=MAX_STORIES)
    about: set[int] = set()
    some: set[int] = set()
    for a in article_texts(store, ids):
        said = _lead_says(a["title"] or "", a["body"] or "", groups)
        if 2 * said > len(groups):
            about.add(a["id"])
        elif said:
            some.add(a["id"])
    return about, some


def with_framed_speakers(
    store: Store,
    found: FoundList,
    groups: list[tuple[str, ...]],
    words: list[str],
    stance: str,
    *,
    since: str | None = None,
    until: str | None = None,
) -> tuple[FoundList, set[int]]:
    """The quotes found, then the remarks of the speakers framed on the `stance` side of the
    topic (named by `words`: ask.stance.topic_words) in the stories about it, tier
    "article"; and those stories' ids (where a short definite object refers to the topic)."""
    about, some = _led_on(store, groups, since, until)
    if not about:
        return found, about
    # and the storyline's later stories that lead on part of it ("a royal college has
    # criticised plans to end consultant-led births in Glenarrow", after the stories on
    # Glenarrow's maternity unit): a frame there must still name the topic
    read = about | continuations(store, sorted(about), sorted(some))
    seen = {f.row.id for f in found}
    rows = quotes_by_id(store, [p.id for p in quote_places(store, None, sorted(read))])
    sides = stances(store, rows, words, about=about, framed_only=True, denial=stance == DENY)
    framed = [r for r in rows if r.id not in seen and sides.get(r.id) in (stance, "mixed")]
    if not framed:
        return found, about
    result = FoundList(found)
    result.unread = found.unread
    result.extend(Found(row, "article", float(n)) for n, row in enumerate(framed))
    return result, about
