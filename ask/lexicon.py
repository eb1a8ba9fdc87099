"""Topic words to FTS5 queries: synonym groups (data/topics.json), stop words, safe quoting."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lemminflect import getAllInflections, getAllLemmas

from ask.inflections import LemmaColumn, base_form, phrase_key, phrase_query
from storage.fts import INDEXED, LEMMA_COLUMN

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*", re.UNICODE)
MAX_TERMS = 12
# quotes_fts: a phrase's words near one another in its words, or next to each other in its
# lemmas (ask/inflections.py `LemmaColumn`).
QUOTE_INDEX = LemmaColumn(LEMMA_COLUMN, tuple(c for c in INDEXED["quotes"] if c != LEMMA_COLUMN))


@dataclass(frozen=True)
class TopicLexicon:
    """Synonym groups keyed by every member, and the stop words to drop from topics."""

    groups: dict[str, tuple[str, ...]]
    stopwords: frozenset[str]
    longest_phrase: int
    vague: frozenset[str] = frozenset()  # "row", "case": dropped beside a real topic word
    by_lemmas: dict[tuple[str, ...], tuple[str, ...]] | None = None  # phrases by `phrase_key`
    replies: frozenset[str] = frozenset()  # cues that answer the paragraph before: "replied"
    spellings: tuple[tuple[str, str], ...] = ()  # ("ence", "ense"): licence, license
    by_base: dict[str, tuple[str, ...]] | None = None  # one-word members by lemma: "shut"


@lru_cache(maxsize=1)
def load_topics() -> TopicLexicon:
    """The packaged newsroom lexicon."""
    files = resources.files("ask")
    raw = json.loads(files.joinpath("data/topics.json").read_text("utf-8"))
    groups: dict[str, tuple[str, ...]] = {}
    for group in raw["groups"]:
        members = tuple(dict.fromkeys(m.lower() for m in group))
        for member in members:
            merged = groups.get(member, ()) + members
            groups[member] = tuple(dict.fromkeys(merged))
    for wide, narrower in raw.get("includes", {}).items():  # one way: "jobs" > "job cuts"
        extra = tuple(form for word in narrower for form in groups.get(word, (word,)))
        for member in groups.get(wide, (wide,)):
            groups[member] = tuple(dict.fromkeys(groups.get(member, (member,)) + extra))
    stop = frozenset(files.joinpath("data/stopwords.txt").read_text("utf-8").split())
    longest = max((len(k.split()) for k in groups), default=1)
    vague = frozenset(w.lower() for w in raw.get("vague", []))
    by_lemmas: dict[tuple[str, ...], tuple[str, ...]] = {}
    for member, group in groups.items():
        key = phrase_key(_WORD.findall(member), stop)
        if key is not None:
            by_lemmas.setdefault(key, group)
    replies = frozenset(c.lower() for c in raw.get("replies", {}).get("cues", []))
    pairs = [tuple(p) for p in raw.get("spellings", {}).get("endings", [])]
    spellings = tuple((a, b) for a, b in pairs) + tuple((b, a) for a, b in pairs)
    by_base: dict[str, tuple[str, ...]] = {}
    for member, group in groups.items():  # groups of an action, told by a verb form in them
        if " " not in member and member not in stop and any(map(_verb_form, group)):
            by_base.setdefault(base_form(member), group)
    return TopicLexicon(groups, stop, longest, vague, by_lemmas, replies, spellings, by_base)


def concepts(text: str, lexicon: TopicLexicon | None = None) -> list[tuple[str, ...]]:
    """The topic as concepts (`_concepts`); "A or B" makes one concept of the two: the last
    of the words before "or" and the words after it up to the first stop word ("radiation
    or health risks from the mast": radiation or health risks, and the mast)."""
    lexicon = lexicon or load_topics()
    parts = re.split(r"\s+or\s+", text, maxsplit=1)
    if len(parts) < 2:
        return _concepts(text, lexicon)
    left, right = parts
    before = _concepts(left, lexicon)
    words, stop = _WORD.findall(right), lexicon.stopwords
    start = next((k for k, w in enumerate(words) if w.lower() not in stop), 0)
    end = next((k for k in range(start, len(words)) if words[k].lower() in stop), len(words))
    if not before or end == start:
        return _concepts(f"{left} {right}", lexicon)
    chunk = " ".join(words[start:end])
    said = _concepts(chunk, lexicon)
    either = [*before[-1], chunk.lower(), *(said[0] if len(said) == 1 else ())]
    after = _concepts(" ".join(words[end:]), lexicon)
    return [*before[:-1], tuple(dict.fromkeys(either)), *after][:MAX_TERMS]


def _concepts(text: str, lexicon: TopicLexicon | None = None) -> list[tuple[str, ...]]:
    """The topic as concepts, each the tuple of words/phrases that may express it.

    Lexicon phrases are matched first, longest first ("water shortage" before "water",
    "walk out" although "out" is a stop word; a phrase in other forms or order too:
    "cutting jobs" is "job cuts"); every other content word stands for itself,
    but a vague one ("row", "case") only when nothing else does. At most MAX_TERMS concepts."""
    lexicon = lexicon or load_topics()
    words = [_no_possessive(w.lower().replace("\u2019", "'"), lexicon) for w in _WORD.findall(text)]
    found: list[tuple[str, ...]] = []
    i = 0
    while i < len(words) and len(found) < MAX_TERMS:
        for size in range(min(lexicon.longest_phrase, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if size == 1 and phrase in lexicon.stopwords:
                continue
            group = lexicon.groups.get(phrase) or (
                lexicon.groups.get(singular(phrase))
                or _by_plural(phrase, lexicon)
                or _by_base(phrase, lexicon)
                if size == 1
                else _reworded(words[i : i + size], lexicon)
            )
            if group:
                if group not in found:
                    found.append(group)
                i += size
                break
        else:
            word = words[i]
            wanted = word not in lexicon.stopwords and (
                not word.isdigit() or len(word) == 4 or _designation(words, i, lexicon)
            )
            if wanted and (word,) not in found:
                found.append((word, *other_spellings(word, lexicon)))
            i += 1
    # "the funding row", "the doping case": the story is told without the newsroom's word
    # for it; such a word counts only when it is the whole topic ("the row").
    specific = [g for g in found if not (len(g) == 1 and singular(g[0]) in lexicon.vague)]
    return specific or found


def _designation(words: list[str], i: int, lexicon: TopicLexicon) -> bool:
    """Whether the number words[i] names a thing, as "the 61" names a bus route: "the"
    just before it and no word after it but a stop word ("the 40 homes" counts homes)."""
    after = words[i + 1] if i + 1 < len(words) else None
    return i > 0 and words[i - 1] == "the" and (after is None or after in lexicon.stopwords)


def other_spellings(word: str, lexicon: TopicLexicon) -> tuple[str, ...]:
    """The word with its ending in the other spelling ("licence" -> "license"; data/topics.json
    "spellings"), when it has one of those endings after at least three letters."""
    return tuple(
        word[: -len(end)] + other
        for end, other in lexicon.spellings
        if word.endswith(end) and len(word) - len(end) >= 3
    )


def _by_plural(word: str, lexicon: TopicLexicon) -> tuple[str, ...] | None:
    """The group of a word the lexicon lists only in the plural ("death": the group with
    "deaths"), as a singular asked stands for the same thing; a plural asked is none
    ("taxis" is no singular of "taxes")."""
    if singular(word) != word:
        return None
    plurals = getAllInflections(word, upos="NOUN").get("NNS", ())
    return next((lexicon.groups[p] for p in plurals if p in lexicon.groups), None)


def _verb_form(member: str) -> bool:
    """Whether a lexicon member is a verb's -ed or -ing form ("closed", "flooding")."""
    return member.endswith(("ed", "ing")) and any(
        lemma != member for lemma in getAllLemmas(member).get("VERB", ())
    )


def _by_base(word: str, lexicon: TopicLexicon) -> tuple[str, ...] | None:
    """The group of a verb form asked ("shutting", "funded") whose lemma is a one-word
    member's, in a group for an action ("shut", with "closed"): the same concept.
    A group with no verb form in it is a thing's ("fire", "pay"): "firing" and "paying" are
    other senses, left to stand for themselves."""
    if not lexicon.by_base or word in lexicon.stopwords or not _verb_form(word):
        return None
    return lexicon.by_base.get(base_form(word))


def _reworded(words: list[str], lexicon: TopicLexicon) -> tuple[str, ...] | None:
    """The group of a lexicon phrase said in other forms or order ("cutting jobs", "jobs
    being cut": "job cuts"): the same content words' lemmas, the phrase's ends content words."""
    if not lexicon.by_lemmas or words[0] in lexicon.stopwords or words[-1] in lexicon.stopwords:
        return None
    key = phrase_key(words, lexicon.stopwords)
    return lexicon.by_lemmas.get(key) if key is not None else None


def _no_possessive(word: str, lexicon: TopicLexicon) -> str:
    """ "clinton's" -> "clinton": quotes say "Clinton" as often as "Clinton's" (a word the
    lexicon lists with its "'s" stays whole)."""
    if word.endswith("'s") and len(word) > 3 and word not in lexicon.groups:
        return word[:-2]
    return word


def singular(word: str) -> str:
    """A plural word's singular, roughly ("farmers" -> "farmer", "parties" -> "party"); a
    "-men" plural stays (`person_singular` reads it, where a person is described)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def person_singular(word: str) -> str:
    """A person noun's singular, the "-men" plural of a "-man" noun too, as the dictionary
    gives it ("crewmen" -> "crewman", "fishermen" -> "fisherman"; "specimen" stays)."""
    return man_singular(word) if word.endswith("men") and len(word) > 4 else singular(word)


@lru_cache(maxsize=4096)
def man_singular(word: str) -> str:
    """ "crewmen" -> "crewman" as the dictionary has it; a compound it lacks whose first part
    is a noun it has too ("lifeboatmen": lifeboat + men); "specimen", "yemen" stay."""
    known = getAllLemmas(word, upos="NOUN").get("NOUN")
    if known:
        return known[0] if known[0].endswith("man") else word
    first = word[:-3]
    return first + "man" if len(first) >= 3 and getAllLemmas(first, upos="NOUN") else word


def search_stem(word: str) -> str:
    """The longest start a noun shares with its plural ("walker" -> "walke", "crewman" ->
    "crewm", "party" -> "part"): a substring probe that finds both forms."""
    one = person_singular(word)
    plurals = getAllInflections(one, upos="NOUN").get("NNS", ()) if one.isalpha() else ()
    plurals = (*plurals, one[:-3] + "men") if one.endswith("man") else plurals
    stem = one[: max(3, len(one) - 1)]
    for plural in plurals:
        while stem and not plural.startswith(stem):
            stem = stem[:-1]
    return stem if len(stem) >= 3 else one[:3]


def quote_query(groups: list[tuple[str, ...]]) -> str | None:
    """`fts_query` for the quotes' index (quotes_fts), with its column filters: a form of
    several words is matched in its lemma column as `QUOTE_INDEX` says."""
    return fts_query(groups, QUOTE_INDEX)


def fts_query(groups: list[tuple[str, ...]], lemmas: LemmaColumn | None = None) -> str | None:
    """An FTS5 query: every concept must match, any of its forms will do. A form of one
    content word is a quoted phrase; a form of several is those words near one another in
    any order and inflection (`ask.inflections.phrase_query`: "job cuts" ~ "cut 140 jobs"),
    in an index with a lemma column as `lemmas` says. Every word is quoted, so no character
    the user typed can act as FTS5 syntax."""
    stop = load_topics().stopwords
    parts: list[str] = []
    for group in groups:
        forms = []
        for form in group:
            tokens = _WORD.findall(form.lower())
            if tokens:
                forms.append(phrase_query(tokens, [t for t in tokens if t not in stop], lemmas))
        if forms:
            parts.append("(" + " OR ".join(forms) + ")")
    return " AND ".join(parts) if parts else None


def describe(groups: list[tuple[str, ...]]) -> str:
    """Human words for what was searched: "ceasefire, truce, pause"."""
    return "; ".join(", ".join(group[:6]) for group in groups)
