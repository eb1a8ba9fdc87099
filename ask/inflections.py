"""A topic word's forms that stemming does not reach, and a phrase's words in any order.

The index stems words (Porter: "cuts" ~ "cut", "banned" ~ "ban"), so only irregular forms
need spelling out: "lose" -> "lost", "sell" -> "sold", "pay" -> "paid" (lemminflect, the
lemma tables spaCy's pipeline is built with). A phrase of two or more content words is
matched as those words near one another, in any order and inflection: "job cuts" finds "cut
140 jobs" and "jobs will be cut"; "lose their jobs" finds "lost their jobs". A word alone
keeps to its stem: its irregular forms are too often other words ("leave" -> "left",
"strike" -> "struck a deal"); beside another word of its phrase they are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from lemminflect import getAllInflections, getAllLemmas

# At most this many words between the words of a phrase matched as NEAR.
NEAR_DISTANCE = 3
# A phrase's words in at most this many combinations of their forms (the query stays small).
MAX_COMBINATIONS = 8
_REGULAR = re.compile(r"(?:ing|ed|es|s|e|ies|y)$")


def rough_stem(word: str) -> str:
    """A word without a regular ending and a doubled last consonant ("banned" -> "ban",
    "losing" -> "los", "lose" -> "los"): forms that share it are the same to the index."""
    word = word.lower()
    stem = _REGULAR.sub("", word)
    if len(stem) < 3:
        stem = word[:3]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=4096)
def irregular_forms(word: str) -> tuple[str, ...]:
    """The word and its inflections that do not share its stem ("lose": "lose", "lost";
    "job": "job"), from the lemmas the word may be a form of."""
    word = word.lower()
    if not word.isalpha():
        return (word,)
    forms = {rough_stem(word): word}
    for lemmas in getAllLemmas(word).values():
        for lemma in lemmas:
            for inflected in (lemma, *_inflections(lemma)):
                forms.setdefault(rough_stem(inflected), inflected.lower())
    return tuple(dict.fromkeys([word, *forms.values()]))


def folded(word: str) -> set[str]:
    """A word's stems in every form of it ("seeing": see, saw, seen ...): two words share
    one when they are forms of one lemma."""
    return {rough_stem(form) for form in irregular_forms(word.lower())}


def _inflections(lemma: str) -> list[str]:
    return [form for forms in getAllInflections(lemma).values() for form in forms]


@lru_cache(maxsize=4096)
def base_form(word: str) -> str:
    """A word's lemma, a verb's before a noun's ("cutting" -> "cut", "losing" -> "lose",
    "jobs" -> "job"); the word itself when it has none."""
    lemmas = getAllLemmas(word.lower())
    for pos in ("VERB", "NOUN", "ADJ"):
        if lemmas.get(pos):
            return str(lemmas[pos][0]).lower()
    return word.lower()


def phrase_key(words: list[str], stopwords: frozenset[str]) -> tuple[str, ...] | None:
    """A phrase as the set of its content words' lemmas, in any order ("cutting jobs" and
    "job cuts": ("cut", "job")); None for fewer than two content words."""
    content = [base_form(w) for w in words if w not in stopwords]
    return tuple(sorted(content)) if len(content) >= 2 else None


@dataclass(frozen=True)
class LemmaColumn:
    """An index with a column of content lemmas beside columns of words (quotes_fts: a
    quote's lemmas, stop words left out and each lemma once, beside its words, sentence and
    headline). There distances are compressed: one lemma apart may be a clause apart in the
    words ("liberals on the court, and ... our rights taken away": "liberal court right
    take"). So a phrase's words NEAR one another keep NEAR_DISTANCE in the `words` columns,
    and in the `lemmas` column must be next to each other (`distance`), only stop words
    between them in the text ("taking you to court": "take court")."""

    lemmas: str
    words: tuple[str, ...]
    distance: int = 0

    def near(self, quoted: str) -> str:
        """One NEAR group of quoted words, as this index is searched for it."""
        in_words = f"{{{' '.join(self.words)}}} : NEAR({quoted}, {NEAR_DISTANCE})"
        return f"(({in_words}) OR ({{{self.lemmas}}} : NEAR({quoted}, {self.distance})))"


def phrase_query(tokens: list[str], content: list[str], lemmas: LemmaColumn | None = None) -> str:
    """An FTS5 expression for one form of a concept: its `tokens` as written, quoted; or,
    when two or more of them are `content` words, those words NEAR one another in any of
    their forms ("lose their jobs": NEAR("lose" "jobs") OR NEAR("lost" "jobs")), in an
    index with a lemma column as `lemmas` says."""
    if len(content) < 2:  # a word alone keeps its stem only: "strike" is not "struck a deal"
        return _quoted(" ".join(tokens))
    options = [irregular_forms(word) for word in content]
    combos = list(product(*options))[:MAX_COMBINATIONS]
    groups = [" ".join(_quoted(w) for w in combo) for combo in combos]
    if lemmas is not None:
        return " OR ".join(lemmas.near(group) for group in groups)
    return " OR ".join(f"NEAR({group}, {NEAR_DISTANCE})" for group in groups)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
