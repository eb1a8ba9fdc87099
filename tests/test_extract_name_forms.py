"""Name forms the small model splits (fictional stories): a hyphenated given name is part of
the person's name whatever the case of its second part ("Ji-hoon", "Jean-Luc"), and the
later surname alone is the same person; an abbreviated rank or title before a surname
("Det Supt", "Cllr", "Prof") is a title, never part of the name (common/data/titles.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from common.names import clean_name, is_honorific
from extract.hyphen_names import hyphen_prefixes, modifier_heads
from extract.pipeline import extract_doc
from tests.conftest import ROOT, said_by, story_db

HYPHENATED = [  # (the full name, its surname): one per form of hyphenated given name
    ("Ji-hoon Pak", "Pak"),  # romanised Korean, lower-case second part
    ("Seo-yeon Kwan", "Kwan"),
    ("Xiao-ming Tsao", "Tsao"),  # romanised Chinese, a four-letter "-ing" syllable
    ("Jean-Luc Marchetti", "Marchetti"),  # French, both parts capitalised
    ("Anne-Marie Duvalle", "Duvalle"),
    ("Abdul-Rahman Haddin", "Haddin"),  # Arabic
    ("Mary-Kate Fenwold", "Fenwold"),  # English
]


@pytest.mark.parametrize("name, surname", HYPHENATED)
def test_a_hyphenated_given_name_stays_in_the_name(nlp: Language, name: str, surname: str) -> None:
    text = (
        f"{name}, the owner of the Larch Street bakery, said it would close in March.\n\n"
        f'"We tried everything to keep the ovens going," {surname} said.'
    )
    extraction = extract_doc(nlp(text))
    assert [q.speaker for q in extraction.quotes] == [name, name]
    assert [p.name for p in extraction.people if p.kind == "person"] == [name]


def test_a_surname_after_a_hyphenated_given_name_is_no_organisation(
    nlp: Language, tmp_path: Path
) -> None:
    text = (
        "The Fenwold Academy will stop its Saturday science club.\n\n"
        "Hyun-woo Kang, a former Fenwold pupil, said the club had changed his life. "
        '"It was the first time anyone told me I could be an engineer," he said.\n\n'
        "Kang said he would write to the governors."
    )
    extraction = extract_doc(nlp(text))
    assert {q.speaker for q in extraction.quotes} == {"Hyun-woo Kang"}
    assert all(p.kind == "person" for p in extraction.people if "Kang" in p.name)
    words, speakers = said_by(story_db(tmp_path, "club", text), "Kang")
    assert speakers == {"Hyun-woo Kang"}
    assert "could be an engineer" in words


@pytest.mark.parametrize(
    "text",
    [
        "Oscar-winner Delia Marsh said the film had been cut without her consent.",
        "Greater Ashby-area Marsh supporters said they would march on Saturday.",
        "Ferris-era Treasury officials said the rules had never been enforced.",
        "Toy-maker Brindle said sales had fallen by a third.",
    ],
)
def test_a_hyphenated_modifier_joins_no_name(nlp: Language, text: str) -> None:
    extraction = extract_doc(nlp(text))
    assert not any("-" in p.name for p in extraction.people)
    assert not any(q.speaker and "-" in q.speaker for q in extraction.quotes)


def test_a_title_before_a_hyphenated_given_name_is_the_title(nlp: Language) -> None:
    (quote,) = extract_doc(nlp("Prof Ji-hoon Pak said the results were late.")).quotes
    assert (quote.speaker, quote.speaker_title) == ("Ji-hoon Pak", "Prof")


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Cash-strapped Dunmore Council said it would close two libraries.", "Dunmore Council"),
        ("Tory-led Dunmore Council said it would close two libraries.", "Dunmore Council"),
        ("Ex-chairman Colm Reddy said the club would be sold.", "Colm Reddy"),
    ],
)
def test_a_hyphenated_modifier_is_no_given_name(nlp: Language, text: str, owner: str) -> None:
    (quote,) = extract_doc(nlp(text)).quotes
    assert quote.speaker == owner


def test_the_hyphen_prefixes_and_modifier_heads_are_data() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "name_forms.json").read_text("utf-8"))
    assert {"ex", "anti", "non"} <= hyphen_prefixes() == frozenset(raw["hyphen_prefixes"]["words"])
    assert {"like", "era"} <= modifier_heads() == frozenset(raw["modifier_heads"]["words"])


RANKS = {  # family -> (the full title, the abbreviation written later)
    "police": ("Detective Superintendent", "Det Supt"),
    "police initials": ("Detective Inspector", "DI"),
    "police chief": ("Chief Superintendent", "Ch Supt"),
    "civic": ("Councillor", "Cllr"),
    "academic": ("Professor", "Prof"),
    "clergy": ("Reverend", "Rev"),
    "military": ("Lieutenant Colonel", "Lt Col"),
}


@pytest.mark.parametrize("family", sorted(RANKS))
def test_an_abbreviated_rank_is_a_title_not_a_name(nlp: Language, family: str) -> None:
    full, short = RANKS[family]
    text = (
        f"{full} Morag Keelan said the stolen van had been found near Ashby.\n\n"
        f'"We are grateful to everyone who called us," {short} Keelan said.'
    )
    extraction = extract_doc(nlp(text))
    assert [q.speaker for q in extraction.quotes] == ["Morag Keelan", "Morag Keelan"]
    assert [p.name for p in extraction.people if p.kind == "person"] == ["Morag Keelan"]


def test_each_rank_family_is_data() -> None:
    data = ROOT / "common" / "data"
    raw = [json.loads((data / n).read_text("utf-8")) for n in ("titles.json", "ranks.json")]
    for family in [f for r in raw for f in r["families"].values()]:
        for word in family["words"]:
            assert is_honorific(word.title()) and clean_name(f"{word.title()} Keelan") == "Keelan"
        for word in family["as_written"]:
            assert is_honorific(word) and clean_name(f"{word} Keelan") == "Keelan"


def test_a_rank_in_capitals_leaves_a_particle_alone() -> None:
    assert clean_name("DI Keelan") == "Keelan"
    assert clean_name("Luca Di Marzio") == "Luca Di Marzio"
