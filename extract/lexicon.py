"""The cue lexicon (data/cues.json) as lookups: which lemmas report speech, and how."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from lemminflect import getLemma
from spacy.tokens import Token


@dataclass(frozen=True)
class CueLexicon:
    """Verb lemmas by family, the frames each family takes, and non-speech lead-ins."""

    family_of: dict[str, str]
    frames: dict[str, frozenset[str]]
    not_speech_before_quote: tuple[str, ...]
    nouns: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    object_nouns: frozenset[str] = frozenset()
    noun_prepositions: frozenset[str] = frozenset()
    occasion_prepositions: frozenset[str] = frozenset()  # "during a rally": when, where
    phrases: frozenset[str] = frozenset()  # multi-word cues: "according to"
    stances: frozenset[str] = frozenset()  # stance adjectives: "critical of", "confident that"
    stance_prepositions: frozenset[str] = frozenset()
    stance_light_verbs: frozenset[str] = frozenset()  # "made clear that ..."
    impersonal: frozenset[str] = frozenset()  # raising verbs: "the plan seemed to falter"
    asking: frozenset[str] = frozenset()  # families whose embedded questions are reports
    phrasal: dict[str, str] = field(default_factory=dict)  # "go on" -> "continue"
    short_objects: frozenset[str] = frozenset()  # families whose object of any length reports
    quoted_only: frozenset[str] = frozenset()  # cues that report only beside quotation marks
    tail_marks: frozenset[str] = frozenset()  # ", while ...": a reporter's clause after a comma
    headline_links: frozenset[str] = frozenset()  # "Gillibrand on X: ...": credits Gillibrand
    objects_not_by_people: frozenset[str] = frozenset()  # "showed no emotion": an act

    def is_cue(self, lemma: str) -> bool:
        """True when a verb lemma can report speech."""
        return lemma in self.family_of

    def frames_of(self, lemma: str) -> frozenset[str]:
        """The frames a cue lemma takes (empty when it is not a cue)."""
        family = self.family_of.get(lemma)
        return self.frames[family] if family is not None else frozenset()

    def prepositions_of(self, lemma: str) -> frozenset[str]:
        """The prepositions whose object is what a cue reports ("talked about Y", "called
        for Y"); empty when the cue takes no such frame."""
        family = self.family_of.get(lemma)
        return self.prepositions.get(family, frozenset()) if family is not None else frozenset()

    def takes(self, lemma: str, frame: str) -> bool:
        """True when a cue lemma takes the frame: 'clause', 'quote' or 'object'."""
        family = self.family_of.get(lemma)
        return family is not None and frame in self.frames[family]


@lru_cache(maxsize=8192)
def _verb_lemma(word: str) -> str | None:
    lemmas = getLemma(word, upos="VERB")
    return lemmas[0] if lemmas else None


def mend_cue_lemmas(tokens: list[Token], lexicon: CueLexicon) -> None:
    """Give a verb (of the Doc's tokens) the parser lemmatised wrongly its dictionary lemma
    when that is a cue: the model's lemmatiser turns "hoped" into "hop", which would hide
    the cue."""
    for token in tokens:
        if token.pos_ == "VERB" and lexicon.phrasal:  # "He went on:" reports like "continued"
            particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
            stands_for = lexicon.phrasal.get(f"{token.lemma_.lower()} {particle}")
            if particle and stands_for:
                token.lemma_ = stands_for
                continue
        if token.pos_ != "VERB" or token.tag_ == "VB" or lexicon.is_cue(token.lemma_.lower()):
            continue
        lemma = _verb_lemma(token.lower_)
        if lemma is not None and lemma != token.lemma_ and lexicon.is_cue(lemma):
            token.lemma_ = lemma


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """The packaged cue lexicon."""
    raw = json.loads(resources.files("extract").joinpath("data/cues.json").read_text("utf-8"))
    family_of: dict[str, str] = {}
    frames: dict[str, frozenset[str]] = {}
    prepositions: dict[str, frozenset[str]] = {}
    for family, entry in raw["families"].items():
        frames[family] = frozenset(entry["frames"])
        if entry.get("prepositions"):
            frames[family] |= {"prep"}
            prepositions[family] = frozenset(entry["prepositions"])
        for verb in entry["verbs"]:
            family_of.setdefault(verb, family)
    stances = raw.get("stance_adjectives", {})
    lead_ins = tuple(sorted(raw["not_speech_before_quote"], key=len, reverse=True))
    return CueLexicon(
        family_of,
        frames,
        lead_ins,
        frozenset(raw.get("nouns", ())),
        frozenset(raw.get("setting_prepositions", ())),
        prepositions,
        frozenset(raw.get("object_nouns", {}).get("nouns", ())),
        frozenset(raw.get("object_nouns", {}).get("prepositions", ())),
        frozenset(raw.get("occasion_prepositions", ())),
        frozenset(raw.get("phrases", ())),
        frozenset(stances.get("adjectives", ())),
        frozenset(stances.get("prepositions", ())),
        frozenset(stances.get("light_verbs", ())),
        frozenset(raw.get("impersonal_verbs", {}).get("verbs", ())),
        frozenset(raw.get("embedded_question_families", {}).get("families", ())),
        {k: v for k, v in raw.get("phrasal_cues", {}).items() if k != "about"},
        frozenset(f for f, entry in raw["families"].items() if entry.get("short_object")),
        frozenset(raw.get("quoted_only_cues", {}).get("lemmas", ())),
        frozenset(raw.get("tail_marks", {}).get("marks", ())),
        frozenset(raw.get("headline_links", {}).get("links", ())),
        frozenset(f for f, entry in raw["families"].items() if entry.get("object_not_by_people")),
    )
