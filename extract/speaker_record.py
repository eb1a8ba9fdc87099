"""The speaker a reporting cue's subject resolves to, and how a cast member becomes one.

`Speaker` is what extract/speakers.py, extract/noun_speakers.py and the pipeline pass on: a
resolved name (or None), the words the article used, title and organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extract.model import SpeakerKind
from extract.people import Cast


@dataclass(frozen=True)
class Speaker:
    """Who speaks: a resolved name (or None), the words used, title and organisation."""

    name: str | None
    kind: SpeakerKind | None
    title: str | None
    org: str | None
    mention: str | None


UNKNOWN = Speaker(None, None, None, None, None)


def speaker_from_entry(cast: Cast, entry: int, mention: str, subject: Token) -> Speaker:
    """The cast member `entry` as the speaker, the subject recorded as its mention."""
    cast.add_mention(subject, entry)
    person = cast.entries[entry]
    org = person.org if person.kind == "person" else person.name
    return Speaker(person.name, person.kind, person.title, org, mention)
