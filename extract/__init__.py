"""Extraction: entities and who-said-what from article text, through a spaCy pipeline."""

from extract.model import Entity, Extraction, Person, Quote

__all__ = ["Entity", "Extraction", "Person", "Quote"]
