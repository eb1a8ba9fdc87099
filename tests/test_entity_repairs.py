"""The small model's entity errors that would make wrong speakers (fictional stories): a
sentence's capitalised first word the recogniser takes for a name while the tagger reads a
common word is nobody ("Aides said" is unnamed aides, not a person called Aides)."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc


@pytest.mark.parametrize(
    "text, word, mention",
    [
        (
            "The governor will stand down in May.\n\nAides said she would spend the summer "
            "writing a book about the floods.",
            "Aides",
            "Aides",
        ),
        (
            "Groups representing tenants and landlords said the new rules were unworkable.",
            "Groups",
            "Groups representing tenants and landlords",
        ),
    ],
)
def test_a_common_word_opening_a_sentence_names_nobody(
    nlp: Language, text: str, word: str, mention: str
) -> None:
    extraction = extract_doc(nlp(text))
    (quote,) = extraction.quotes
    assert quote.speaker is None and quote.mention == mention
    assert all(p.name != word for p in extraction.people)
    assert all(e.text != word for e in extraction.entities)


def test_a_surname_opening_a_sentence_is_still_a_person(nlp: Language) -> None:
    text = (
        "The Carrow depot will close in June.\n\nOstrander said the drivers would be offered "
        "work at Elmbury."
    )
    (quote,) = extract_doc(nlp(text)).quotes
    assert (quote.speaker, quote.speaker_kind) == ("Ostrander", "person")


@pytest.mark.parametrize(
    "text",
    [
        "The billionaire shipping mogul told the council the harbour would close.",
        "\u201cWe will close the harbour,\u201d the billionaire business mogul said.",
    ],
)
def test_a_word_in_lower_case_is_no_name(nlp: Language, text: str) -> None:
    (quote,) = extract_doc(nlp(text)).quotes
    assert quote.speaker is None and quote.speaker_kind is None
    assert quote.mention is not None and quote.mention.lower().endswith("mogul")


def test_an_organisation_named_in_lower_case_is_the_one_the_story_named(nlp: Language) -> None:
    text = (
        "The Royal Navy recalled the frigate Osprey on Monday.\n\n"
        "\u201cThe ship is safe,\u201d the navy said."
    )
    quotes = extract_doc(nlp(text)).quotes
    assert ("Royal Navy", "org") in {(q.speaker, q.speaker_kind) for q in quotes}
    alone = extract_doc(nlp("\u201cThe ship is safe,\u201d the navy said.")).quotes
    assert [(q.speaker, q.mention) for q in alone] == [(None, "the navy")]


@pytest.mark.parametrize(
    "text, firm",
    [
        ("\u201cWe cannot run the depot on goodwill,\u201d Harlow Haulage said.", "Harlow Haulage"),
        ("\u201cThe route is closed,\u201d Tarrant Freight said on Monday.", "Tarrant Freight"),
        ("\u201cWe will move the depot,\u201d Denby Removals said.", "Denby Removals"),
        ("Kestrel Leisure said the park would reopen in April.", "Kestrel Leisure"),
        ("Pennant Housing said the rent would rise in April.", "Pennant Housing"),
        ("Harlow Estates said the rent would rise in April.", "Harlow Estates"),
        ("Wentworth Builders said the plan would go ahead in April.", "Wentworth Builders"),
        ("Aurelis Cruises said it could bring passengers ashore by boat.", "Aurelis Cruises"),
        ("Riverside Vets said its prices would rise in April.", "Riverside Vets"),
        ("Kestle Breweries said the pub would close in April.", "Kestle Breweries"),
    ],
)
def test_a_firm_named_for_its_trade_is_no_person(nlp: Language, text: str, firm: str) -> None:
    (quote,) = extract_doc(nlp(text)).quotes
    assert (quote.speaker, quote.speaker_kind) == (firm, "org")


def test_trade_words_are_business_words() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    trades = {
        "haulage",
        "freight",
        "logistics",
        "removals",
        "buses",
        "cruises",
        "vets",
        "breweries",
    }
    assert trades <= set(raw["org_words"])
    assert trades - {"buses"} <= set(raw["org_families"]["business"])


def test_a_capitalised_plural_opening_a_sentence_is_a_group_not_a_person(nlp: Language) -> None:
    """ "Fishmongers, who had warned ...": the tagger reads it as a proper noun; lower-cased
    in its sentence it is a plural common noun, so no person called Fishmongers speaks."""
    text = (
        "A third walkout at the Port of Kelsey has been called off after talks that ran "
        'through the night.\n\n"Both sides showed patience in the last few hours," Dravik '
        'said. "I have seen many rows end worse."\n\nFishmongers, who had warned of lasting '
        "harm to the market, greeted the news with relief. Oona Pellitier, the owner of "
        "Pellitier Seafoods, said she had told her staff to be at the stalls by Monday "
        'morning.\n\n"Thank heavens," she said.'
    )
    extraction = extract_doc(nlp(text))
    warned = next(q for q in extraction.quotes if "lasting harm" in q.text)
    assert warned.speaker is None
    assert all(p.name != "Fishmongers" for p in extraction.people)
    heavens = next(q for q in extraction.quotes if "Thank heavens" in q.text)
    assert heavens.speaker == "Oona Pellitier"


def test_an_organisation_name_ends_before_a_verb(nlp: Language) -> None:
    """ "The chief executive of Solvane Telecom told MPs": the recogniser's entity takes in
    "told"; the organisation the speaker is credited to is "Solvane Telecom"."""
    text = (
        "The chief executive of Solvane Telecom told MPs on Thursday that he had not known "
        "about the fault."
    )
    extraction = extract_doc(nlp(text))
    (quote,) = extraction.quotes
    assert quote.speaker_org == "Solvane Telecom"
    assert {e.text for e in extraction.entities if e.label == "ORG"} == {"Solvane Telecom"}


def test_the_regulator_is_the_authority_not_the_telecom_firm_it_investigates(
    nlp: Language,
) -> None:
    """ "Corvane Telecom" is a business by its name's last word, so "the regulator" later
    refers back to the standards authority, not to the firm under investigation."""
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    assert {"telecom", "telecoms", "broadband"} <= set(raw["org_families"]["business"])
    text = (
        "The energy regulator has opened an inquiry into Corvane Telecom after a week of "
        "outages.\n\nThe Network Standards Authority said it would examine whether Corvane "
        'had broken its licence by failing to keep a backup route.\n\n"Customers expect a '
        "network that one flood cannot take down,\" said Imogen Tarrant, the authority's head "
        "of enforcement.\n\nTarrant said the "
        "inquiry would take six months. The regulator has also written to the other "
        "operators asking them to confirm that their backup routes are separate.\n\n"
        "Corvane said it welcomed the inquiry."
    )
    quotes = extract_doc(nlp(text)).quotes
    confirm = next(q for q in quotes if "backup routes are separate" in q.text)
    assert confirm.speaker == "Network Standards Authority"
    welcomed = next(q for q in quotes if "welcomed the inquiry" in q.text)
    assert welcomed.speaker == "Corvane Telecom"


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Co-operative Homes Federation offered to send an adviser to help.",
            "Co-operative Homes Federation",
        ),
        ("Co-operative Homes Federation said it would help.", "Co-operative Homes Federation"),
    ],
)
def test_a_capitalised_hyphened_word_begins_the_bodys_name(
    nlp: Language, text: str, body: str
) -> None:
    """The recogniser leaves "Co-operative" out of the name it modifies."""
    assert [q.speaker for q in extract_doc(nlp(text)).quotes] == [body]


def test_a_place_and_another_before_a_bodys_words_are_one_name(nlp: Language) -> None:
    """ "Lowmoor" opens Lowmoor General Hospital elsewhere: a place, so "Lowmoor and Fennick
    NHS Trust" is one trust, though the recogniser took "Lowmoor" for a body of its own."""
    text = (
        "Lowmoor General Hospital will close its minor injuries unit at night.\n\n"
        "In a statement, Lowmoor and Fennick NHS Trust said it had never frozen recruitment."
    )
    assert [q.speaker for q in extract_doc(nlp(text)).quotes] == ["Lowmoor and Fennick NHS Trust"]


def test_two_firms_joined_by_and_stay_two(nlp: Language) -> None:
    text = "Google and Microsoft Corp said they would appeal the fine."
    assert "Google and Microsoft Corp" not in {q.speaker for q in extract_doc(nlp(text)).quotes}
