"""A stance stated, then the words: "Paramedic Dana Roe was more sceptical. "We have had
pledges before."" (fictional).

Rule: reporters introduce a speaker by the stance they took, in a sentence of its own whose
main clause is the person and a stance adjective with nothing reported after it ("Roe was
more sceptical.", "The union remained unconvinced.", "She seemed confident."; data: cues.json
"stance_adjectives"), and then give the words that show it. A quotation that opens the next
sentence of the same paragraph and that no cue reports is that subject's. The stance sentence
must hold no quotation and no cue of its own, its subject must be a name or a personal
pronoun, and the adjective must govern nothing (with a preposition, a that-clause or an
infinitive it reports words itself: extract/cues.py `stance_cues`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.speech_state import Attribution

if TYPE_CHECKING:
    from extract.neighbours import QuoteNeighbours
    from extract.quote_marks import QuoteRegion

_LINKING = {"be", "remain", "seem", "sound", "look", "appear", "stay"}
_PRONOUNS = {"he", "she", "they"}
_GOVERNS = {"prep", "ccomp", "xcomp", "advcl"}


def stance_intro(finder: QuoteNeighbours, region: QuoteRegion) -> Attribution | None:
    """The stance sentence's subject as the speaker of the quotation after it (module rule),
    or None."""
    tokens = finder.region_tokens[region.index]
    if not tokens or not finder._opens_sentence(region):
        return None
    k = tokens[0].i - 1
    while k >= 0 and (finder.doc[k].is_space or finder.doc[k].is_punct):
        k -= 1
    if k < 0 or finder.paragraph_of[k] != region.paragraph or finder.quoted(finder.doc[k]):
        return None
    sentence = finder.index.sent(finder.doc[k])
    if any(finder.quoted(t) for t in sentence) or finder._framing_in(sentence.start, k + 1):
        return None
    adjective = _stance(sentence.root, finder.lexicon.stances)
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if adjective is None or subject is None or not _speaker_like(subject):
        return None
    if adjective.i not in finder.by_cue:
        finder.add_cue(adjective.i, Attribution(cue=None, cue_text=adjective.text, subject=subject))
    return finder.by_cue[adjective.i]


def _stance(root: Token, stances: frozenset[str]) -> Token | None:
    """The stance adjective complementing a linking verb, governing nothing, or None."""
    if root.lemma_.lower() not in _LINKING:
        return None
    for child in root.children:
        if (
            child.dep_ in ("acomp", "oprd")
            and child.lemma_.lower() in stances
            and not any(c.dep_ in _GOVERNS for c in child.children)
            and not any(c.dep_ in _GOVERNS for c in root.children)
        ):
            return child
    return None


def _speaker_like(subject: Token) -> bool:
    """A name or a personal pronoun: "Roe", "the union's Ann Roe", "she" (the recogniser
    may miss a name: "Grace Obi, who ..." is a speaker whatever its label)."""
    return subject.lower_ in _PRONOUNS or (
        subject.pos_ == "PROPN" and subject.ent_type_ not in ("DATE", "TIME", "EVENT")
    )
