"""An officer introduced as "of <Place> Police('s <unit>)" is the force's (extract/attributes.py,
a part of an organisation is its owner's), so "what did the police say?" finds the officer,
by the full name and by the abbreviated rank written later (fictional stories)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, normalise, story_db

STORY = (
    "Stolen Ashby tenants' records posted online, police say\n\n"
    "ASHBY, 3 March 2026 \u2013 Records stolen from Ashby Homes have been posted on a "
    "criminal forum, police said.\n\n"
    "Detective Inspector Morag Keelan, of Ashby Police's fraud unit, said the records "
    "held tenants' names and rent accounts.\n\n"
    "\u201cNobody from the police will ever ring you to ask for a password,\u201d DI Keelan "
    "said."
)


@pytest.mark.parametrize(
    "text, org",
    [
        ("Morag Keelan, of Ashby Police's fraud unit, said the records were gone.", "Ashby Police"),
        (
            "Morag Keelan, of Ashby Council's fraud squad, said the records were gone.",
            "Ashby Council",
        ),
        ("Morag Keelan, of Ashby Police, said the records were gone.", "Ashby Police"),
    ],
)
def test_a_unit_of_an_organisation_is_the_organisation_s(
    nlp: Language, text: str, org: str
) -> None:
    (quote,) = extract_doc(nlp(text)).quotes
    assert (quote.speaker, quote.speaker_org) == ("Morag Keelan", org)


def test_the_police_are_their_officers(tmp_path: Path) -> None:
    db = story_db(tmp_path, "records", STORY)
    answer = ask_json(db, "what did the police say about the stolen records?", "--limit", "0")
    said = {(q["speaker"], normalise(q["text"])) for q in answer["quotes"]}
    assert (
        "Morag Keelan",
        "Nobody from the police will ever ring you to ask for a password",
    ) in said
    assert {q["speaker"] for q in answer["quotes"]} <= {"Morag Keelan", None}
