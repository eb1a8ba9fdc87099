"""Questions that name an office, not a person, on fictional news (tests/data/title_links/:
one borough council whose leader changes between October and November, a neighbouring
council's leader quoted in the same story, a magistrates' hearing): the answer is the holder
of that office when speaking, not another council's leader, and a former holder answers only
for "the former leader"; offices given outside an apposition ("Prosecuting, X said", "X, who
was appointed chief executive of ...", "The leader, Cllr X") are found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from ask.titles import current_markers, past_markers
from extract.clause_roles import participles
from extract.offices import OFFICE_VERBS
from extract.pipeline import extract_texts
from tests.conftest import DATA, ask_json, ingested, said_in

ARTICLES = DATA / "title_links"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("title_links") / "news.db", ARTICLES)


def test_the_council_leader_is_every_holder_of_the_storys_council(store: Path) -> None:
    found = said_in(ask_json(store, "what did the council leader say about the bins?"))
    speakers = {s for s, _ in found}
    assert {"Dafydd Prothero", "Imelda Strand"} <= speakers  # October, then November
    assert "Morwenna Tate" not in speakers  # the neighbouring council's leader
    texts = " ".join(t for _, t in found)
    assert "a weekly lorry for half-empty bins" in texts  # said while he led the council
    assert "seventy-five thousand pounds" not in texts  # said as the former leader


def test_a_council_named_in_the_question_picks_its_leader(store: Path) -> None:
    found = said_in(ask_json(store, "what did the Kelsall council leader say?"))
    assert {s for s, _ in found} == {"Morwenna Tate"}


def test_the_new_leader_is_the_latest_holder(store: Path) -> None:
    found = said_in(ask_json(store, "what did the new council leader say?"))
    assert {s for s, _ in found} == {"Imelda Strand"}
    assert any("before a single lorry changes its round" in t for _, t in found)


def test_the_former_leader_answers_only_with_what_he_said_as_former_leader(store: Path) -> None:
    found = said_in(ask_json(store, "what did the former council leader say?"))
    assert {s for s, _ in found} == {"Dafydd Prothero"}
    texts = " ".join(t for _, t in found)
    assert "seventy-five thousand pounds" in texts
    assert "half-empty bins" not in texts  # he was the leader then


def test_the_leader_by_title_and_surname_is_a_person(store: Path) -> None:
    found = said_in(ask_json(store, "what did Imelda Strand say about the woods?"))
    assert any("The woods belong to everybody" in t for _, t in found)  # "The leader, Cllr Strand"


def test_prosecuting_gives_the_prosecutor(store: Path) -> None:
    found = said_in(ask_json(store, "what did the prosecutor say?"))
    assert {s for s, _ in found} == {"Harriet Okonedo"}


def test_a_relative_clause_of_office_gives_a_title(nlp: Language) -> None:
    text = (
        "Gwilym Rees, who was appointed chief executive of the trust in May, said volunteers "
        "had spent two days clearing the site. Prosecuting, Ann Lee said the fine was fair."
    )
    titles = {q.speaker: q.speaker_title for q in next(extract_texts(nlp, [text])).quotes}
    assert titles["Gwilym Rees"] == "Chief executive"
    assert titles["Ann Lee"] == "Prosecutor"


def test_office_word_families() -> None:
    """The data families (ask/data/offices.json, extract/data/offices.json,
    extract/data/clause_roles.json) hold what they
    say and nothing of the other's."""
    data = json.loads((Path(__file__).parent.parent / "ask/data/offices.json").read_text())
    assert past_markers() == frozenset(data["past_markers"]) and "former" in past_markers()
    assert "new" in current_markers() and not past_markers() & current_markers()
    assert {"become", "appoint"} <= OFFICE_VERBS
    assert all(word.endswith("ing") for word in participles())  # a participle alone
    assert participles()["prosecuting"] == "Prosecutor"
