""" "Its"/"Their" opening a sentence refers to the one organisation the sentence before names
when that sentence makes no organisation its subject ("The ride was organised by a group of
cyclists calling themselves the Morrow Bluebells. Their chair, X, said"), not to an
organisation that spoke further back (extract/org_lookup.py; fictional stories)."""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import speaker_orgs

RIDE = (
    "Cyclists ride for safer lanes\n\n"
    "Hexley Borough Council said it would review the junction.\n\n"
    "The ride was organised online by a group of commuters calling themselves the Morrow "
    "Bluebells. Their chair, Priyanka Dalal, said the group had 300 members.\n"
)
SALE = (
    "Depot sold\n\n"
    "The Marl Trust said it was sorry to see the depot go.\n\n"
    "The council sold the depot to Quarrington Estates. Its leader, Edwin Farr, said the "
    "money would fund repairs.\n"
)


def test_their_is_the_group_the_sentence_before_names(nlp: Language) -> None:
    assert speaker_orgs(nlp, RIDE)["Priyanka Dalal"] == "Morrow Bluebells"


def test_a_subject_before_keeps_its_reading(nlp: Language) -> None:
    # "The council sold the depot to X. Its leader": not the buyer's
    assert speaker_orgs(nlp, SALE)["Edwin Farr"] != "Quarrington Estates"
