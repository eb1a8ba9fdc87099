"""Named people a question asks for by what a story says they do ("what have hauliers
said": "Wanjiru Kamau, whose haulage firm has 40 lorries"; "the cafe owner": "Efua Quaye,
who owns the Bean There cafe").

A story describes a named person
- in an apposition or relative clause after the name ("X, a farmer from Carse, said";
  "X, whose haulage firm ...": the first comma-separated part, and further parts that open
  with a relative word or article, ask/data/role_words.json "openers"),
- in the words just before the name ("local farmer X said"), or a description the name
  stands in apposition to ("One nurse, X, said"; "Another of the volunteers, X,": one of
  the group, role_words.json "partitives"),
- by a group the sentence before introduces, when the next sentence opens with the name
  ("Hauliers, who had warned ..., greeted the news. X, the managing director ..., said"),
- or as the story's subject: its headline or lead describes the first person it names
  ("Postwoman needs 20 stitches ... Lindiwe Mokoena, 38, has delivered ...";
  ask/lead_people.py).
A noun that bodies are as often as people ("the sponsor", "the contractor") finds the
bodies the stories so describe too ("Its main sponsor, Kettlewell Brewery, said").

The noun asked matches a word of its family: the same word or plural, a word of its family
in ask/data/role_words.json, or its stem with an ending of the family (haulier ~ haulage,
farmer ~ farming, shopkeeper ~ shop), never the other gender's form ("the landlord" is not
the landlady). The question's other words must be there too ("the cafe owner" is no shop
owner; "the resident of Carse" no resident of another place, unless Carse heads the story
of a person placed nowhere else; an age asked, "the 94-year-old", as the story gives it:
"X, 94,"), but whose or which the person is may be the story's ("the pupils' parents":
"One mother, X, said" in a story about the pupils; ask/described_asked.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from ask.compound_agents import compound_fits, splits
from ask.data_files import ask_data
from ask.described import same_forms
from ask.described_asked import LEADING, AskedDescription, asked_description, tokens
from ask.described_beside import is_head_beside, named_before_another, person_singular
from ask.lead_people import SENTENCE_BREAK, first_named, lead_words
from ask.lexicon import singular
from ask.owner_bodies import owner_check
from common.names import fold
from extract.people_words import PERSON_NOUNS, ROLE_WORDS
from extract.person_cues import bodies_too
from extract.person_nouns import described_people as gendered_nouns
from storage.db import Store
from storage.described_people import people_in_stories_with
from storage.speakers import SpeakerRow

_MIN_STEM = 3
_MIN_PREFIX = 5  # a word asked that a story's word begins with: "gymnast"
_MAX_WORDS = 25  # a part longer than this is no description
_BEFORE = 4  # words before a name read as its description ("local farmer X")
_SUBJECT = 6  # words at a sentence's start read as a group it introduces
# What may follow a name that closes an apposition ("the landlady, X." / "One nurse, X, said").
_CLOSES = re.compile(r"\s*(?:[,.;:!?\"\u201d]|$|(?:of|from|at)\s)")
_QUALIFIERS = {"at", "of", "for", "from", "with", "in", "on", "since", "who", "whose", "which"}


@dataclass(frozen=True)
class RoleWords:
    """The data of ask/data/role_words.json."""

    agent_endings: tuple[str, ...]
    stem_endings: tuple[str, ...]
    families: dict[str, frozenset[str]]
    openers: frozenset[str]
    people: frozenset[str]
    generic_people: frozenset[str]
    person_endings: tuple[str, ...]
    partitives: frozenset[str]
    rank_prefixes: frozenset[str]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """ask/data/role_words.json, loaded once."""
    raw = ask_data("role_words.json")
    families: dict[str, frozenset[str]] = {}
    for group in raw["families"]:
        words = frozenset(fold(w) for w in group)
        for word in words:
            families[word] = families.get(word, frozenset()) | words
    endings = sorted(raw["agent_endings"], key=len, reverse=True)
    return RoleWords(
        tuple(endings),
        tuple(raw["stem_endings"]),
        families,
        frozenset(raw["openers"]),
        frozenset(raw["people"]) | PERSON_NOUNS | ROLE_WORDS,
        frozenset(fold(w) for w in raw["generic_people"]),
        tuple(raw["person_endings"]),
        frozenset(raw["partitives"]),
        frozenset(raw["rank_prefixes"]),
    )


def stem_of(noun: str) -> str | None:
    """The word a noun for a person who does something comes from (haulier -> haul,
    shopkeeper -> shop), or None when no agent ending leaves three letters."""
    for ending in role_words().agent_endings:
        if noun.endswith(ending) and len(noun) - len(ending) >= _MIN_STEM:
            return noun[: -len(ending)]
    return None


def same_family(asked: str, word: str) -> bool:
    """Whether a story's word is of the family of a noun asked (both folded): the same word
    or its plural, a word of its family in the data, or its stem with a family ending (a
    stem of three letters never alone); never the other gender's form of it."""
    noun, seen = person_singular(asked), fold(word)
    if seen in (asked, noun) or person_singular(seen) == noun:
        return True
    data = role_words()
    if other_gender(noun, person_singular(seen)):  # "the landlord" is not the landlady
        return False
    if seen in data.families.get(noun, frozenset()) | data.families.get(asked, frozenset()):
        return True
    stem = stem_of(noun)
    if stem is None or (seen == stem and len(stem) <= _MIN_STEM):  # "may" is no mayor
        return False
    return any(seen == stem + end for end in data.stem_endings)


def other_gender(noun: str, word: str) -> bool:
    """Whether two person nouns are the two genders' forms ("landlord", "landlady")."""
    nouns = gendered_nouns()
    return (noun in nouns["m"] and word in nouns["f"]) or (
        noun in nouns["f"] and word in nouns["m"]
    )


def asked_words(phrase: str) -> list[str]:
    """The words of a description asked for ("the cafe owner" -> cafe, owner; "the
    resident of Carse" -> carse, resident), the noun last; empty when the phrase is no
    short description (ask/described_asked.py)."""
    asked = _asked(phrase)
    return asked.words if asked is not None else []


def story_words(phrase: str) -> set[str]:
    """The words asked that the story may say rather than the person's description: whose
    or which the person is ("the pupils' parents": a mother in a story about the pupils; but
    "the resident of Carse" is no resident of another place in a story from Carse)."""
    asked = _asked(phrase)
    return set(asked.story) if asked is not None else set()


def plural_asked(phrase: str) -> bool:
    """Whether a description asks for a group ("the regulars", "the allotment holders")."""
    words = asked_words(phrase)
    return bool(words) and person_singular(words[-1]) != words[-1]


def _asked(phrase: str) -> AskedDescription | None:
    data = role_words()
    return asked_description(phrase, frozenset(data.families) | data.people | data.generic_people)


def _describes(words: list[str], asked: list[str], story: AbstractSet[str] = frozenset()) -> bool:
    """Whether described words hold the noun asked (by family) and the other words asked
    (those in `story`: said by the story, if not by the description); a hyphenated word's
    parts count too ("Plot-holder X" is a holder)."""
    *others, noun = asked
    ranks = role_words().rank_prefixes  # "ex-chairman" is no chairman
    words = words + [
        p for w in words if "-" in w and not ranks & set(w.split("-")) for p in w.split("-")
    ]  # "plot-holder" is a holder
    if not any(same_family(noun, w) for w in words) and not _compound(noun, words):
        return False
    owners = [w.removesuffix("'s") for w in words]  # "the lifeboat's helm": a lifeboat helm
    have = {singular(w) for w in words + owners} | set(words) | set(story)
    return all(singular(o) in have or o in have or same_forms(o) & have for o in others)


def _a_group(words: list[str], noun: str) -> bool:
    """Whether a story opens on a group of what is asked, not on one of them ("Traders told
    to leave market hall": the first person named may be anyone in their story; `_in_group`
    tells whether they are one)."""
    said = [w for w in words if same_family(noun, w)]
    return bool(said) and all(singular(w) != w for w in said)


def _in_group(
    person: SpeakerRow, sentences: list[str], asked: list[str], noun: str, story: set[str]
) -> bool:
    """Whether the first person a group-led story names is one of the group: described so
    ("Plot-holder X", the lead's words counting: `story`), holding no post of their own
    ("X, 34, said"), or holding one in a body named for what the group does ("principal
    inspector" of an Investigation Branch, for "the investigators")."""
    if not person.title or _described_in(sentences, person.name, asked, story):
        return True
    stem = stem_of(noun) or noun
    return len(stem) >= _MIN_PREFIX and any(
        w.startswith(stem) for w in tokens(fold(person.org or ""))
    )


def _compound(noun: str, words: list[str]) -> bool:
    """Whether the words say a compound noun asked with its verb ("who has made the wine":
    the winemaker; ask/compound_agents.py)."""
    stem = stem_of(person_singular(noun))
    return stem is not None and compound_fits(stem, words, role_words().stem_endings)


def _after(sentence: str, end: int) -> list[str]:
    """The words of the apposition or relative clause after a name ending at `end`."""
    rest = sentence[end:]
    if not rest.startswith(","):
        return []
    parts = rest[1:].split(",")
    words = tokens(parts[0])
    for part in parts[1:]:
        more = tokens(part)
        if not more or more[0] not in role_words().openers:
            break
        words += more
    return words if len(words) <= _MAX_WORDS else words[:_MAX_WORDS]


def _before(sentence: str, start: int, end: int) -> list[str]:
    """The words just before a name, back to a punctuation mark ("local farmer X"), or
    the description the name stands in apposition to ("One nurse, X, said": the part
    before the comma)."""
    parts = re.split(r"[,;:.!?\"\u201c\u201d()]", sentence[:start])
    words = tokens(parts[-1])
    if not words and len(parts) > 1 and _CLOSES.match(sentence[end:]):
        # "One nurse, X, said"; "said the landlady, X."; "Her coach at Elm Club, X, said":
        # the apposition's head phrase, before any qualifier ("at Elm Club")
        words = tokens(parts[-2])
        cut = next((k for k, w in enumerate(words) if k and w in _QUALIFIERS), len(words))
        partitive = words[:1] != [] and words[0] in role_words().partitives
        partitive = partitive and words[cut:][:1] == ["of"]
        words = words[cut + 1 :] if partitive else words[:cut]  # "Another of the volunteers"
    return words[-_BEFORE:]


def _subject(sentence: str) -> list[str]:
    """The first words of a sentence, up to its first comma: the group it may introduce."""
    return tokens(sentence.split(",")[0])[:_SUBJECT]


def described_people(store: Store, phrase: str, but: Sequence[SpeakerRow] = ()) -> list[SpeakerRow]:
    """The named people a story describes as the phrase says (the module's rules); empty
    when it is no description or no story describes anyone so. A noun no list knows as a
    person's ("the churchwarden") matches only as the head of a description beside a name
    (ask/described_beside.py); "another <noun>, X" makes the person named before one too.
    Those in `but` (found already) are left out."""
    description = _asked(phrase)
    if description is None:
        return []
    asked = description.words
    noun = person_singular(asked[-1])
    stem = stem_of(noun)
    data = role_words()
    people_nouns = data.people | data.generic_people
    listed = bool(stem is not None or family_words(noun) or noun in people_nouns)
    a_person = listed or noun.endswith(data.person_endings)  # "postwoman": by its ending
    things = [thing for thing, _verb in splits(stem)] if stem else []  # "wine" of "winemaker"
    probes = sorted({noun, asked[-1], *([stem] if stem else []), *things} | family_words(noun))
    elsewhere, place = set(description.story), description.place
    generic = generic_owner_words(phrase)
    found: dict[int, SpeakerRow] = {}
    known = {r.id for r in but}  # those found already
    bodies = noun in bodies_too()  # "the sponsor": a body as often as a person
    owners = owner_check(store, phrase)  # "the trust's chief executive": not a charity's
    for _article, title, body, people in people_in_stories_with(store, probes, bodies=bodies):
        sentences = [s for s in SENTENCE_BREAK.split(body) if s.strip()]
        words = {singular(w) for w in tokens(f"{title}\n{body}")} if elsewhere else set()
        told = {w for w in elsewhere if _told(w, words)} | generic
        others = set(asked[:-1]) - told
        before = named_before_another(body, [p.name for p in people], noun) if not others else set()
        headed = {w for w in place if w in {singular(t) for t in tokens(title)}}
        for person in people:
            if person.id in found or not owners(person.org):
                continue
            mine = told | headed if headed and not _placed(sentences, person.name, place) else told
            if person.name in before or (
                _described_in(sentences, person.name, asked, mine)
                if listed
                else _headed_in(sentences, person.name, noun)
                and (not others or _described_in(sentences, person.name, asked, mine))
            ):  # an unlisted noun's other words in its description ("the defending champion")
                found[person.id] = person
        opening = lead_words(title, body)
        if a_person and _describes(opening, asked, told):  # the subject, named first
            lead = first_named(body, [p.name for p in people])
            first = next((p for p in people if p.name == lead), None)
            if (
                first
                and _a_group(opening, noun)
                and not _in_group(first, sentences, asked, noun, told | set(opening))
            ):
                first = None  # "Traders told to leave": the first named may be their landlord
            found.update({first.id: first} if first else {})
    return [p for p in found.values() if p.id not in known]


def _placed(sentences: list[str], name: str, place: AbstractSet[str]) -> bool:
    """Whether the story places the named person somewhere other than asked ("Carl Ebbs,
    91, a resident of Arlow": of another place than Dunmere)."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])")
    for sentence in sentences:
        for hit in pattern.finditer(sentence):
            near = _after(sentence, hit.end()) + _before(sentence, hit.start(), hit.end())
            near = [w for w in near if w not in LEADING]
            for k, word in enumerate(near[:-1]):
                if word in _QUALIFIERS and near[k + 1] not in place:
                    return True
    return False


def _told(word: str, story: set[str]) -> bool:
    """Whether a story (its headline and text) says a word asked, a word of its family or
    one it begins ("the swimmer's mum" in the story of the swimming club, "the gymnast's
    dad" in the story of the gymnastics club)."""
    return singular(word) in story or any(
        same_family(word, w) or (len(word) >= _MIN_PREFIX and w.startswith(word)) for w in story
    )


def _headed_in(sentences: list[str], name: str, noun: str) -> bool:
    """Whether a story sets the noun as the head of a description beside the name."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])")
    return any(
        is_head_beside(noun, sentence, hit.start(), hit.end())
        for sentence in sentences
        for hit in pattern.finditer(sentence)
    )


def generic_owner_words(phrase: str) -> set[str]:
    """The words of whose a relative asked is, when they say only that the owner is a
    person ("the girl's father", "the dead man's daughter": girl; dead, man): such an owner
    is the story's, by any words (ask/data/role_words.json "generic_people")."""
    raw = phrase.replace("\u2019", "'").split()
    for k, word in enumerate(raw):
        if word.endswith(("'s", "s'")):
            owner = [fold(w.rstrip("'").removesuffix("'s")) for w in raw[: k + 1]]
            owner = [w for w in owner if w not in LEADING]
            if owner and owner[-1] in role_words().generic_people:
                return set(owner)
            return set()
    return set()


def family_words(noun: str) -> frozenset[str]:
    """The words of a noun's family in the data (none when it has no family there)."""
    return role_words().families.get(noun, frozenset())


def _group(words: list[str]) -> list[str]:
    """The plural nouns of a sentence's subject: a group ("Hauliers ...") that the next
    sentence's named person may belong to; a singular title ("The vice-chancellor added
    ...") is another person, never the one named next."""
    return [w for w in words if singular(w) != w]


def _opens(before: str) -> bool:
    """Whether a sentence opens with the name: nothing before it but an honorific ("Prof")."""
    words = before.split()
    return len(words) <= 2 and all(w[:1].isupper() for w in words)


def _described_in(sentences: list[str], name: str, asked: list[str], story: set[str]) -> bool:
    """Whether a story's sentences describe the named person as asked (the words `story`
    may be the story's rather than the description's)."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])")
    for k, sentence in enumerate(sentences):
        for hit in pattern.finditer(sentence):
            near = _after(sentence, hit.end()) + _before(sentence, hit.start(), hit.end())
            if _describes(near, asked, story):
                return True
            opens = _opens(sentence[: hit.start()])
            if opens and k and _describes(_group(_subject(sentences[k - 1])), asked, story):
                return True
    return False
