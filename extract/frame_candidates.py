"""Which cue of the sentence before a cue-less quotation the quotation goes on with.

A sentence may hold several cues: the speaker's own ("Nadia Orr said"), one in its setting
('"...," Nadia Orr said at the gala, where the mayor also spoke.') and one inside what the
speaker reports ("Roe said the group would seek a review."). A quotation after the sentence
goes on with the speaker's words: the cues in another's setting or inside another's report
are no candidates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.neighbours import QuoteNeighbours


def speakers_cues(finder: QuoteNeighbours, candidates: list[int]) -> list[int]:
    """The candidate cues (keys, in order) without those in the setting of another cue
    that owns a quotation and those inside what another cue reports."""
    kept = [k for k in candidates if not _aside_of_speaker(finder, k, candidates)]
    return [k for k in kept if not _reported_within(finder, k, kept)]


def _aside_of_speaker(finder: QuoteNeighbours, key: int, candidates: list[int]) -> bool:
    """Whether a cue sits in the setting of another cue of its sentence that already owns
    a quotation, outside what that cue reports: '"...," Nadia Orr said at the gala, where
    the mayor also spoke.' or '..." Orr said before the mayor's remarks.' The quotation
    that follows goes on with Orr's words, not the mayor's."""
    token = finder.index.tokens[key]
    for other in candidates:
        outer = finder.by_cue[other]
        if other == key or outer.cue is None or not outer.regions:
            continue
        if outer.cue.i in {t.i for t in token.ancestors} and token.i not in {
            t.i for t in outer.content
        }:
            return True
    return False


def _reported_within(finder: QuoteNeighbours, key: int, candidates: list[int]) -> bool:
    """Whether a cue is inside what another cue of its sentence reports ("Roe said the
    group would seek a review."): a quotation after the sentence goes on with Roe's words,
    not the group's."""
    token = finder.index.tokens[key]
    return any(
        other != key and token.i in {t.i for t in finder.by_cue[other].content}
        for other in candidates
    )
