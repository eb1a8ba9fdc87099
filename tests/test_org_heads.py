"""Organisations whose names open with a given name, and offices and styles the small model
takes for names (fictional stories): a name of several words ending in an organisation's head
noun ("Foods", "Steel", "Cathedral": extract/data/people_words.json org_heads) is an
organisation; "the Provost of Y" is an office, not a person called Provost; chained styles of
address ("the Very Rev", "the Rt Hon": common/data/titles.json "styles") are no part of a
name."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ROOT

HEADS = json.loads((ROOT / "extract" / "data" / "people_words.json").read_text("utf-8"))


@pytest.mark.parametrize("head", ["Foods", "Steel", "Cathedral"])
def test_a_name_ending_in_an_org_head_is_an_organisation(nlp: Language, head: str) -> None:
    assert head.lower() in HEADS["org_heads"]["words"]
    name = f"Martin Hale {head}"
    text = (
        f"A spokeswoman for {name} said the plans were final and would not be reopened.\n\n"
        f"{name} said it regretted the decision."
    )
    extraction = extract_doc(nlp(text))
    kinds = {p.name: p.kind for p in extraction.people}
    assert kinds.get(name) == "org"
    assert "person" not in {kinds.get(n) for n in kinds if n.startswith("Martin")}


@pytest.mark.parametrize("style", ["the Very Rev", "the Rt Hon", "the Most Rev", "the Ven"])
def test_a_chained_style_is_no_part_of_the_name(nlp: Language, style: str) -> None:
    text = (
        f"The Provost of Elmbridge, {style} Lorna Castell, said the hall would reopen in May.\n\n"
        '"We owe the town nothing less," Castell said.'
    )
    extraction = extract_doc(nlp(text))
    assert [q.speaker for q in extraction.quotes] == ["Lorna Castell", "Lorna Castell"]
    people = [p.name for p in extraction.people if p.kind == "person"]
    assert people == ["Lorna Castell"]


def test_an_office_of_a_place_is_no_person(nlp: Language) -> None:
    text = (
        "The Dean of Elmbridge, the Very Rev Lorna Castell, said the hall would reopen in May. "
        '"We owe the town nothing less," she said.'
    )
    extraction = extract_doc(nlp(text))
    people = [p for p in extraction.people if p.kind == "person"]
    assert [(p.name, p.title) for p in people] == [("Lorna Castell", "Dean")]
    assert {q.speaker for q in extraction.quotes} == {"Lorna Castell"}
