""" "Its"/"Their" opening a sentence refers to the one organisation the sentence before names
when that sentence makes no organisation its subject ("The ride was organised by a group of
cyclists calling themselves the Morrow Bluebells. Their chair, X, said"), not to an
organisation that spoke further back (extract/org_lookup.py); a group named after its members
("a group of cold-water swimmers calling themselves X") answers for "the cold-water swimmers"
(storage/quote_lookup.orgs_described_as). Fictional stories."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.conftest import ask_json, speaker_orgs, speakers_in, stories_db

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


GROUP = (
    "Swimmers protest at lido closure\n\n"
    "Dunmere Leisure Trust said the pool would stay shut.\n\n"
    "The swim was organised by a group of cold-water swimmers calling themselves the Morrow "
    'Bluebells. Their founder, Saoirse Quigley, said: "We swim in the sea all winter."\n\n'
    "Leonie Marsh, the trust's chief executive, said the decision was final.\n"
)


def test_a_group_named_after_its_members_answers_for_them(tmp_path: Path) -> None:
    # "a group of cold-water swimmers calling themselves X": "the cold-water swimmers" are
    # that group, and its founder speaks for them; the trust's chief executive does not
    db = stories_db(tmp_path, {"lido": GROUP})
    found = speakers_in(ask_json(db, "what did the cold-water swimmers say?", "--limit", "0"))
    assert "Saoirse Quigley" in found
    assert "Leonie Marsh" not in found
