"""What extraction returns: small frozen records with character offsets into the text.

The records live in records/extraction.py (storage and the CLI read them too); re-exported
here for extract/."""

from records.extraction import (  # noqa: F401  (re-exported)
    Entity,
    Extraction,
    Person,
    Quote,
    QuoteKind,
    SpeakerKind,
)
