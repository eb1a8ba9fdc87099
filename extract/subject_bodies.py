"""An unnamed spokesperson right after a sentence whose subject is an organisation.

"The board rejected that. A spokeswoman said it had received no formal warning.": a source
of a generic title (spokeswoman, official; data/people_words.json "generic_titles") with no
organisation of its own, in the sentence after one of the same paragraph whose subject is an
organisation, speaks for that organisation, not for the last one quoted before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.names import fold
from extract.people import Cast
from extract.people_words import GENERIC_TITLES
from extract.speaker_chain import subject_before
from extract.speaker_record import Speaker
from extract.speakers import resolve_speaker


def body_subject_before(speaker: Speaker, subject: Token, cast: Cast) -> Speaker:
    """The speaker, speaking for the organisation that is the subject of the sentence just
    before in the same paragraph when it is an unnamed generic-title source with none."""
    words = (speaker.title or "").split()
    if speaker.name is not None or speaker.org is not None or not words:
        return speaker
    if fold(words[-1]) not in GENERIC_TITLES:
        return speaker
    holder = subject_before(subject)
    if holder is None or cast.quoted[holder.i]:
        return speaker
    body = resolve_speaker(holder, cast)
    if body.kind != "org" or not body.name:
        return speaker
    return Speaker(None, None, speaker.title, body.name, speaker.mention)
