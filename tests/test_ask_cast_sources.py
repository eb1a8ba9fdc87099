"""An unnamed source brought in by a quantifier ("One of the stranded passengers, who ...")
is described by the words after the quantifier (ask/cast_sources.py): a described-person
question finds its quotes. Fictional stories, ingested through the CLI with the real model
and asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.cast_sources import quantifiers, source_descriptions
from ask.described_people import same_family
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "ferry": (
        "Storm strands ferry passengers at Dunmore\n"
        "Hundreds of passengers were stranded at Dunmore after the evening sailings were "
        "cancelled.\n"
        "DUNMORE, 8 February - Hundreds of passengers were stranded at the Dunmore terminal "
        "on Sunday night after gales cancelled every evening sailing.\n"
        "Fiona Quist, the port's operations manager, said the decision was about safety. "
        '"We will not sail into a storm," she said.\n'
        "One of the stranded passengers, who had waited six hours with two small children, "
        'said nobody had told them anything. "We found out from the vending machine '
        'queue," she said.\n'
    ),
    "allotments": (
        "Allotment site to make way for car park\n"
        "The council has approved a car park on the Yewfield allotments.\n"
        "YEWFIELD, 10 February - The council has approved plans to build a car park on the "
        "Yewfield allotments.\n"
        "Cllr Martin Dace, who chairs the planning committee, said the town needed parking. "
        '"Shoppers have nowhere to stop," he said.\n'
        "Another gardener, who has held a plot on the site since 1984, said the decision "
        'broke her heart. "I grew my first leeks here," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def sources_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("sources"), STORIES)


def test_one_of_a_described_group_is_asked_as_one_of_them(sources_db: Path) -> None:
    answer = ask_json(sources_db, "what did the stranded passenger say?")
    assert speakers_in(answer) == {None}
    assert any("vending machine" in q["text"] for q in answer["quotes"])


def test_what_a_source_holds_makes_it_a_holder(sources_db: Path) -> None:
    answer = ask_json(sources_db, "what did the plot holder say about the allotments?")
    assert speakers_in(answer) == {None}
    assert any("first leeks" in q["text"] for q in answer["quotes"])


@pytest.mark.parametrize(
    ("title", "sentence", "word"),
    [
        (
            "One",
            "One of the evacuated tenants, speaking outside the hall, said it was cold.",
            "tenants",
        ),
        ("Another", "Another parent, a nurse on nights, said the gates open too late.", "nurse"),
        ("One", "One regular, who has held a pass since 1990, said little.", "held"),
        ("A third", "A third resident, who has lived on Mill Row for years, said no.", "lived"),
        ("Two", "Two of the striking cleaners said they had not been paid.", "cleaners"),
        ("Several", "Several shopkeepers on the high street said trade was down.", "shopkeepers"),
    ],
)
def test_the_words_after_a_quantifier_describe_the_source(
    title: str, sentence: str, word: str
) -> None:
    found = source_descriptions(title, ["Earlier text.", sentence])
    assert any(word in part for part in found)


def test_a_quantifier_in_mid_sentence_or_a_real_title_is_no_source_description() -> None:
    assert source_descriptions("One", ["She said one of them had left early."]) == []
    assert source_descriptions("Paramedic", ["Paramedic crews said the road was shut."]) == []


def test_the_quantifiers_and_the_holder_family_are_data() -> None:
    assert {"one", "another", "a third"} <= quantifiers()
    assert same_family("holder", "held") and same_family("holder", "holds")
    assert not same_family("holder", "holiday")
