"""A name as the object of a place preposition ("a fisherman from Carse", "On Twitter, she
wrote") whose given name does not show a person is no antecedent for "he" or "she": the
parse's PERSON there is mostly a place, a medium or a venue. The prepositions are data
(data/antecedents.json)."""

from __future__ import annotations

import json
from importlib import resources

from spacy.tokens import Token

from extract.model import Person
from extract.names import person_gender

_RAW = json.loads(resources.files("extract").joinpath("data/antecedents.json").read_text("utf-8"))
PLACE_PREPOSITIONS: frozenset[str] = frozenset(_RAW["place_prepositions"])


def place_object(token: Token | None, person: Person) -> bool:
    """True when a mention is the object of a place preposition and the person's gender is
    unknown ("from Carse", "on Twitter"): no antecedent for a gendered pronoun. A person
    the story gives a title ("heard from Cllr Ngozi Okafor, a former midwife") is one."""
    if token is None or person_gender(person) is not None or person.title:
        return False
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS
