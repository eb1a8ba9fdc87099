"""The stance lexicon (ask/data/stance.json) and a quote's own words of stance.

The verbs and phrases of each side ("criticised", "hit out at": negative; "welcomed",
"defended": positive) as questions and stance frames (ask/stance.py) match them, the nouns of
a side already taken, and a quote's own evaluative words ("polarity") and words of doubt
("epistemic") that give its stance when no frame does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lemminflect import getAllInflections

from ask.data_files import ask_data

NEGATIVE = "negative"
POSITIVE = "positive"
DOUBT = "doubt"
NEGATION_REACH = 3
ADMISSION_REACH = 4
_CLAUSE_END = re.compile(r"[,;:.!?\u2013\u2014]")
_BUT = re.compile(r"\bbut\b", re.I)  # a contrast: the words after it carry the side
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@dataclass(frozen=True)
class StanceLexicon:
    """ask/data/stance.json, ready to match: inflected verb forms and phrases by stance."""

    forms: dict[str, str]
    phrases: dict[str, str]
    referring: frozenset[str]
    polarity: dict[str, str]
    negators: frozenset[str]
    bases: dict[str, str]
    nouns: dict[str, str]  # "criticism": negative (a side already taken)
    epistemic: dict[str, str]  # "not convinced": doubt
    attributes: frozenset[str] = frozenset()  # "the amounts": a part of the story's subject
    first_person: frozenset[str] = frozenset()  # "we got it wrong": an admission, no side
    other_subjects: frozenset[str] = frozenset()  # "we think it is wrong": about something else
    copulas: frozenset[str] = frozenset()
    acceptance: frozenset[str] = frozenset()  # "accept", "supported": against it when negated
    refusals: frozenset[str] = frozenset()  # "refuse (to accept)"
    disputed: frozenset[str] = frozenset()  # "claims": refusing one rebuts, takes no side
    phrase_polarity: tuple[tuple[tuple[str, ...], str], ...] = ()  # "makes no sense"
    owner_rivals: frozenset[str] = frozenset()  # "opposition": a rival on the owner's body
    asked: dict[str, str] = field(default_factory=dict)  # "against", "critics of": questions'
    purposes: frozenset[str] = frozenset()  # "vowed (to fight)": an infinitive frame stands
    feelings: frozenset[str] = frozenset()  # "I am devastated": a side, never an admission


@lru_cache(maxsize=1)
def load_stance() -> StanceLexicon:
    """The packaged stance lexicon."""
    raw = ask_data("stance.json")
    forms: dict[str, str] = {}
    bases: dict[str, str] = {}
    for stance, lemmas in raw["families"].items():
        for lemma in lemmas:
            bases[lemma] = stance
            for tag, inflected in getAllInflections(lemma, upos="VERB").items():
                if tag not in ("VB", "VBP"):  # "back", "support": too often other words
                    forms.update({form.lower(): stance for form in inflected})
    phrases = {p.lower(): s for s, listed in raw["phrases"].items() for p in listed}
    polarity = {w.lower(): s for s, listed in raw["polarity"].items() for w in listed}
    accepting = raw["acceptance"]
    acceptance = {
        form.lower()
        for lemma in accepting["verbs"]
        for inflected in getAllInflections(lemma, upos="VERB").values()
        for form in inflected
    }
    phrased = tuple(
        (tuple(_WORD.findall(p.lower())), s)
        for s, listed in raw["polarity_phrases"].items()
        for p in listed
    )
    return StanceLexicon(
        forms,
        phrases,
        frozenset(w.lower() for w in raw["referring_nouns"]),
        polarity,
        frozenset(raw["negators"]),
        bases,
        {w.lower(): s for s, listed in raw["stance_nouns"].items() for w in listed},
        {p.lower(): s for s, listed in raw["epistemic"].items() for p in listed},
        frozenset(w.lower() for w in raw["attribute_nouns"]),
        frozenset(raw["admission"]["first_person"]),
        frozenset(raw["admission"]["other_subjects"]),
        frozenset(raw["admission"]["copulas"]),
        frozenset(acceptance),
        frozenset(accepting["refusals"]),
        frozenset(accepting["disputed"]),
        phrased,
        frozenset(w.lower() for w in raw["owner_rivals"]),
        {p.lower(): s for s, listed in raw["question_phrases"].items() for p in listed},
        purposes=frozenset(
            form.lower()
            for lemma in raw["purposes"]
            for inflected in getAllInflections(lemma, upos="VERB").values()
            for form in inflected
        ),
        feelings=frozenset(raw["admission"]["feelings"]),
    )


def question_pattern(*, bare: bool = False) -> str:
    """A regex alternation of the stance verbs a question may use ("criticised", "hit out
    at"); `bare` adds the base forms ("has anyone criticise..." -> "did anyone criticise")."""
    lexicon = load_stance()
    words = [*lexicon.phrases, *lexicon.asked, *lexicon.forms, *(lexicon.bases if bare else ())]
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def question_stance(verb: str | None) -> str | None:
    """The stance a question's verb asks for ("criticized": negative), None for others."""
    if not verb:
        return None
    lexicon = load_stance()
    verb = verb.lower()
    return (
        lexicon.phrases.get(verb)
        or lexicon.asked.get(verb)
        or lexicon.forms.get(verb)
        or lexicon.bases.get(verb)
    )


def side_nouns(*, people: bool = True) -> str:
    """A regex alternation of the question phrases that name a side's people ("critics of",
    "supporters of": "critics of the quarry plan?" asks who criticised it), or with
    `people` False the others ("against", "in favour of": "who is against the mast?")."""
    nouns = [
        p
        for p in load_stance().asked
        if (p.split()[0].endswith("s") and p.endswith((" of", " to"))) == people
    ]
    return "(?:" + "|".join(re.escape(p) for p in sorted(nouns, key=len, reverse=True)) + ")"


def polarity(text: str, lexicon: StanceLexicon | None = None) -> str | None:
    """A quote's own evaluative words, negators flipping them: its stance, None when none
    (or they cancel out); after a contrast ("..., but ...") the words after the last "but"
    decide when they take a side."""
    lexicon = lexicon or load_stance()
    last = _BUT.split(text)[-1]  # "a step in the right direction but nowhere near enough":
    score = _text_score(last, lexicon) if last != text else 0  # what comes after "but" counts
    score = score or _text_score(text, lexicon)
    return POSITIVE if score > 0 else NEGATIVE if score < 0 else None


def _text_score(text: str, lexicon: StanceLexicon) -> int:
    score = 0
    for clause in _CLAUSE_END.split(text):
        score += _score([w.lower().replace("\u2019", "'") for w in _WORD.findall(clause)], lexicon)
    return score


def _score(words: list[str], lexicon: StanceLexicon) -> int:
    """A clause's evaluative words and phrases, each +1 or -1, flipped by a negator before
    it; a negative one the speaker says of their own side ("we got it wrong") admits, it
    counts 0; a negated verb of acceptance ("I do not accept that ...") counts -1."""
    score = 0
    for i, word in enumerate(words):
        stance = lexicon.polarity.get(word)
        if stance is None or (
            stance == NEGATIVE and word not in lexicon.feelings and admitted(words, i, lexicon)
        ):
            if word in lexicon.acceptance and refused(words, i, lexicon):
                score -= 1
            continue
        score += _signed(words, i, stance, lexicon)
    for phrase, stance in lexicon.phrase_polarity:
        for i in range(len(words) - len(phrase) + 1):
            if tuple(words[i : i + len(phrase)]) == phrase:
                score += _signed(words, i, stance, lexicon)
    return score


def _signed(words: list[str], i: int, stance: str, lexicon: StanceLexicon) -> int:
    """+1 for a positive word at words[i], -1 for a negative one; flipped by a negator up to
    NEGATION_REACH words before it."""
    sign = 1 if stance == POSITIVE else -1
    return -sign if _negated(words, i, lexicon) else sign


def _negated(words: list[str], i: int, lexicon: StanceLexicon) -> bool:
    near = words[max(0, i - NEGATION_REACH) : i]
    return any(w in lexicon.negators or w.endswith("n't") for w in near)


def refused(words: list[str], i: int, lexicon: StanceLexicon) -> bool:
    """Whether the verb of acceptance words[i] is negated or refused ("do not accept", "we
    refuse to support") of something else than a charge against the speaker's side: not
    a first-person subject right after it ("I don't accept that we ignored them") nor a
    disputed or stance noun ("we do not accept these claims": a rebuttal, no side)."""
    before = words[max(0, i - NEGATION_REACH) : i]
    if not _negated(words, i, lexicon) and not any(w in lexicon.refusals for w in before):
        return False
    after = words[i + 1 : i + 1 + ADMISSION_REACH]
    if after[:1] == ["that"]:
        after = after[1:]
    if after[:1] and after[0] in lexicon.first_person:
        return False
    return not any(w in lexicon.disputed or w in lexicon.nouns for w in after)


def admitted(words: list[str], i: int, lexicon: StanceLexicon) -> bool:
    """Whether the evaluative word words[i] is the speaker's of their own side: a first-person
    word up to ADMISSION_REACH words before it in its clause, with no other subject and no
    copula but one right after the first person between them ("we were wrong", "I made a
    mistake"; not "we think it is wrong", "we said the plan was wrong")."""
    for j in range(i - 1, max(-1, i - 1 - ADMISSION_REACH), -1):
        if words[j] in lexicon.first_person:
            between = words[j + 1 : i]
            if any(w in lexicon.other_subjects for w in between):
                return False
            return not any(w in lexicon.copulas for w in between[1:])
    return False


def doubted(text: str, lexicon: StanceLexicon | None = None) -> bool:
    """Whether a quote's own words doubt ("I am not convinced", "I would want to see it
    again before I believe it")."""
    lexicon = lexicon or load_stance()
    lower = " ".join(w.lower().replace("\u2019", "'") for w in _WORD.findall(text))
    return any(re.search(rf"\b{re.escape(p)}\b", lower) for p in lexicon.epistemic)
