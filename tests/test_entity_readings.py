"""How the entity model reads a firm's name the small model reads inconsistently: one name,
one reading across the article (extract/name_spread.py); "which" marks a name as no
person's (extract/org_marks.py); "the rival brewer" is the other firm
(extract/contrast_orgs.py); "the family firm" tells no body from another
(extract/data/described_bodies.json)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, extracted_quotes, speakers_in, story_db

BAKERY = (
    "Pellow's Bakery to close after ninety years\n\n"
    "Pellow's Bakery in Trenmouth will stop baking in the spring with the loss of 40 jobs, "
    "the family firm announced on Friday.\n\n"
    "Pellow's Bakery in Trenmouth will stop baking in the spring with the loss of 40 jobs, "
    "the family firm announced on Friday. The bakery, founded in 1931, will close its "
    "Quay Street site by the end of April.\n\n"
    "Tamsin Pellow, the firm's managing director, said the decision had been \"the "
    'saddest of my life".\n\n'
    'The firm said redundancy terms would be "well above the legal minimum".\n\n'
    'A spokesman for Pellow\'s said the firm had "followed the law to the letter".'
)


def test_a_firm_read_once_as_a_name_is_that_name_wherever_it_is_written(nlp: Language) -> None:
    extraction = extract_doc(
        nlp(
            "Sawmill to close with loss of 60 jobs\n\n"
            "Holt Timber said it would appeal against the ruling, which it called unfair.\n\n"
            "Staff at Holt Timber were told on Friday that the sawmill would shut in March."
        )
    )
    kinds = [p.kind for p in extraction.people if p.name == "Holt Timber"]
    assert kinds == ["org"]  # one organisation, not a person beside it
    assert [(q.speaker, q.speaker_kind) for q in extraction.quotes] == [("Holt Timber", "org")]


def test_an_owners_name_and_an_organisations_word_are_one_name(nlp: Language) -> None:
    extraction = extract_doc(nlp(BAKERY))
    assert "Bakery" not in {p.name for p in extraction.people}
    found = {q.speaker for q in extraction.quotes if "legal minimum" in q.text}
    assert found == {"Pellow's Bakery"}


def test_the_owners_name_alone_is_the_firms_short_name(nlp: Language) -> None:
    # "a spokesman for Pellow's": the bakery's, not Tamsin Pellow's
    found = [q for q in extract_doc(nlp(BAKERY)).quotes if "letter" in q.text]
    assert found and {q.speaker_org for q in found} == {"Pellow's Bakery"}


def test_the_family_firm_is_the_firm_the_story_names(nlp: Language) -> None:
    people = {p.name: p for p in extract_doc(nlp(BAKERY)).people}
    assert people["Tamsin Pellow"].org == "Pellow's Bakery"


def test_a_name_which_is_based_somewhere_is_an_organisation(nlp: Language) -> None:
    found = extract_doc(
        nlp(
            "Tile maker rejects takeover\n\nAn offer for Marrick Tiles was rejected on Monday.\n\n"
            "Morwen Tyack, the chief executive of Marrick Tiles, which is based in Holne, said "
            'the offer was too low. "We are worth twice that," she said.'
        )
    )
    kinds = {p.name: p.kind for p in found.people}
    assert kinds["Marrick Tiles"] == "org"
    assert kinds["Morwen Tyack"] == "person"


def test_the_rival_firm_is_the_other_firm_of_the_sentence(nlp: Language) -> None:
    lead = (
        "Pellow's Bakery has rejected an offer from Tarn Ciders to buy its brands and keep "
        "baking in Trenmouth, {} said on Wednesday. Tarn Ciders, which is based in Holne, "
        "offered about a million pounds."
    )
    rival = extracted_quotes(nlp, lead.format("the rival firm"))
    plain = extracted_quotes(nlp, lead.format("the company"))
    assert {q.speaker for q in rival if "rejected" in q.text} == {"Tarn Ciders"}
    assert "Tarn Ciders" not in {q.speaker for q in plain if "rejected" in q.text}


def test_the_outgoing_holder_is_the_holder_asked_for(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "counter",
        "Polwenna post office to close after twenty years\n\n"
        "The only post office in the village of Polwenna will close in January, its "
        "postmaster has announced.\n\n"
        "The only post office in the village of Polwenna will close in January, its "
        "postmaster has announced.\n\n"
        "Gwilym Rowe, the outgoing postmaster, said he could no longer make the counter pay. "
        '"I get a few pence for every parcel," he said.',
    )
    answer = ask_json(db, "what did the postmaster say?")
    assert speakers_in(answer) == {"Gwilym Rowe"}
    assert any("few pence" in q["text"] for q in answer["quotes"])


def test_a_plural_opening_a_lead_after_its_dateline_is_a_group_not_a_body(
    nlp: Language,
) -> None:
    extraction = extract_doc(
        nlp(
            "Crabbers fear for grounds as harbour plans dredging\n\n"
            "TREVANCE, 23 November 2026 - Fishermen in Trevance have warned that plans to "
            "dredge the harbour could destroy the crab grounds.\n\n"
            "Jory Pascoe, chairman of the Trevance Fishermen's Association, said the spoil "
            "would be dumped two miles out."
        )
    )
    assert "Fishermen" not in {p.name for p in extraction.people}
    found = [q for q in extraction.quotes if "crab grounds" in q.text]
    assert found and all(q.speaker is None for q in found)  # unnamed fishermen, no body


def test_a_body_named_for_its_members_speaks_as_the_members(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Harbour dredging paused\n\n"
        "Porthallow Harbour Commissioners, which run the port, have paused their plan to "
        "dredge the harbour.\n\n"
        'In a statement, the commissioners said they had "listened to the fishing '
        'community" and would order a new survey.',
    )
    said = {q.speaker for q in found if "listened" in q.text}
    assert said == {"Porthallow Harbour Commissioners"}


def test_a_description_is_no_holder_of_another_sides_title(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Candidates clash over hospital\n\n"
        "The hospital must stay open, the Labour candidate said on Monday.\n\n"
        "Tom Reed, the Conservative candidate, said the trust had no money to keep it.",
    )
    said = {q.speaker for q in found if "must stay open" in q.text}
    assert "Tom Reed" not in said


def test_a_body_told_of_in_a_sources_clause_is_not_their_body(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Solar farm divides village\n\n"
        "A neighbouring farmer, who did not want to be named because he is related to the "
        "Penrose-Hart family, said the panels would be visible from his house.",
    )
    assert [(q.speaker, q.speaker_org) for q in found] == [(None, None)]
