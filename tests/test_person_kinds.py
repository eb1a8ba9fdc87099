"""A person asked for by a noun no story uses, found by a kind of it the story does use
(ask/person_kinds.py, WordNet 3.0's nouns for people). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.person_kinds import kinds_of
from tests.conftest import ask_json, speakers_in, stories_db

SEAGRASS = (
    "Seagrass meadow found off Carrow Point\n\n"
    "Divers have mapped a seagrass meadow the size of six football pitches off Carrow Point.\n\n"
    "Dr Ines Carvalho, a marine ecologist at the University of Westholm, said the meadow "
    'stored more carbon than the woodland behind the beach. "It is a forest under the '
    'water," she said.\n\n'
    'Harbourmaster Tom Redding said: "Boats will have to anchor further out."\n'
)
SPILL = (
    "Chemical leak closes Fenby creek\n\n"
    "A leak of cleaning chemicals has closed Fenby creek to swimmers.\n\n"
    "Dr Marek Nowak, an ecologist who monitors the creek, said the fish had not been harmed. "
    '"We were lucky with the tide," he said.\n\n'
    'Prof Alice Obi, a chemist at Fenby College, said: "The compound breaks down in days."\n'
)


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("kinds_one"), {"seagrass": SEAGRASS})


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("kinds_two"), {"spill": SPILL})


@pytest.mark.parametrize(
    "noun, kind, never",
    [
        ("scientist", "ecologist", "scientist"),  # a biologist's kind, two steps down
        ("farmer", "beekeeper", "farmer"),
        ("landlord", None, "landlady"),  # never the other gender's form
        ("winner", "medallist", "success"),  # never a word that is no person's noun first
    ],
)
def test_the_kinds_of_a_noun_for_people(noun: str, kind: str | None, never: str) -> None:
    kinds = kinds_of(noun)
    assert kind is None or kind in kinds
    assert never not in kinds


def test_a_person_described_by_a_kind_of_the_noun_asked_answers_for_it(one: Path) -> None:
    answer = ask_json(one, "what did the scientist say about the seagrass?")
    assert speakers_in(answer) == {"Ines Carvalho"}
    assert any("forest under the" in q["text"] for q in answer["quotes"])


def test_kinds_that_find_different_people_tell_no_one_apart(two: Path) -> None:
    answer = ask_json(two, "what did the scientist say?")
    assert not answer["quotes"]


PATHS = (
    "Council orders gates off Footpath 9\n\n"
    "Gates across Footpath 9 at Hollins Farm must come down, Ashmoor County Council said.\n\n"
    "Naveen Pillai, the council's public rights of way manager, said the path had been on "
    'the map since 1951. "Blocking it is not lawful," he said.\n\n'
    'Gideon Marsh, whose farm is next to it, said: "I can see both sides."\n'
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("generic_heads"), {"paths": PATHS})


@pytest.mark.parametrize(
    "question, speakers",
    [
        ("what did the council's rights of way man say?", {"Naveen Pillai"}),
        ("what did the drainage man say?", set()),  # no post says drainage
    ],
)
def test_the_words_before_a_generic_head_name_the_post(
    paths: Path, question: str, speakers: set[str]
) -> None:
    assert speakers_in(ask_json(paths, question)) == speakers


BAKE = (
    "Corrow bakery takes county bread prize\n\n"
    "Mai's Oven in Corrow has won the county's best loaf award, the show's organisers said.\n\n"
    "The chair of the judges, Dame Prudence Hale, described the winning loaf as \u201cthe "
    "kind of bread you remember for years\u201d.\n\n"
    'The bakery\'s owner, Mai Tran, said: "We bake at four every morning."\n'
)


def test_a_group_asked_that_no_story_quotes_as_one_is_asked_as_one_of_it(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"bake": BAKE})
    answer = ask_json(db, "what did the judges say about Mai's Oven?")
    assert speakers_in(answer) == {"Prudence Hale"}
