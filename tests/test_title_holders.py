"""A title alone on fictional news (tests/data/title_holders/: a crown court sentence by a
Recorder, a county council led by a councillor with an Irish name, a school's chair of
governors never named, a ferry operator quoted in single quotation marks): the question
finds the title's holder however the title was introduced, never a holder of a related
title, and quotations in single marks, over several paragraphs or after a colon, count."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.titles import role_forms
from common.names import canonical_name, name_variants
from extract.people_words import RANK_WORDS, ROLE_VERBS, ROLE_WORDS, TITLE_KINDS
from extract.quote_marks import find_regions
from tests.conftest import DATA, ask_json, ingested, said_in

ARTICLES = DATA / "title_holders"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("titles") / "news.db", ARTICLES)


def test_the_judge_is_the_recorder_who_sentenced(store: Path) -> None:
    found = said_in(ask_json(store, "what did the judge say?"))
    speakers = {s for s, _ in found}
    assert speakers == {"Gwenllian Rhys-Pritchard"}  # her title is not part of her name
    texts = " ".join(t for _, t in found)
    assert "you emptied their drawers" in texts  # after "told him:", in the next paragraph
    assert "Nothing you have said today explains that" in texts  # "the judge added"


def test_the_council_leader_is_not_the_deputy_nor_the_opposition_leader(store: Path) -> None:
    found = said_in(ask_json(store, "what did the council leader say?"))
    assert {s for s, _ in found} == {"Siobhan Ní Bhraonáin"}
    assert any("a toilet that is open" in t for _, t in found)
    deputy = said_in(ask_json(store, "what did the deputy leader say?"))
    assert {s for s, _ in deputy} == {"Emrys Vaughan-Lloyd"}


def test_an_irish_name_keeps_its_particle_and_answers_typed_without_accents(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did Tadeusz Wisniewski say?"))
    assert {s for s, _ in found} == {"Tadeusz Wiśniewski"}  # no "Cllr" in the name
    assert canonical_name("Cllr Siobhan Ní Bhraonáin") == "Siobhan Ní Bhraonáin"
    assert canonical_name("Patrick Ó Dálaigh") == "Patrick Ó Dálaigh"
    assert "patrick o dalaigh" in name_variants("Patrick Ó Dálaigh")
    assert canonical_name("John O. Smith") == "John Smith"  # a dotted letter is an initial


def test_a_post_never_named_is_found_by_its_full_title(store: Path) -> None:
    found = said_in(ask_json(store, "what did the chair of governors say?"))
    assert any("make the uniform cheaper" in t for _, t in found)
    assert not any("badge" in t for _, t in found)


def test_single_quotation_marks_over_paragraphs_and_after_a_colon(store: Path) -> None:
    found = said_in(ask_json(store, "what did Docherty-Blair say?"))
    texts = " ".join(t for _, t in found)
    assert "the council's own engineers say it needs a new engine" in texts  # 2nd paragraph
    assert "we will be better for it" in texts
    colon = said_in(ask_json(store, "what did Nowicki say?"))
    assert any("without a lifeline" in t for _, t in colon)


def test_single_marks_count_only_where_no_double_marks_are_used() -> None:
    british = "'We will appeal,' she said. The drivers' union's view differs."
    assert [british[r.start : r.end] for r in find_regions(british)] == ["We will appeal,"]
    mixed = "\u201cWe will appeal,\u201d she said of the council's 'final' offer."
    assert [mixed[r.start : r.end] for r in find_regions(mixed)] == ["We will appeal,"]
    nyt = "Not paying taxes ''makes me smart,'' he said of the 'loophole'."
    assert [nyt[r.start : r.end] for r in find_regions(nyt)] == ["makes me smart,"]


def test_title_word_families() -> None:
    """The data: role verbs give titles that are role words; kinds of a title are role words;
    rank words make another office; compound titles are asked in one word or two."""
    assert {v.lower() for v in ROLE_VERBS.values()} <= ROLE_WORDS
    assert all(kind <= ROLE_WORDS for kind in TITLE_KINDS.values())
    assert {"deputy", "assistant", "opposition"} <= RANK_WORDS
    assert "headteacher" in role_forms("head teacher")
    assert "head teacher" in role_forms("headteacher")
    assert "recorder" in role_forms("judge") and "recorder" not in role_forms("district judge")
