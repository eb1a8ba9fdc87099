"""A speaker asked for by what a clause tells of them, not by what they are: "the woman who
lost her wedding ring", "the bloke who runs the hardware shop", "the mum whose son goes to
the care farm", "the councillor in charge of leisure", "the firm that runs the hospital's
patient transport". Stories tell such things in the sentence that names the person
("Bernadette Mulvaney, 71, lost the ring while ..."; "Sunita Ramaswamy, whose son attends
the farm, said"; "Cllr Margaret Oyelaran, who holds the leisure portfolio, said").

Rule: the phrase is a head ("the woman") and a clause that opens with a relative word or a
phrase for what a post is in charge of (ask/data/descriptions.json "clause_openers"). The
clause's content words (no stop words: "clause_stop_words") are matched, in any inflection,
against the sentences of the stories that name each speaker quoted in them (a person by
surname, a body by name); an unnamed source by the sentence it is quoted in. A speaker fits
when those sentences say at least half the clause's words; the one that says the most is
the answer, with the head's word (or its family) beside the name deciding a tie. The head
rules some out: a body for a body's noun ("the firm"), a person otherwise, never a person
the stories call by the other gender's pronoun or honorific ("the woman" is no "he"). When
the best fit is an unnamed source, or two fit as well, or none: nothing (the unnamed source
is ask/unnamed_described.py's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ask.data_files import ask_data
from ask.described_beside import person_singular
from ask.described_people import role_words, same_family
from ask.inflections import folded, rough_stem
from ask.lead_people import SENTENCE_BREAK
from common.names import fold
from extract.people_words import GENERIC_ORG_NOUNS, ORG_NOUNS
from extract.person_nouns import described_people as gendered_nouns
from storage.db import Store
from storage.described_people import people_in_stories_with, unnamed_sentences
from storage.speaker_genders import pronoun_genders
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_LEADING = {"the", "a", "an", "one", "that", "this"}
_MIN_WORD = 3
_MOST_HEAD = 4  # words of a head before its clause ("the retired farm manager")
_NEAR = 15  # words either side of a name that tell of the person
_CLOSE = 5  # words either side of a name that say what the person is
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")  # their words, not of them
_ALONE = 2  # clause words that find a speaker the head's noun is not said of
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|explained)\b", re.I)


@dataclass(frozen=True)
class ClauseAsked:
    """A head and the content words of the clause after it."""

    head: list[str]
    words: list[str]


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], frozenset[str]]:
    raw = ask_data("descriptions.json")
    openers = tuple(sorted((fold(o) for o in raw["clause_openers"]), key=len, reverse=True))
    return openers, frozenset(fold(w) for w in raw["clause_stop_words"])


def _words(text: str) -> list[str]:
    return [re.sub(r"['\u2019]s$", "", w) for w in _WORD.findall(fold(text))]


def clause_asked(phrase: str) -> ClauseAsked | None:
    """The head and clause words of a description asked with a clause after its head ("the
    woman who lost her wedding ring": woman; lost, wedding, ring); None for any other."""
    openers, stop = _data()
    text = " ".join(_words(phrase))
    for opener in openers:
        head, found, clause = text.partition(f" {opener} ")
        if found:
            break
    else:
        return None
    head_words = [w for w in head.split() if w not in _LEADING]
    if not head_words or len(head_words) > _MOST_HEAD:
        return None
    words = [w for w in clause.split() if w not in stop and len(w) >= _MIN_WORD]
    words = list(dict.fromkeys(w for w in words if w not in head_words))
    return ClauseAsked(head_words, words) if words else None


@dataclass(frozen=True)
class Fit:
    """A speaker (None: an unnamed source) and what the stories tell beside their name: the
    clause's words said, and whether the head's noun is; and the clause's words their
    stories say."""

    speaker: SpeakerRow | None
    said: frozenset[str]
    headed: bool
    story: int  # how many of the clause's words the stories naming them say

    def rank(self) -> tuple[int, bool, int]:
        """Beside the name first, then the head's noun, then the stories."""
        return len(self.said), self.headed, self.story


def clause_fits(store: Store, asked: ClauseAsked) -> list[Fit]:
    """Each speaker quoted in the stories that say a word of the clause, with the words the
    sentences naming them in any of those stories say (module rule); unnamed sources one by
    one."""
    noun = asked.head[-1]
    body = noun in ORG_NOUNS or noun in GENERIC_ORG_NOUNS
    generic = noun in GENERIC_ORG_NOUNS  # "the firm" says only that it is a body
    stems = sorted({s for w in asked.words for s in folded(w)})
    stories = people_in_stories_with(store, stems, bodies=body)
    speakers = {p.id: p for _, _, _, people in stories for p in people if (p.kind == "org") == body}
    genders = pronoun_genders(store, list(speakers))
    keys: dict[str, list[tuple[list[str], int]]] = {}
    for person in speakers.values():  # a person by a full name's surname
        if body or (
            len(person.name.split()) > 1 and not _other_gender(noun, genders.get(person.id))
        ):
            key = _words(person.name if body else person.name.split()[-1])
            if key:
                keys.setdefault(key[0], []).append((key, person.id))
    near: dict[int, list[str]] = {i: [] for _, pairs in keys.items() for _, i in pairs}
    close: dict[int, list[str]] = {i: [] for i in near}  # where the head's noun is looked for
    told: dict[int, frozenset[str]] = {}  # the clause words said in the stories naming them
    unnamed: list[Fit] = []
    sources = unnamed_sentences(store, [s[0] for s in stories])
    for article_id, title, text, _people in stories:
        in_story = _said(asked.words, _words(f"{title} {text}"))
        for sentence in SENTENCE_BREAK.split(text):
            for person_id, words, closer in _beside(
                _WORD.findall(_QUOTED.sub(" ", sentence)), keys
            ):
                near[person_id] += words
                close[person_id] += closer
                told[person_id] = told.get(person_id, frozenset()) | in_story
        for sentence in sources.get(article_id, []):  # told before it is said
            before = _words(_SPEECH.split(sentence, maxsplit=1)[0])
            if _headed(noun, before, None, one=True):  # one source so described
                unnamed.append(Fit(None, _said(asked.words, before), True, len(in_story)))
    named = [
        Fit(
            speakers[i],
            _said(asked.words, words),
            generic or _headed(noun, close[i], speakers[i].title),
            len(told.get(i, frozenset())),
        )
        for i, words in near.items()
    ]
    return [*named, *unnamed]


def clause_speaker(store: Store, phrase: str) -> SpeakerRow | None:
    """The one named speaker the clause of the phrase tells of (module rule); None when the
    phrase has no clause, or no named speaker, or not one alone, fits it best."""
    asked = clause_asked(phrase)
    if asked is None:
        return None
    need = (len(asked.words) + 1) // 2
    fits = [
        f
        for f in clause_fits(store, asked)
        if len(f.said) >= need and (f.headed or len(f.said) >= _ALONE)
    ]
    if not fits:
        return None
    top = max(f.rank() for f in fits)
    leaders = [f for f in fits if f.rank() == top]
    return leaders[0].speaker if len(leaders) == 1 else None


def _beside(
    tokens: list[str], keys: dict[str, list[tuple[list[str], int]]]
) -> list[tuple[int, list[str], list[str]]]:
    """Each speaker a sentence (its `tokens`, without its quotations) names by their key
    (folded words, indexed by the first) on its own, not as part of a longer name
    ("Ashcombe Hardware"), with the folded words near it (before the name, and after it up
    to a verb of speech: what they said is not what the story tells of them), and those
    close to it, as an apposition is."""
    folded_tokens = [re.sub(r"['\u2019]s$", "", fold(t)) for t in tokens]
    found: list[tuple[int, list[str], list[str]]] = []
    for k, word in enumerate(folded_tokens):
        for key, speaker_id in keys.get(word, []):
            after = k + len(key)
            if folded_tokens[k:after] != key:
                continue
            if after < len(tokens) and tokens[after][:1].isupper():
                continue  # part of another name
            ends = [i for i in range(after, len(tokens)) if _SPEECH.fullmatch(tokens[i])]
            end = min([*ends, len(tokens)])  # not what they said
            found.append(
                (
                    speaker_id,
                    folded_tokens[max(0, k - _NEAR) : k]
                    + folded_tokens[after : min(end, after + _NEAR)],
                    folded_tokens[max(0, k - _CLOSE) : k]
                    + folded_tokens[after : min(end, after + _CLOSE)],
                )
            )
    return found


def _said(words: list[str], told: list[str]) -> frozenset[str]:
    """The clause words among the words told (folded), in any inflection."""
    have = {rough_stem(w) for w in told}
    return frozenset(w for w in words if folded(w) & have)


def _headed(noun: str, near: list[str], title: str | None, *, one: bool = False) -> bool:
    """Whether the head's noun, or a word of its family, is said beside the name or in the
    speaker's title (with `one`, in the singular: "Walkers in Kelsthorpe" are a group)."""
    told = near + _words(title or "")
    family = role_words().families.get(noun, frozenset())
    return any(
        (w in family or same_family(noun, w)) and not (one and person_singular(w) != w)
        for w in told
    )


def _other_gender(noun: str, gender: str | None) -> bool:
    """Whether the head's noun is the other gender's than the stories' pronouns say."""
    nouns = gendered_nouns()
    return bool(gender) and (
        (noun in nouns["m"] and gender == "f") or (noun in nouns["f"] and gender == "m")
    )
