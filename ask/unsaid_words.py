"""A topic asked in words no story uses: search on the words the stories do use.

A reporter paraphrases: "the quarry expansion" for a story of the quarry's extension, "the
bike lane" for the cycle lane. A concept of the topic that no stored article says, in any
of its forms (ask/lexicon.py), cannot tell one story from another: every story lacks it. So
the topic is searched on its other concepts, and the answer says which words no story
holds. Only when that leaves a topic: no more concepts unsaid than said; the unsaid ones the
asker's words for a quality or an action ("old", "lower", "expansion", "chopping down"), not
a thing no story tells of ("the fishing quotas" in a store of trawler stories gets nothing),
unless two said concepts or more that one story holds together tell the story ("beavers
flooding farmland": the story of the beavers' floods tells of fields);
and the said ones together specific, matched by at most a SPECIFIC_SHARE of the store's
articles (or SPECIFIC_FLOOR in a small store): "plans" alone, left of "the skateboarding
plans", would be any story's. Otherwise the topic stays whole, and a topic nobody spoke of
gets nothing. A word only for a quality (no noun) that stories say, but never with the rest of
the topic, is left out so too ("lorry drivers having nowhere decent to sleep": "decent" is in
a story on carers' wages only).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from lemminflect import getAllInflections, getAllLemmas

from ask.compounds import first_part
from ask.data_files import ask_data
from ask.lexicon import fts_query
from storage.db import Store
from storage.quote_search import articles_matching
from storage.storyline import article_total

SPECIFIC_SHARE = 0.2
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
SPECIFIC_FLOOR = 4
_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had"})
LONG_TOPIC = 4  # concepts in a topic that may have one left out (said_concepts)


def said_concepts(
    store: Store,
    groups: list[tuple[str, ...]],
    topic: str = "",
    *,
    speaker: bool = False,
    names: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The concepts of `topic` to search on, and those left out (`_said_concepts`); a long
    topic that no story holds whole is a story's that holds all of it but one concept ("quad
    bikes tearing up the kids' pitches": the story of the quad bikes on the pitches tells of
    "children"), or, in a longer one, all but the fewest it can leave out, fewer than half
    ("the search and rescue volunteers losing their HQ": the story of the rescue team's
    volunteers, who lose a base): the asker describes a story in more words than it uses
    together."""
    groups = [_closed_compound(store, g) for g in groups]  # "steamboat": the steamer
    said, unsaid = _said_concepts(store, groups, topic, speaker=speaker, names=names)
    if len(said) < LONG_TOPIC or _matches(store, said, 0):
        return said, unsaid
    groups = said  # those no story says are left out already ("their HQ")
    words = _WORD.findall(topic.lower())
    most = max(SPECIFIC_FLOOR, int(SPECIFIC_SHARE * article_total(store)))
    for size in range(1, (len(groups) - 1) // 2 + 1):  # 4 words: one left out; 5 or 6: two
        rest = {d: _matches(store, _but(groups, *d), 99) for d in combinations(groups, size)}
        # what can be left out for a story of the rest: of two or more, one thing at most,
        # the rest the asker's words for an action or a quality ("losing", "old")
        # (never a word of a name: "Brackenford General" is a hospital, not Brackenford)
        left = [
            d
            for d in rest
            if rest[d]
            and sum(paraphrase_word(g, words) for g in d) >= size - 1
            and not any(f in names for g in d for f in g)
        ]
        if not left:
            continue
        # the asker's words for an action or a quality first, then those the most stories lack
        drop = max(left, key=lambda d: (sum(paraphrase_word(g, words) for g in d), rest[d]))
        kept = _but(groups, *drop)
        return (
            (kept, unsaid + list(drop)) if _matches(store, kept, most) <= most else (said, unsaid)
        )
    return said, unsaid


def _said_concepts(
    store: Store,
    groups: list[tuple[str, ...]],
    topic: str = "",
    *,
    speaker: bool = False,
    names: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The concepts of `topic` to search on, and those left out because no article says
    them (module rule; none left out when the rest would be no topic). Asked of a `speaker`
    ("what did Nwachukwu say about chopping down the planes?"), any word of the asker's may
    be left out: only that speaker's words can answer (so too for a side asked for, "who
    backed the quarry expansion?": the side must be taken on the rest). Asked of everyone
    ("who said what about ...", "has anyone talked about ..."), only a word for a quality
    ("the old colliery site"): a head left out there answers a question nobody's words fit."""
    if len(groups) < 2:
        return groups, []
    unsaid = [g for g in groups if _matches(store, [g], 0) == 0]
    rest = [g for g in groups if g not in unsaid]
    if len(rest) > 1 and _matches(store, rest, 0) == 0:  # each said, never all in one story
        unsaid += [g for g in rest if _adjective(g) and _matches(store, _but(rest, g), 0)]
    said = [g for g in groups if g not in unsaid]
    if not unsaid or not said or len(unsaid) > len(said):
        return groups, []
    words = _WORD.findall(topic.lower())
    # two or more said concepts that a story holds together, a thing among them (no quality,
    # action or name: "drought at Wendle Farm" is no story of the farm), tell the story in
    # a topic that is no claim ("the library is not for sale"): the rest is the asker's
    # ("beavers flooding farmland": the fields; "the loss of Ravensholm's lifeboat")
    asked = [next((m for m in g if m in words), g[0]) for g in said]  # the asker's words
    things = [w for w in asked if not paraphrase_word((w,), words) and w not in names]
    claim = any(w in _CLAUSE_VERBS for w in words)
    together = len(said) >= 2 and bool(things) and not claim and _matches(store, said, 0) > 0
    if not together and not all(paraphrase_word(g, words) for g in unsaid):
        return groups, []  # "the fishing quotas": a thing no story tells of
    if not together and not speaker and not all(_quality(g) for g in unsaid):
        return groups, []
    most = max(SPECIFIC_FLOOR, int(SPECIFIC_SHARE * article_total(store)))
    if _matches(store, said, most) > most:
        return groups, []
    return said, unsaid


def _closed_compound(store: Store, group: tuple[str, ...]) -> tuple[str, ...]:
    """A closed compound no story says, as its first part some story says (ask/compounds.py);
    any other concept as it is."""
    if len(group) != 1 or " " in group[0]:
        return group
    part = first_part(group[0].lower())  # no query for a word that is no compound
    if part is None or _matches(store, [group], 0):
        return group
    return part if _matches(store, [part], 0) else group


def _but(groups: list[tuple[str, ...]], *left: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [g for g in groups if g not in left]


def without_actions(
    groups: list[tuple[str, ...]],
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """A topic's concepts without the asker's words for an action ("losing", "closure"), and
    those words: "losing her dentist" is, for a speaker who never says "losing", her words on
    the dentist in a story on it. Nothing is left out when only actions are asked."""
    actions: list[tuple[str, ...]] = [
        g for g in groups if len(g) == 1 and " " not in g[0] and _from_a_verb(g[0], itself=False)
    ]
    kept = [g for g in groups if g not in actions]
    return (kept, actions) if kept else (groups, [])


def quality_word(group: tuple[str, ...]) -> bool:
    """Whether a concept is the asker's word for a quality, not a thing: an adjective that
    grades ("old": older; "new") or that is no noun and no classifying word (an ending of
    topics.json "classifier_endings": "festive", "retired", "dangerous"; not "chemical",
    "nuclear", "royal", which tell which plant or which oak), or a past participle that is no
    noun ("damaged", "cancelled"); one word with no other forms. A story about the topic
    need only tell of its things: "the old town hall" is the story headed on the Victorian
    town hall. (An -ing form is no such word: "parking" tells which charges.)"""
    word = group[0].lower() if len(group) == 1 else ""
    if not word or " " in word:
        return False
    if getAllLemmas(word, upos="ADJ"):
        if getAllInflections(word, upos="ADJ").get("JJR"):
            return True  # it grades: a quality
        return not getAllLemmas(word, upos="NOUN") and not word.endswith(_classifier_endings())
    verbs = getAllLemmas(word, upos="VERB").get("VERB", ())
    forms = [getAllInflections(v, upos="VERB") for v in verbs]
    participles = {p for f in forms for p in f.get("VBN", f.get("VBD", ()))}
    return word in participles and not getAllLemmas(word, upos="NOUN")


@lru_cache(maxsize=1)
def _classifier_endings() -> tuple[str, ...]:
    endings: list[str] = ask_data("topics.json")["classifier_endings"]
    return tuple(endings)


def _quality(group: tuple[str, ...]) -> bool:
    """Whether a word is one for a quality ("old", "lower", "three-weekly"): an adjective,
    or no noun the dictionary has."""
    word = group[0].lower() if len(group) == 1 else ""
    return bool(word) and (
        not getAllLemmas(word, upos="NOUN") or bool(getAllLemmas(word, upos="ADJ"))
    )


def _adjective(group: tuple[str, ...]) -> bool:
    """Whether a word is only a word for a quality ("decent", "noisy"), never a noun the
    dictionary has ("parking" in "parking charges" tells which charges)."""
    word = group[0].lower() if len(group) == 1 else ""
    return (
        bool(word) and not getAllLemmas(word, upos="NOUN") and bool(getAllLemmas(word, upos="ADJ"))
    )


def paraphrase_word(group: tuple[str, ...], topic: list[str]) -> bool:
    """Whether a word is how the asker, not the story, tells of a thing: a word for a quality
    ("old", "lower", "three-weekly") or for an action ("expansion", "chopping"; endings in
    topics.json "action_endings"), or a noun before "of" ("the loss of the lifeboat": the
    lifeboat); no plain noun for a thing, which tells which one ("tuition fees" are no
    transfer fees, "phone scams" no phone masts, "fishing quotas" no fishing boats)."""
    word = group[0].lower() if len(group) == 1 else ""
    if not word or " " in word:
        return False
    if _quality(group):
        return True
    at = topic.index(word) if word in topic else -1
    if 0 <= at < len(topic) - 1 and topic[at + 1] == "of":
        return True  # "the loss of the lifeboat": the lifeboat is what the topic is
    return _from_a_verb(word)


def _from_a_verb(word: str, itself: bool = True) -> bool:
    """Whether a noun is made from a verb the dictionary has: a gerund ("chopping"), the verb
    itself ("bid": a plural such as "scams" is things, not an action), or an ending of
    topics.json "action_endings" put for the verb's ("expansion": expand); `itself` false
    leaves the verb itself out ("market" is a thing as often as an action)."""
    if word.endswith("ing") and getAllLemmas(word, upos="VERB"):
        return True
    if itself and word in getAllLemmas(word, upos="VERB").get("VERB", ()):
        return True  # the verb itself, as a noun: "the Kestrel bid", "the pay offer"
    for ending, verb_endings in _action_endings().items():  # the longest ending it has
        base = word[: -len(ending)]
        if word.endswith(ending):
            return len(base) >= 3 and any(getAllLemmas(base + v, upos="VERB") for v in verb_endings)
    return False


@lru_cache(maxsize=1)
def _action_endings() -> dict[str, list[str]]:
    endings: dict[str, list[str]] = ask_data("topics.json")["action_endings"]["endings"]
    return endings


def said_anywhere(store: Store, group: tuple[str, ...]) -> bool:
    """Whether some stored article says the concept (in any of its forms): one left out of a
    long topic may be said, only never with the rest."""
    return _matches(store, [group], 0) > 0


def _matches(store: Store, groups: list[tuple[str, ...]], most: int) -> int:
    query = fts_query(groups)
    return articles_matching(store, query, most) if query is not None else most + 1
