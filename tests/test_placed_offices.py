"""Offices of a place's council on fictional local news (tests/data/placed_offices/): a
story that never writes its council's name ("the borough council", "Council leader Cllr
X"), a deputy introduced as "His deputy", an opposition group's "Its leader", and a
neighbouring council's "The authority's leader". A question names the office with its place
in any order ("<place>'s leader", "the leader of <place> council", "<place> deputy leader on
<topic>", "the council leader ... in <place>"), and the holder answers, not the deputy, the
opposition's leader or another council's leader."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.nlp import load_nlp
from extract.offices import SUCCESSION
from extract.people_words import GENERIC_ORG_FAMILIES, GENERIC_ORG_NOUNS
from extract.pipeline import extract_texts
from extract.placed_bodies import PLACED_NOUNS, dateline_place
from tests.conftest import DATA, ask_json, ingested, said_in

ARTICLES = DATA / "placed_offices"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("placed") / "news.db", ARTICLES)


def test_a_council_never_named_is_its_places_council(store: Path) -> None:
    answer = ask_json(store, "what has Wexcombe council said about the pools?")
    found = said_in(answer)
    speakers = {s for s, _ in found}
    assert "Dorian Falk" in speakers  # "Council leader Cllr Dorian Falk"
    assert any("Every lifeguard" in t for _, t in found)  # "the council said:"
    assert "Rowan Tate" not in speakers  # the opposition group's leader
    titles = {q["speaker"]: q["speaker_title"] for q in answer["quotes"]}
    assert titles["Dorian Falk"] == "Council leader"  # "Cllr" is how he is addressed


def test_the_authoritys_leader_is_the_leader_of_the_council_named_before(store: Path) -> None:
    found = said_in(ask_json(store, "what did Dunmoor's leader say about the pools?"))
    assert {s for s, _ in found} == {"Oriel Banks"}
    assert any("staying open, full stop" in t for _, t in found)
    keyword = said_in(ask_json(store, "Dunmoor's leader on the pools"))  # "<place>'s <office> on"
    assert {s for s, _ in keyword} == {"Oriel Banks"}


def test_the_leader_of_a_places_council_is_not_its_deputy_nor_the_oppositions(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did the leader of Wexcombe council say about the pools?"))
    assert {s for s, _ in found} == {"Dorian Falk"}
    placed = said_in(
        ask_json(store, "what did the council leader say about pool closures in Wexcombe?")
    )
    assert {s for s, _ in placed} == {"Dorian Falk"}  # not Dunmoor's leader


def test_his_deputy_holds_the_deputy_office_asked_by_place_and_topic(store: Path) -> None:
    found = said_in(ask_json(store, "Wexcombe deputy leader on the pools"))
    assert {s for s, _ in found} == {"Ivy Marsh"}
    assert any("can have the keys" in t for _, t in found)


def test_a_dateline_gives_the_storys_place() -> None:
    doc = load_nlp()("HOLMFIRTH VALE, 3 May – The council met.\n\nIt voted.")
    assert dateline_place(doc) == "Holmfirth Vale"
    assert dateline_place(load_nlp()("The council met on Tuesday.")) is None


def test_the_word_lists_of_placed_bodies_and_deputies() -> None:
    assert "council" in PLACED_NOUNS  # data/offices.json placed_bodies
    assert "authority" in GENERIC_ORG_NOUNS and GENERIC_ORG_FAMILIES["authority"] == {"public"}
    assert SUCCESSION["deputy"] == "Deputy"


def test_a_deputy_with_a_ranked_title_of_her_own_keeps_it() -> None:
    text = (
        "Chief Fire Officer Mabon Reese said the station would stay open.\n\n"
        "His deputy, Assistant Chief Fire Officer Nia Cadwallader, said: "
        "\u201cWe will keep two engines there.\u201d\n"
    )
    (extraction,) = extract_texts(load_nlp(), [text])
    titles = {q.speaker: q.speaker_title for q in extraction.quotes}
    assert titles["Nia Cadwallader"] == "Assistant Chief Fire Officer"


def test_an_opposition_group_named_in_passing_is_not_what_its_refers_to() -> None:
    text = (
        "Elm District Council approved its budget on Tuesday.\n\n"
        "The leader of the opposition Green group, Ada Voss, called it reckless. "
        "\u201cThis budget empties the reserves,\u201d she said.\n\n"
        "The council said in a statement that it had protected bus routes. Its finance "
        "director, Ned Parr, warned that reserves were low.\n"
    )
    (extraction,) = extract_texts(load_nlp(), [text])
    orgs = {q.speaker: q.speaker_org for q in extraction.quotes}
    assert orgs["Ada Voss"] == "Opposition Green group"  # her own group, not the council
    assert orgs["Ned Parr"] == "Elm District Council"
