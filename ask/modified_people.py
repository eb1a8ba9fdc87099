"""A speaker asked for with a word before the head that tells what they are doing or are
about to do: "the retiring headteacher", "the outgoing chair", "the grieving mother".

No title holds such a word, so the whole phrase finds nobody. Read only then: the head is
asked without it ("the headteacher"): of its holders, the one a sentence names with the
word in any of its forms ("Owain Pritchett, the headteacher, who will retire when the
school closes" for "retiring"; "the outgoing tenant"). When none is, or several are, the
word tells no one apart: the answer is the stories' best fit, as for any description ("the
retired engineer who gave the money" is the one a story tells of, in other words). A word
that is a noun too ("the care manager", "the bus driver") or no participle ("the new
chair") is never taken off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lemminflect import getAllInflections, getAllLemmas

from ask.people import find_speakers
from ask.qualified_people import placed_words
from ask.views import Answer
from storage.db import Store
from storage.quote_lookup import articles_naming, described_with, speaker_described_with
from storage.speakers import SpeakerRow

_MODIFIED = re.compile(r"^(?P<the>the\s+)(?P<word>[a-z]+)\s+(?P<head>\S.*)$", re.I)


def modifier_forms(word: str) -> list[str]:
    """The forms a story may say a modifier in ("retiring": retire, retired, retires,
    retiring); none when the word is no modifier: a participle of a verb that is no noun
    ("new", "local" and "acting" tell which of them, as a guess among them does)."""
    word = word.lower()
    lemmas = getAllLemmas(word)
    if "NOUN" in lemmas or "VERB" not in lemmas or not word.endswith(("ing", "ed")):
        return []
    forms = {word}
    for verb in lemmas.get("VERB", ()):
        forms.add(verb)
        forms.update(f for fs in getAllInflections(verb, upos="VERB").values() for f in fs)
    return sorted(forms)


def modified_answer(
    store: Store, phrase: str, question: Callable[[str], Answer], *, alone: bool = False
) -> Answer | None:
    """The answer for the holder of the phrase's head whom the stories describe with its
    modifier, asked by name with `question` (module rule), or, when nothing else answers
    (`alone`), the head's one holder ("the licensing committee chair": the committee's
    chair); None when the phrase has no modifier or not one holder is described so."""
    found = _MODIFIED.match(phrase.strip())
    if found is None:
        return None
    forms = modifier_forms(found.group("word"))
    if not forms:
        return None
    head = found.group("the") + found.group("head")
    holders = [r for r in find_speakers(store, head).rows if r.kind == "person"]
    described = [r for r in holders if speaker_described_with(store, r.id, _surname(r), forms)]
    if not described and alone and len(holders) == 1:
        described = holders  # nothing else answers: the head's one holder
    if len(described) != 1:  # none, or several: the word tells no one apart
        return None
    answer = question(described[0].name)  # the one the stories describe so
    return answer if answer.quotes else None


def _surname(row: SpeakerRow) -> str:
    return row.name.split()[-1]


def fits(store: Store, phrase: str, answer: Answer) -> bool:
    """Whether an answer for a description fits the words around its head: a place or a
    thing after it ("in Penmoor") named in a story of the answer's, a modifier before it
    ("retiring") said in a sentence naming one of its speakers. An empty answer fits
    nothing; an answer for a phrase with no such words fits."""
    if not answer.quotes:
        return False
    ids = sorted({q.article.id for q in answer.quotes})
    if not all(articles_naming(store, w, ids) for w in placed_words(phrase)):
        return False
    found = _MODIFIED.match(phrase.strip())
    forms = modifier_forms(found.group("word")) if found else []
    names = {q.speaker.split()[-1] for q in answer.quotes if q.speaker}
    return not forms or any(described_with(store, ids, name, forms) for name in names)
