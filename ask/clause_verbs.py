"""A topic asked as a clause: "the sister-town link with France ending", "the drive-thru
getting the green light", "the brackenfold padlocks came off".

Its verb (a past tense after the words it tells of, or an -ing form there with words after
it that are no noun it classifies, a number among them: "the band turning 100"; or an -ing
form with its object and no subject, at the topic's start or after a preposition: "saving
the village pub", "the idea of digging up the trees") is the asker's telling of what
happened, not a thing a story names: the story of the link says it "will close", the story
of the drive-through that it was "approved". So a story about the topic need only tell of
its things, as for a word for a quality (ask/search.py): the verb still ranks the stories
and quotes that say it first. A word before a noun ("parking charges", "opening hours")
classifies it: a thing; one after an article or a preposition ("the closing of", "after
closing") or at the topic's end ("the hospice funding", "the pub closing") may be a noun: a
thing too.
"""

from __future__ import annotations

import re

from lemminflect import getAllInflections, getAllLemmas

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_NOT_SUBJECT = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
     "of", "for", "to", "at", "with", "from", "in", "on", "by", "about", "over", "after",
     "before", "and", "or", "not", "no"}
)  # fmt: skip
_AUXILIARIES = frozenset(
    {"was", "were", "had", "did", "could", "would", "should", "might", "being", "been", "got"}
)
_COPULAS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
# Words that open a verb's object or particle: what follows an -ing word that is a noun too.
_OBJECTS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
     "these", "those", "up", "off", "out", "down", "away", "back", "in", "on", "over"}
)  # fmt: skip
# Words before a clause with no subject, an action asked of: "the idea of digging up".
_PREPOSITIONS = frozenset({"of", "about", "on", "over", "for", "against"})
# Its object after an -ing with no subject; not a place ("flooding in Holmsby").
_START_OBJECTS = _OBJECTS - {"in", "on", "over"}
# Words after a verb that are no noun it classifies: articles, prepositions, particles.
_LINKS = _NOT_SUBJECT | {"past", "through", "into", "off", "out", "up", "down", "across",
                         "around", "away", "back", "ahead", "on", "behind"}  # fmt: skip


def clause_verbs(topic: str) -> frozenset[str]:
    """The words of the topic that are the verb of a clause (module docstring), lower case."""
    words = [w.lower() for w in _WORD.findall(topic)]
    found = set()
    for at in range(len(words)):
        word, before = words[at], words[at - 1] if at else None
        after = words[at + 1] if at + 1 < len(words) else None
        if (
            (before is None or before in _PREPOSITIONS)
            and after in _START_OBJECTS
            and word not in _AUXILIARIES
            and _ing_form(word)
        ):
            found.add(word)  # "saving the village pub", "the idea of digging up the trees"
            continue
        if before is None or before in _NOT_SUBJECT or word in _AUXILIARIES:
            continue
        if after is None or not _ing_form(word):
            if _past_tense(word):
                found.add(word)
        elif getAllLemmas(word, upos="NOUN"):  # "housing at", "racing is": a noun then,
            if after in _OBJECTS or _number(after):  # unless its object follows ("putting
                found.add(word)  # the sale on hold", "the band turning 100")
        elif (
            after in _LINKS
            or _number(after)
            or (
                after not in _COPULAS
                and getAllLemmas(after)
                and not getAllLemmas(after, upos="NOUN")
            )
        ):  # not before a noun, a name ("racing ravensmoor") or "is" ("racing is cruel")
            found.add(word)
    return frozenset(found)


def doing_phrase(phrase: str, question: str) -> bool:
    """Whether a phrase asked of ("who's pointing fingers over the repairs", "who is
    threatening to take the council to court") opens with a verb's -ing form, written in
    lower case in the question, before more words: what someone is doing, not a name
    ("who is Manning?")."""
    words = _WORD.findall(phrase)
    if len(words) < 2 or not _ing_form(words[0].lower()):
        return False
    return re.search(rf"\b{re.escape(words[0].lower())}\b", question) is not None


def _number(word: str) -> bool:
    """Whether a word is a number ("100", "1,000"): an -ing form's object, no noun it
    classifies."""
    return word.replace(",", "").isdigit()


def _ing_form(word: str) -> bool:
    """Whether a word is a verb's -ing form ("getting", "putting")."""
    return any(
        word in getAllInflections(verb, upos="VERB").get("VBG", ())
        for verb in getAllLemmas(word, upos="VERB").get("VERB", ())
    )


def _past_tense(word: str) -> bool:
    """Whether a word is only a verb's past tense ("came"; not "cut", also its present,
    nor "ground", also a noun)."""
    verbs = getAllLemmas(word, upos="VERB").get("VERB", ())
    return (
        bool(verbs)
        and word not in verbs
        and not getAllLemmas(word, upos="NOUN")
        and any(word in getAllInflections(v, upos="VERB").get("VBD", ()) for v in verbs)
    )
