"""Bodies a story names by a short form, a possessive or its trade alone.

Over two fictional stories about a building society closing a branch and a rowing trust
losing its boathouse:
- "Corbel Rise" is Corbel Rise Building Society when the story names it in full too, and
  "Oakmere Vale" Oakmere Vale Rowing Trust, in the story and in a question: one body, not
  two, so "what did Corbel Rise say?" brings its chief executive and its statement;
- "Brisley Carew's chief executive, X": a post only a body has makes the name a body, though
  the recogniser took it for a person's; "the society said" after it is that body's
  statement when no other body of a trade is in the story;
- "A spokeswoman for Silver Birch, the carers' charity, said": the parser hangs the
  apposition on the spokeswoman, but it describes the charity, whose spokeswoman she is.
Each family of data/people_words.json "short_form_heads" keeps a case; bodies of members
and bodies named after a person keep their names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from extract.org_joins import leading_short_form
from extract.pipeline import extract_doc
from tests.conftest import ROOT, extracted_quotes, said_by, stories_db

BRANCH = (
    "Last branch in Calverley to close in March\n\n"
    "Corbel Rise Building Society is to close its branch on Calverley high street, the "
    "last in the town.\n\n"
    'Corbel Rise said the branch had lost "nine in ten" of its counter customers in five '
    'years. Its chief executive, Ottoline Grieve, said: "We did not take this lightly."\n\n'
    "A spokeswoman for Silver Birch, the carers' charity, said closures left older people "
    'without help. "Nobody should need an app to pay a bill," she said.\n\n'
    "Calverley Traders Association said footfall would fall. Its secretary, Bram Oduya, "
    'said: "The high street loses a reason to visit."\n'
)

BOATHOUSE = (
    "Rowing trust told to leave boathouse\n\n"
    "Oakmere Vale Rowing Trust has been told to leave the boathouse it has used since "
    "1961.\n\n"
    "The town's MP, Cressida Vane, wrote to Brisley Carew's chief executive, Sir Piers "
    "Amberton, asking him to delay the sale.\n\n"
    "Brisley Carew did not attend the meeting. In a statement, the firm said it had "
    '"no plans to change course".\n\n'
    'Oakmere Vale said it would appeal. "We have rowed here for sixty years," its '
    "captain, Juno Achterberg, said.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("firms"), {"branch": BRANCH, "boathouse": BOATHOUSE})


def test_a_firm_asked_for_by_its_short_form_brings_its_people(db: Path) -> None:
    said, speakers = said_by(db, "Corbel Rise")
    assert "Corbel Rise Building Society" in speakers and "Ottoline Grieve" in speakers
    assert "nine in ten" in said and "did not take this lightly" in said
    assert "Bram Oduya" not in speakers  # a traders' body is another body


def test_a_short_form_in_the_story_is_the_named_body(nlp: Language) -> None:
    speakers = {q.speaker for q in extracted_quotes(nlp, BOATHOUSE) if q.speaker}
    assert "Oakmere Vale Rowing Trust" in speakers and "Oakmere Vale" not in speakers


def test_a_post_only_a_body_has_makes_its_owner_a_body(nlp: Language) -> None:
    found = extracted_quotes(nlp, BOATHOUSE)
    statement = next(q for q in found if "no plans to change course" in q.text)
    assert statement.speaker == "Brisley Carew"


def test_the_apposition_after_a_body_describes_it(db: Path) -> None:
    for who in ("Silver Birch", "the carers' charity"):
        said, speakers = said_by(db, who)
        assert "need an app to pay a bill" in said and "without help" in said
        assert "Ottoline Grieve" not in speakers


# family of data/people_words.json short_form_heads -> (short form, full name)
LEFT_OFF = {
    "business": ("Pryor Ashdown", "Pryor Ashdown Bank"),
    "civic": ("Beacon Crest", "Beacon Crest Learning Trust"),
}


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "people_words.json").read_text("utf-8"))
    assert set(raw["short_form_heads"]["families"]) == set(LEFT_OFF)


@pytest.mark.parametrize("family", LEFT_OFF)
def test_a_word_of_the_family_may_be_left_off(family: str) -> None:
    short, full = LEFT_OFF[family]
    assert leading_short_form(short, full) and not leading_short_form(full, short)


@pytest.mark.parametrize(
    "short, full",
    [
        ("Quarry Homes", "Quarry Homes Tenants Association"),  # its tenants' body
        ("Stephen Lawrence", "Stephen Lawrence Trust"),  # named after a person
        ("Marsh Vale", "Marsh Vale Times"),  # a newspaper
        ("Stoke Amberley", "Stoke Amberley Parish Council"),  # a public body
    ],
)
def test_another_body_keeps_its_name(short: str, full: str) -> None:
    assert not leading_short_form(short, full)


def test_a_place_is_no_short_form_of_a_firm_named_after_it(nlp: Language) -> None:
    """ "Halden Bay" is a place where the recogniser reads it so ("its Halden Bay depot"):
    its MP is no officer of Halden Bay Logistics."""
    text = (
        "Halden Bay Logistics is to move 300 jobs from its Halden Bay depot.\n\n"
        "Halden Bay\u2019s MP, Crispin Orde, said he would raise the move with ministers. "
        '"This town built that company," he said.'
    )
    people = {p.name: p.org for p in extract_doc(nlp(text)).people}
    assert people["Crispin Orde"] != "Halden Bay Logistics"
