"""Abbreviated titles have one list per kind: rank words ("Brig", "Maj", "Cpl", "Sgt",
"Cllr") come from the one rank list (common/data/ranks.json), other titles ("Gov.",
"Sen.") from ask/data/title_abbreviations.json; a question in full words ("the
brigadier") finds the person whose title was printed short (tests/data/rank_abbreviations/:
a garrison kept open, three soldiers quoted by abbreviated rank)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask.titles import abbreviations, full_title_word, short_forms
from common.ranks import families
from tests.conftest import DATA, ask_json, ingested, said_in

TITLES = Path(__file__).parents[1] / "ask" / "data" / "title_abbreviations.json"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("ranks") / "news.db", DATA / "rank_abbreviations")


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what did the brigadier say?", "Anwen Tregarthen", "a question mark for two years"),
        ("what did the major say?", "Ruaraidh Dunbar", "waited long enough for dry walls"),
        ("what did the corporal say?", "Delyth Ansah", "which school they will go to"),
    ],
)
def test_a_rank_printed_short_is_found_by_its_full_word(
    store: Path, question: str, speaker: str, words: str
) -> None:
    found = said_in(ask_json(store, question))
    assert {s for s, _ in found} == {speaker}
    assert any(words in text for _, text in found)


def test_every_honorific_rank_word_is_read_by_the_question_side() -> None:
    honorifics = {w for entry in families().values() for w in entry["words"]}
    for word in ("sgt", "brig", "maj", "cpl", "cllr", "insp", "supt"):
        assert word in honorifics
        assert full_title_word(word) != word  # spelt out: "sgt" -> "sergeant"
    assert full_title_word("Gov.") == "governor"  # a title that is not a rank
    assert "sgt" in short_forms("sergeant")


def test_no_abbreviation_is_listed_twice() -> None:
    titles = json.loads(TITLES.read_text(encoding="utf-8"))["abbreviations"]
    honorifics = {w for entry in families().values() for w in entry["words"]}
    assert not honorifics & set(titles)  # ranks live in ranks.json only
    assert set(titles) <= set(abbreviations())
