"""What extraction returns: small frozen records with character offsets into the text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "partial"]
SpeakerKind = Literal["person", "org"]


@dataclass(frozen=True)
class Entity:
    """A named entity: its text, OntoNotes label and offsets."""

    text: str
    label: str
    start: int
    end: int


@dataclass
class Person:
    """A person or organisation as one article describes them."""

    name: str
    kind: SpeakerKind
    title: str | None = None
    org: str | None = None
    aliases: set[str] = field(default_factory=set)
    gender: Literal["m", "f"] | None = None


@dataclass(frozen=True)
class Quote:
    """One piece of reported speech.

    `text` is the quoted words (direct, partial) or the reported clause (indirect), without
    quotation marks; `start`/`end` index the article text. Pieces of one attribution (a quote
    split around its speaker, a paragraph-spanning quote, the quoted fragment inside reported
    speech) share `attribution`. `speaker` is the resolved canonical name, or None when the
    speaker is unnamed (`mention` then holds the words used, "one woman") or not stated.
    `shape` is the shape of what the cue reports (extract/shapes.py): "clause", "verb",
    "quote" or "noun"; the pieces of one attribution share it.
    """

    speaker: str | None
    speaker_kind: SpeakerKind | None
    speaker_title: str | None
    speaker_org: str | None
    mention: str | None
    kind: QuoteKind
    cue: str | None
    text: str
    start: int
    end: int
    attribution: int
    sentence: str
    topics: tuple[str, ...] = ()
    shape: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields."""
        data = asdict(self)
        data["topics"] = list(self.topics)
        return data


AffiliationKind = Literal["member", "spokesperson", "former", "opponent"]


@dataclass(frozen=True)
class Affiliation:
    """One person's tie to an organisation as one article gives it.

    `org` is the organisation as written; `forms` its other names in the article (without
    "the", its acronym, the cast's short forms). `evidence` says how the article ties them:
    "apposition" ("X, secretary of ORG"), "possessive" ("ORG's director X"), "relative"
    ("X, who chairs ORG"), "for-of" ("X of ORG said"), "statement" ("a statement from X of
    ORG"), "named" (the same sentence names both), "implied" (no sentence names the
    organisation beside them: "Head teacher X" in a school's story) or "guessed" ("Its
    director, X" with no sentence before naming the organisation). `sentence` is the index
    of the sentence giving the evidence in the article, -1 when implied.
    """

    person: str
    org: str
    forms: tuple[str, ...]
    kind: AffiliationKind
    evidence: str
    sentence: int


@dataclass
class Extraction:
    """Everything extracted from one article."""

    quotes: list[Quote]
    entities: list[Entity]
    people: list[Person]
    warnings: list[str] = field(default_factory=list)  # limits a hostile article ran into
    affiliations: list[Affiliation] = field(default_factory=list)  # one per person and org
