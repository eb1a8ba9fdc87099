"""An organisation's people across articles (fictional stories): a person tied to an
organisation in one story and quoted by surname alone in a later one speaks for it there
too; a person who moves to another organisation speaks for the new one from then on, and
what they said for the old one stays the old one's. Also the forms that tie a person to an
organisation ("Brannock Tiles' chief executive Oona Selby said", "X, manager of the patients'
watchdog Healthwatch Dunmere," which the parse splits into two appositions) and a lone
surname a story takes up with "she" (a person, not a firm)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, ingested, normalise


def affiliations(nlp: Language, text: str) -> dict[str, str | None]:
    """Each named speaker's organisation, as extracted from the text."""
    return {q.speaker: q.speaker_org for q in extract_doc(nlp(text)).quotes if q.speaker}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Brannock Tiles\u2019 chief executive Oona Selby said the kilns would close in "
            "the spring.",
            {"Oona Selby": "Brannock Tiles"},
        ),
        (
            "Quillon Freight's operations director Ravi Mott said fuel costs had risen "
            "faster than expected.",
            {"Ravi Mott": "Quillon Freight"},
        ),
        (
            "Corwen Pask, manager of the patients\u2019 watchdog Healthwatch Dunmere, said "
            "families had called the group in tears.",
            {"Corwen Pask": "Healthwatch Dunmere"},
        ),
    ],
)
def test_the_organisation_owning_the_title_is_the_persons(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert affiliations(nlp, text) == expected


def test_a_lone_surname_taken_up_by_she_is_a_person(nlp: Language) -> None:
    text = (
        "Harbour dues will rise by a tenth in April.\n\n"
        "Selby said the kilns would close. \u201cWe tried everything to keep them lit,\u201d "
        "she said."
    )
    quotes = extract_doc(nlp(text)).quotes
    assert {(q.speaker, q.speaker_kind) for q in quotes} == {("Selby", "person")}
    assert len(quotes) == 2  # the pronoun's quote is hers too


def _story(folder: Path, name: str, published: str, title: str, body: str) -> None:
    story = {"title": title, "url": f"https://news.example/{name}", "published": published}
    story["body"] = body
    (folder / f"{name}.json").write_text(json.dumps(story), encoding="utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four stories: Selby speaks for Brannock Tiles, is quoted by surname alone, then
    chairs the Kiln Workers' Forum and is quoted by surname alone again."""
    folder = tmp_path_factory.mktemp("across")
    _story(
        folder,
        "a",
        "2025-03-02T09:00:00+00:00",
        "Brannock Tiles to shut two kilns",
        "Brannock Tiles will shut two of its four kilns.\n\nOona Selby, a spokeswoman for "
        "Brannock Tiles, said: \u201cGas prices have doubled and the kilns burn gas all day.\u201d",
    )
    _story(
        folder,
        "b",
        "2025-04-06T09:00:00+00:00",
        "Brannock kiln workers offered transfers",
        "Workers at the two kilns will be offered jobs at the firm's other site.\n\nSelby said "
        "nobody would lose their job. \u201cEvery worker has a place at Eastwick if they want "
        "it,\u201d she said.",
    )
    _story(
        folder,
        "c",
        "2025-09-10T09:00:00+00:00",
        "Kiln workers' group gets a new chair",
        "The Kiln Workers' Forum has a new chair.\n\nThe forum's new chair, Oona Selby, who "
        "left Brannock Tiles in the summer, said: \u201cI know how the firm thinks, and I "
        "know where it cuts corners.\u201d",
    )
    _story(
        folder,
        "d",
        "2025-10-14T09:00:00+00:00",
        "Brannock Tiles to cut night shifts",
        "Brannock Tiles will end night shifts at Eastwick from January.\n\nSelby said the "
        "cut would cost families dearly. \u201cA night shift is how half of these families "
        "pay the rent,\u201d she said.",
    )
    return ingested(folder / "across.db", folder)


def _said(db: Path, question: str) -> str:
    answer = ask_json(db, question, "--limit", "0")
    return " | ".join(normalise(q["text"]) for q in answer["quotes"] or [])


def test_a_surname_alone_in_a_later_story_speaks_for_her_organisation(db: Path) -> None:
    said = _said(db, "what did Brannock Tiles say?")
    assert "Gas prices have doubled" in said
    assert "Every worker has a place at Eastwick" in said


def test_after_a_move_the_person_speaks_for_the_new_organisation(db: Path) -> None:
    firm = _said(db, "what did Brannock Tiles say?")
    assert "where it cuts corners" not in firm
    assert "how half of these families pay the rent" not in firm
    forum = _said(db, "what has the Kiln Workers' Forum said?")
    assert "where it cuts corners" in forum
    assert "how half of these families pay the rent" in forum
    assert "Gas prices have doubled" not in forum


def test_the_person_keeps_everything_she_said(db: Path) -> None:
    said = _said(db, "what did Oona Selby say?")
    for words in ("Gas prices have doubled", "Every worker has a place", "where it cuts corners"):
        assert words in said


def test_a_surname_the_recogniser_takes_for_a_firm_is_the_person_the_store_knows(
    tmp_path: Path,
) -> None:
    _story(
        tmp_path,
        "e",
        "2025-05-01T09:00:00+00:00",
        "Glasdon Rail drops Sunday trains",
        "Glasdon Rail will run no Sunday trains to Pennock this summer.\n\nWyn Pendry, a "
        "spokesman for Glasdon Rail, said there were not enough drivers.",
    )
    _story(
        tmp_path,
        "f",
        "2025-06-01T09:00:00+00:00",
        "Pennock Sunday trains to return in August",
        "Sunday trains to Pennock will return in August.\n\nPendry said six new drivers had "
        "finished their training.",
    )
    db = ingested(tmp_path / "pendry.db", tmp_path)
    answer = ask_json(db, "what did Glasdon Rail say?", "--limit", "0")
    assert {q["speaker"] for q in answer["quotes"]} == {"Wyn Pendry"}
    assert "six new drivers had finished their training" in _said(db, "what did Glasdon Rail say?")
