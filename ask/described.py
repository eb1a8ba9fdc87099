"""Speakers a question names by description, not by name or office.

- "the paramedic", "the buyers", "the regulator": unnamed sources whose description's head
  (its last word before any "of", "who" or comma) is the noun asked, singular or plural or
  a word of the same group (ask/data/descriptions.json "same"), with the question's other
  words in the description too ("the lorry driver" is no taxi driver), or, for a
  description with no word before its noun ("One nurse, who ..."), in its story, when a
  group is asked ("the hospice nurses" in the story of the hospice; one person asked, "the
  Lochview resident", is the cast's to find, named or not).
- "Elif Demir's family": an unnamed source described as that person's kin ("the family of
  Elif Demir", "Elif Demir's family"): the owner's surname in the description.
  An unnamed source described by the noun alone ("In a statement, the family said") is
  that person's in a story that names them.
- "his wife's death" asked of a speaker introduced by a family relation ("Mrs Abernathy's
  husband, Marcus"): the person the relation is to, by the surname stories call her by
  again ("Abernathy's death"), when the relation asked is its converse
  (extract/data/descriptions.json "family").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from ask.back_references import named_again
from ask.data_files import ask_data
from ask.described_asked import after_head
from ask.lexicon import person_singular, search_stem, singular
from ask.one_of_group import one_of_them
from common.names import fold
from extract.descriptions import kin_nouns
from extract.relatives import converse_relations, relation_noun
from storage.db import Store
from storage.quote_lookup import articles_naming, unnamed_quotes_described
from storage.quotes import QuoteRow
from storage.roles import role_descriptions
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+")
_LEADING = {"the", "a", "an", "one", "some", "two", "three", "several", "another"}
_OWNER = re.compile(r"^(?P<owner>.+?)['\u2019]s\s+(?P<rest>.+)$")
_PLACE_WORDS = {"in", "at", "from"}
_HEAD_ENDS = {"of", "who", "which", "for", "at", "from", "in", "with", "on", "whose"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
_MIN_HEAD = 3
_RELATED = re.compile(r"\b(?:his|her|their)\s+(?:late\s+)?(?P<noun>[^\W_]+)", re.I)


@lru_cache(maxsize=1)
def _same_groups() -> dict[str, frozenset[str]]:
    """Each description word and the words of its group (singular forms)."""
    raw = ask_data("descriptions.json")
    found: dict[str, frozenset[str]] = {}
    for group in raw["same"]:
        words = frozenset(singular(fold(w)) for w in group)
        for word in words:
            found[word] = found.get(word, frozenset()) | words
    return found


def same_forms(word: str) -> frozenset[str]:
    """A description word's singular and the singulars of its group ("lorry" -> lorry,
    truck; "shop" -> shop, parlour, store; descriptions.json "same")."""
    return _forms(word)


def _forms(word: str) -> frozenset[str]:
    """A word's singular and the singulars of its group ("lorry" -> lorry, truck)."""
    one = person_singular(word)
    return _same_groups().get(one, frozenset()) | {one}


@lru_cache(maxsize=1)
def _partitives() -> frozenset[str]:
    """Words that make a description one of a group ("One of the ..."): role_words.json."""
    return frozenset(ask_data("role_words.json")["partitives"])


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _head_and_rest(words: list[str]) -> tuple[str, list[str]]:
    """A description's head word (the last before "of", "who", ...) and its other words; a
    partitive's is its group's ("One of the rescued crewmen": crewmen, [rescued])."""
    if len(words) > 2 and words[0] in _partitives() and words[1] == "of":
        words = [w for w in words[2:] if w not in _LEADING] or words
    for k, word in enumerate(words):
        if k and (word in _HEAD_ENDS or word in after_head()):  # "Residents near Elm"
            return words[k - 1], words[: k - 1] + words[k + 1 :]
        if k and words[k - 1] not in _LEADING and _participle(word):  # "A pensioner buying"
            return words[k - 1], words[: k - 1] + words[k + 1 :]
    return (words[-1], words[:-1]) if words else ("", [])


def _participle(word: str) -> bool:
    """Whether a word is a verb's present participle ("buying", "walking"): after a
    description's head, it opens what the person was doing ("A pensioner buying apples")."""
    return word.endswith("ing") and bool(getAllLemmas(word, "VERB")) and len(word) > 5


def described_sources(
    store: Store, phrase: str, since: str | None, until: str | None, limit: int
) -> list[QuoteRow]:
    """Quotes of the unnamed sources a description asked for names (the module's rules);
    empty when the phrase is no description of one."""
    text = phrase.strip()
    owner: list[str] = []
    found = _OWNER.match(text)
    if found:  # "Elif Demir's family": the family of Elif Demir
        owner, text = _words(found.group("owner")), found.group("rest")
    words = [w for w in _words(text) if w != "s"]
    while words and words[0] in _LEADING:
        words = words[1:]
    words, place = _place_asked(words)
    if not words or any(w in _PRONOUNS for w in words) or len(words) > 4:
        return []
    head = words[-1]
    if len(head) < _MIN_HEAD:
        return []
    heads = _forms(head)
    wanted = [_forms(w) for w in words[:-1]]
    rows: list[QuoteRow] = []
    for probe in sorted({search_stem(h) for h in heads}):
        rows += unnamed_quotes_described(store, probe, since=since, until=until, limit=limit)
    kept: dict[int, QuoteRow] = {}
    bare: dict[int, QuoteRow] = {}  # "the family", in a story that may be the owner's
    plain: dict[int, QuoteRow] = {}  # "One nurse, who ...", asked as "the hospice nurses"
    group = not owner and person_singular(head) != head  # a group asked, not one person
    for row in rows:
        parts = _parts(row.speaker_title or "")
        if any(_fits(part, heads, wanted, owner) for part in parts):
            kept[row.id] = row
        elif owner and any(_bare(part, heads) for part in parts):
            bare[row.id] = row
        elif group and wanted and _fits(parts[0], heads, [], owner) and _plain(parts[0]):
            plain[row.id] = row
    if bare:  # "In a statement, the family said" in a story naming Ashgrove: his family
        there = articles_naming(
            store, " ".join(owner), sorted({r.article_id for r in bare.values()})
        )
        kept |= {k: r for k, r in bare.items() if r.article_id in there}
    if plain:  # a description with no word before its noun: the story says which nurses
        there = articles_naming(
            store, " ".join(words[:-1]), sorted({r.article_id for r in plain.values()})
        )
        kept |= {k: r for k, r in plain.items() if r.article_id in there}
    kept |= named_again(rows, kept, heads)  # "One harbour pilot ..." then "the pilot said"
    kept |= {r.id: r for r in one_of_them(store, list(kept.values()))}  # "one of them said"
    if place:  # "the shopkeeper in Dunrath": described so, or in a story that names Dunrath
        named = {r.id for r in kept.values() if _has_words(_words(r.speaker_title or ""), place)}
        there = articles_naming(store, " ".join(place), sorted({r.article_id for r in rows}))
        kept = {k: r for k, r in kept.items() if k in named or r.article_id in there}
    return list(kept.values())[:limit]


def _parts(title: str) -> list[str]:
    """A description and each of its comma-separated parts ("One voter, a retired fisherman
    from Carse": a voter, and a fisherman): each part has a head of its own."""
    parts = [p for p in title.split(",") if p.strip()]
    return [title, *parts] if len(parts) > 1 else [title]


def _fits(
    title: str, heads: frozenset[str], wanted: list[frozenset[str]], owner: list[str]
) -> bool:
    """Whether a description's head is the noun asked, with the question's other words (and
    the owner's name, when asked by one) among its words."""
    have = [w for w in _words(title) if w != "s"]
    desc_head, rest = _head_and_rest(have)
    if person_singular(desc_head) not in heads:
        return False
    others = {singular(w) for w in rest}
    if any(not (forms & others) for forms in wanted):
        return False  # "the lorry driver" is not "a taxi driver"
    return not owner or owner[-1] in rest  # "Elif Demir's family": the Demir family


def _plain(title: str) -> bool:
    """Whether a description has no word of its own before its head ("One nurse, who has
    worked there for 15 years"; not "a taxi driver"): a word asked before the noun may then
    be the story's ("the hospice nurses" in the story of the hospice)."""
    have = [w for w in _words(title.split(",")[0]) if w != "s" and w not in _LEADING]
    return len(have) == 1


def _bare(title: str, heads: frozenset[str]) -> bool:
    """Whether a description is the noun asked alone ("the family"), owned by no one named."""
    have = [w for w in _words(title) if w != "s" and w not in _LEADING]
    return len(have) == 1 and singular(have[0]) in heads


def _place_asked(words: list[str]) -> tuple[list[str], list[str]]:
    """A description's words before "in", "at" or "from" and the place after it ("shopkeeper
    in Dunrath": shopkeeper, Dunrath); all the words and no place when it names none."""
    for k, word in enumerate(words):
        if k and word in _PLACE_WORDS:
            place = [w for w in words[k + 1 :] if w not in _LEADING]
            return (words[:k], place) if place else (words, [])
    return words, []


def _has_words(have: list[str], words: list[str]) -> bool:
    """Whether the words are in `have` one after another."""
    size = len(words)
    return any(have[k : k + size] == words for k in range(len(have) - size + 1))


def related_topic(topic: str | None, speakers: list[SpeakerRow]) -> str | None:
    """A topic with "his wife", "her son", "their mother" made the person the speaker is
    related to, when one speaker asked for was introduced by the converse relation ("Mrs
    Abernathy's husband, Marcus": "his wife's death" is Josephine Abernathy's death)."""
    if not topic or len(speakers) != 1:
        return topic
    person = speakers[0]
    converses = converse_relations(person.title)
    if not converses or not person.org:
        return topic

    def named(match: re.Match[str]) -> str:
        noun = fold(match.group("noun"))
        if noun in converses or singular(noun) in converses:
            return str(person.org).split()[-1]  # as stories call her again: "Mrs Abernathy"
        return match.group(0)

    return _RELATED.sub(named, topic)


def relatives_asked(store: Store, phrase: str) -> list[SpeakerRow]:
    """The named relatives a question asks for by the person they are related to: "Elif
    Demir's family", "the Demir family" (anyone introduced by a family relation to her:
    "Elif Demir's brother, Kerem"; or, with no one named as whose relative they are, by a
    relation and her surname: "His sister, Ayla Demir,"), "Elif Demir's brother" (that
    relation only)."""
    found = _OWNER.match(phrase.strip())
    text = found.group("rest") if found else phrase
    words = [w for w in _words(text) if w != "s" and w not in _LEADING]
    if not words:
        return []
    owner = _words(found.group("owner")) if found else words[:-1]
    head = words[-1]
    relation = relation_noun(head)
    if not owner or (relation is None and head not in kin_nouns()):
        return []
    surname = owner[-1]
    kept: list[SpeakerRow] = []
    for row, descriptions in role_descriptions(store.db, [surname]):
        if row.kind != "person" or row in kept:
            continue
        for title, org in descriptions:
            noun = relation_noun(title)
            if noun is None or (relation is not None and noun != relation):
                continue
            if surname in _words(org) and all(w in _words(org) for w in owner):
                kept.append(row)
                break
            if not org.strip() and _words(row.name)[-1:] == [surname]:  # "His daughter, X"
                kept.append(row)
                break
    return kept
