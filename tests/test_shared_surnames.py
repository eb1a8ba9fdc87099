"""Two people named with one surname ("Ahmet and Leyla Demir"): the first given name is
that person's, with the shared surname, so "Mr Demir said" is Ahmet Demir's and "Mrs Demir
said" Leyla Demir's (fictional story, the real model)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.conftest import extracted_quotes, said_by, speaker_of, story_db

SHOP = (
    "Village shop bought by its customers\n"
    "More than 230 villagers put money into the shop.\n"
    "The shop's previous owners, Ahmet and Leyla Demir, ran it for 22 years and are "
    "retiring. Mr Demir said they had turned down a higher offer from a developer. "
    '"We wanted it to stay a shop," he said.\n'
    "Mrs Demir said she would volunteer on Saturday mornings.\n"
)


def test_each_of_the_pair_gets_the_shared_surname(nlp: Language) -> None:
    found = extracted_quotes(nlp, SHOP)
    assert speaker_of(found, "turned down a higher offer") == "Ahmet Demir"
    assert speaker_of(found, "stay a shop") == "Ahmet Demir"
    assert speaker_of(found, "volunteer on Saturday") == "Leyla Demir"


def test_the_husband_is_asked_for_by_his_full_name(tmp_path: Path) -> None:
    said, speakers = said_by(story_db(tmp_path, "shop", SHOP), "Ahmet Demir")
    assert speakers == {"Ahmet Demir"} and "higher offer" in said
