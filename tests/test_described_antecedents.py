"""A person described, not named ("One voter, a retired fisherman from Carse"), as the
antecedent of a later "he" or "she": the quote is the described person's, found by the
description, unless a person who may be meant is named nearer, the description's gender
disagrees, or a definite description may be someone named before (fictional articles)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, said_in, speaker_of, story_db
from tests.conftest import extracted_quotes as quotes

VOTER = (
    "Harbour vote counted.\n\n"
    "The count in Brennock ran late into Friday night. One voter, a retired trawlerman from "
    'Brennock, was unimpressed by the result. "They promised us a new pier twice," he said.'
)


def _title_of(nlp: Language, text: str, words: str) -> tuple[str | None, str | None]:
    for quote in extract_doc(nlp(text)).quotes:
        if words in quote.text:
            return quote.speaker, quote.speaker_title
    raise AssertionError(f"no quote holds {words!r}")


def test_he_after_a_described_voter_is_the_voter(nlp: Language) -> None:
    speaker, title = _title_of(nlp, VOTER, "new pier twice")
    assert speaker is None
    assert title == "One voter, a retired trawlerman from Brennock"


@pytest.mark.parametrize("question", ["what did the trawlerman say?", "what did voters say?"])
def test_the_described_speaker_is_found_by_either_description(
    tmp_path: Path, question: str
) -> None:
    found = said_in(ask_json(story_db(tmp_path, "pier", VOTER), question))
    assert any("new pier twice" in text for _, text in found)


def test_a_described_person_nearer_than_the_name_takes_the_he(nlp: Language) -> None:
    text = (
        "Bakery shuts.\n\n"
        "Olaf Brenning, the owner, locked the doors on Monday. A grandfather from the estate "
        'stood outside in the rain. "I bought bread here for forty years," he said.'
    )
    speaker, title = _title_of(nlp, text, "forty years")
    assert speaker is None
    assert title == "A grandfather from the estate"


def test_a_name_nearer_than_the_description_keeps_the_he(nlp: Language) -> None:
    text = (
        "Bakery shuts.\n\n"
        "A grandfather from the estate stood outside in the rain. Olaf Brenning, the owner, "
        'locked the doors on Monday. "The rent doubled in a year," he said.'
    )
    assert speaker_of(quotes(nlp, text), "rent doubled") == "Olaf Brenning"


def test_a_description_in_an_aside_of_the_speakers_sentence_is_out_of_view(
    nlp: Language,
) -> None:
    # "before a single parent had been asked" tells when; "he" is still the one who accused
    text = (
        "Nursery strike ballot.\n\n"
        '"Nobody wants a picket line," said Kwame Asante-Boyd, the union\'s branch secretary.\n\n'
        "He accused the council of deciding the nursery's fate before a single parent had "
        'been asked. "The decision was made in a back room in October," he said.'
    )
    assert speaker_of(quotes(nlp, text), "back room") == "Kwame Asante-Boyd"


def test_a_description_of_the_other_gender_is_no_antecedent(nlp: Language) -> None:
    text = (
        "Bakery shuts.\n\n"
        "Olaf Brenning, the owner, locked the doors on Monday. A mother from the estate "
        'stood outside in the rain. "The rent doubled in a year," he said.'
    )
    assert "mother" not in (_title_of(nlp, text, "rent doubled")[1] or "")


def test_a_definite_description_after_a_name_may_be_that_person(nlp: Language) -> None:
    text = (
        "Pier row.\n\n"
        "Tomas Varga, a trawlerman, has sailed from Brennock for forty years. The fisherman "
        'was unimpressed. "They promised us a new pier twice," he said.'
    )
    assert speaker_of(quotes(nlp, text), "new pier twice") == "Tomas Varga"


def _families() -> list[tuple[str, str, str]]:
    raw = json.loads(
        resources.files("extract").joinpath("data/described_people.json").read_text("utf-8")
    )
    found = [(g, f, words[0]) for g in ("male", "female") for f, words in raw[g].items()]
    return [*found, ("either", "people", raw["people"][0])]


@pytest.mark.parametrize("gender, family, word", _families())
def test_each_family_of_person_nouns_makes_a_described_antecedent(
    nlp: Language, gender: str, family: str, word: str
) -> None:
    pronoun = "she" if gender == "female" else "he"
    text = (
        "Ferry cut.\n\n"
        "Councillor Rhian Doull confirmed the cut on Monday.\n\n"
        f"Later, a {word} from Skellig Quay waited at the slipway. "
        f'"We will be stranded all winter," {pronoun} said.'
    )
    speaker, title = _title_of(nlp, text, "stranded all winter")
    assert speaker is None and title is not None and word in title
    if gender != "either":
        other = "he" if pronoun == "she" else "she"
        swapped = text.replace(f"{pronoun} said", f"{other} said")
        assert _title_of(nlp, swapped, "stranded all winter")[1] != title


def test_described_people_are_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/described_people.json").read_text("utf-8")
    )
    assert {"kin", "person", "work"} <= set(raw["male"]) & set(raw["female"])
    assert "fisherman" in raw["male"]["work"] and "mother" in raw["female"]["kin"]
    assert "voter" not in raw["people"] or "neighbour" in raw["people"]


def test_they_after_described_people_are_those_people(nlp: Language) -> None:
    text = (
        "School row.\n\n"
        "Parents at the Glenmoor school gate were furious on Monday. "
        '"Nobody asked us about any of this," they said.'
    )
    speaker, title = _title_of(nlp, text, "Nobody asked us")
    assert speaker is None
    assert title == "Parents at the Glenmoor school gate"


def test_they_after_an_organisation_named_later_is_not_the_people(nlp: Language) -> None:
    text = (
        "School row.\n\n"
        "Parents at the school gate were furious on Monday. The Glenmoor Schools Trust "
        'defended the plan. "Nobody asked us about any of this," they said.'
    )
    assert "Parents" not in (_title_of(nlp, text, "Nobody asked us")[1] or "")


def _quantifiers() -> list[str]:
    raw = json.loads(
        resources.files("extract").joinpath("data/described_people.json").read_text("utf-8")
    )
    return [w for w in raw["quantifiers"] if w not in ("all", "neither", "either")][:4]


@pytest.mark.parametrize("word", _quantifiers())
def test_a_quantified_description_is_no_antecedent(nlp: Language, word: str) -> None:
    text = (
        "Ferry checks.\n\n"
        "Skerrow Ferries rejected the claim. Its safety chief, Wenna Pascoe, said "
        f'{word} driver passed the same checks. "We welcome any inspection," she said.'
    )
    assert speaker_of(quotes(nlp, text), "welcome any inspection") == "Wenna Pascoe"


def test_one_of_a_group_who_spoke_of_someone_named_keeps_the_he(nlp: Language) -> None:
    # "One of the rescued linesmen ... said the foreman had ...": the foreman is spoken of;
    # the next "he said" is the linesman's, a "-man" compound being a man
    text = (
        "Pylon crew rescued\n\n"
        "Their foreman, Tadeusz Wrona, 58, is still in hospital.\n\n"
        "One of the rescued linesmen, speaking outside the depot, said the foreman had "
        'sent the others down first. "He always puts us before himself," he said.\n'
    )
    speaker, title = _title_of(nlp, text, "He always puts us before himself")
    assert speaker is None
    assert title is not None and "linesmen" in title


@pytest.mark.parametrize(
    "name, clause, pronoun",
    [
        ("Kwabena Owusu", "whose son was knocked off his bike on the bridge", "he"),
        ("Bernadette Okafor", "whose daughter lost her job at the mill in March", "she"),
    ],
)
def test_a_person_a_relative_clause_tells_of_is_no_antecedent(
    nlp: Language, name: str, clause: str, pronoun: str
) -> None:
    text = (
        "Toll bridge fee to rise.\n\n"
        "Drivers will pay more to cross the Aldwick toll bridge from January. "
        f"{name}, {clause}, opposes the rise. "
        f'"Every penny of it comes out of the food budget," {pronoun} said.'
    )
    assert speaker_of(quotes(nlp, text), "food budget") == name


def test_a_spokeswoman_who_acted_before_she_spoke_speaks_for_her_body(
    nlp: Language, tmp_path: Path
) -> None:
    """ "A spokeswoman for the Department for Rural Affairs rejected the criticism. She
    said ..." is the department's spokeswoman, as when she says it in the first sentence:
    "what did the Department for Rural Affairs say?" finds it."""
    text = (
        "Minister defends bus grants.\n\n"
        "Villagers in Orrisdale say their last bus was cut in the summer. A spokeswoman for "
        "the Department for Rural Affairs rejected the criticism. She said the department "
        'had "doubled the money for rural routes" this year.'
    )
    found = [q for q in extract_doc(nlp(text)).quotes if "doubled the money" in q.text]
    assert found and all(q.speaker_org == "Department for Rural Affairs" for q in found)
    assert found[0].speaker_title == "A spokeswoman"
    answer = ask_json(
        story_db(tmp_path, "bus", text), "what did the Department for Rural Affairs say?"
    )
    assert any("doubled the money for rural routes" in t for _, t in said_in(answer))
