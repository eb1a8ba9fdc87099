"""A police rank before a name makes its holder an officer of the one police force the story
names (extract/rank_forces.py, data/police_ranks.json), stated as plainly as "X, of Elm
Police": "what did police say?" finds the detective leading an inquiry."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from common.ranks import family_ranks
from extract.pipeline import extract_doc
from extract.rank_forces import is_force
from tests.conftest import ROOT

RANKS = json.loads((ROOT / "extract" / "data" / "police_ranks.json").read_text("utf-8"))

STORY = (
    "Two paintings were taken from Holmfirth Gallery on Sunday night, Dunmere Police said.\n\n"
    '"Whoever did this had been inside before," said {rank} Tobias Wren, who is leading the '
    "inquiry.\n\n"
    "The gallery's owner, Ruth Abbot, said she was shocked."
)


def ties(nlp: Language, text: str) -> tuple[dict[str, str | None], dict[str, str]]:
    """Each person's organisation, and each person's evidence for it."""
    found = extract_doc(nlp(text))
    people = {p.name: p.org for p in found.people if p.kind == "person"}
    evidence = {f.person: f.evidence for f in found.affiliations}
    return people, evidence


@pytest.mark.parametrize("rank", ["Detective Inspector", "DS", "Chief Superintendent"])
def test_a_ranked_officer_speaks_for_the_force_the_story_names(nlp: Language, rank: str) -> None:
    people, evidence = ties(nlp, STORY.format(rank=rank))
    assert people["Tobias Wren"] == "Dunmere Police"
    assert evidence["Tobias Wren"] == "rank"
    assert people["Ruth Abbot"] != "Dunmere Police"


def test_a_story_naming_two_forces_ties_no_one(nlp: Language) -> None:
    text = STORY.format(rank="Detective Inspector").replace(
        "Dunmere Police said.", "Dunmere Police and Kelby Constabulary said."
    )
    people, _ = ties(nlp, text)
    assert people.get("Tobias Wren") not in ("Dunmere Police", "Kelby Constabulary")


def test_a_named_organisation_stands(nlp: Language) -> None:
    text = (
        "Dunmere Police said the march had passed off peacefully.\n\n"
        '"Our members were stretched," said Sergeant Lena Moss, chair of the Dunmere Police '
        "Federation."
    )
    people, _ = ties(nlp, text)
    assert people["Lena Moss"] == "Dunmere Police Federation"


def test_the_force_words_are_data() -> None:
    assert "ranks" not in RANKS  # one list: common/data/ranks.json's police family
    assert all(r == r.lower() for r in family_ranks("police"))
    assert is_force("Kelby Constabulary") and is_force("Dunmere Police")
    assert not is_force("Dunmere Police Federation")
