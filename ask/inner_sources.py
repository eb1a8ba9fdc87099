"""Another source's reporting clause inside a statement's words.

The reported words an extraction credits to one speaker sometimes run on over the clause
that names who really said them: "Donald Trump plans to empower the black community ...,
Ben Carson said Monday", "Carter discussed how he had placed a note card in a "burn bag,"
the Times reported", "And Trump, said Sunshine, doesn't forgive or forget". A reporter
reading the answer sees the other source at once: the words are theirs, or at best their
account of the speaker, not something the speaker is on record as saying. A statement whose
words hold, after a comma or a dash, a name with a reporting verb of a family that reports
a clause (extract/data/cues.json), in either order ("Ben Carson said", "said Ben Carson"),
is not shown as the speaker's when that name cannot denote the speaker
(common/names.same_person), or is not one word of the speaker's name ("Dame Morwenna"
for Morwenna Pryce): "..., Clinton said" stays Hillary Clinton's, "..., former President
Bill Clinton said" does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getLemma

from common.names import clean_name, fold, is_honorific, is_title_word, same_person
from extract.lexicon import load_lexicon

_WORDS = r"(?:[A-Za-z][\w'\u2019.\-]*\s+){0,7}?"
_LEAD = r"(?:[,;]|\s[\u2014\u2013]|\s--)\s*[\"'\u201d\u2019]*\s*"
# Words after a closing reporting verb: a time or an occasion ("said Monday", "added on
# Tuesday", "said this week at an event", "told reporters").
_CLOSERS = frozenset(
    {
        "on", "in", "at", "during", "after", "before", "while", "when", "as", "this", "last",
        "yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also",
        "then", "to", "from", "via", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "reporters", "saying", "adding", "noting",
    }
)  # fmt: skip
_CLOSE = "|".join(sorted(_CLOSERS))
# "..., Ben Carson said Monday", "..., former President Bill Clinton said this week at ...":
# the source phrase ends in a capitalised word right before the verb, and the verb ends the
# clause (punctuation, the end, or a word of time or place follows). "On Monday, Trump said
# he was ..." opens a report of its own instead: the verb takes a clause.
_NAME_THEN_VERB = re.compile(
    rf"{_LEAD}(?!(?:which|who|whom|whose|that|as|what|where|when|if)\b)({_WORDS}[A-Z][\w'\u2019\-]*)"
    rf"\s+([a-z]+)(?=\s*[,.;:!?\"'\u201d\u2019(\u2014\u2013-]|\s*$|\s+(?i:{_CLOSE})\b)"
)
# "..., said Ohio State University professor Paul Beck.": the phrase, opening with a
# capital, runs to the punctuation ("said the former aide to ..." names nobody).
_VERB_THEN_NAME = re.compile(
    rf"{_LEAD}([a-z]+)\s+([A-Z][\w'\u2019\-]*(?:\.?\s+[A-Za-z][\w'\u2019\-]*){{0,7}})"
    rf"(?=\s*(?:[,;:!?(]|\.\s|\.?$))"
)
_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "it", "you", "this", "that"})


@lru_cache(maxsize=4096)
def reports_a_clause(word: str) -> bool:
    """Whether a finite verb form ("said", "adds", "reported") is a cue of a family that
    reports a clause; "saying" or "to say" never names a new source."""
    if word.endswith("ing"):
        return False
    lexicon = load_lexicon()
    return any(lexicon.takes(lemma, "clause") for lemma in {word, *getLemma(word, upos="VERB")})


def _a_name(words: str) -> str | None:
    """The name in capitalised words ("Sen. Chris Murphy" -> "Chris Murphy"), or None
    for a pronoun or words that are only titles ("The President")."""
    name = clean_name(re.sub(r"^(?:[a-z]+\s+)*(?:The\s+)?", "", words))
    parts = name.split()
    if not parts or not parts[-1][:1].isupper():
        return None
    if not parts or parts[0].lower() in _PRONOUNS:
        return None
    if all(is_title_word(p) or is_honorific(p) for p in parts):
        return None
    return name


def inner_sources(text: str) -> list[str]:
    """The names that, inside reported words, open or close a reporting clause."""
    found = []
    for match in _NAME_THEN_VERB.finditer(text):
        if reports_a_clause(match.group(2)):
            found.append(match.group(1))
    for match in _VERB_THEN_NAME.finditer(text):
        if reports_a_clause(match.group(1)):
            found.append(match.group(2))
    return [name for name in map(_a_name, found) if name]


def voiced_by_another(text: str, speaker: str | None) -> bool:
    """Whether a statement's words name, in a reporting clause of their own, a source
    that cannot be its speaker (module docstring)."""
    if not speaker or not text or text == "\x00":
        return False
    return any(
        not same_person(name, speaker) and not _word_of_name(name, speaker)
        for name in inner_sources(text)
    )


def _word_of_name(name: str, speaker: str) -> bool:
    """Whether a one-word name is a word of the speaker's full name: the article's own
    short form for them ("Dame Morwenna" for Morwenna Pryce, "Dr Nguyen" for Nguyen Thi
    Lan, whose family name comes first), which the extraction resolved."""
    own = [w for w in clean_name(name).split() if not is_honorific(w)]
    return len(own) == 1 and fold(own[0]) in {fold(w) for w in speaker.split()}
