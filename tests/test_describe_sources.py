"""Extraction keeps how a source is described (extract/data/descriptions.json, one test per
family): a relative named by a given name takes the related person's surname (family), the
person a family or friends belong to stays in their description and their "they" is theirs
(kin), and a place's possessive before a title is no description (territories), while any
other common-noun possessor is ("the lorry's driver")."""

from __future__ import annotations

from spacy.language import Language

from extract.descriptions import descriptions_data, kin_group, territory_nouns
from extract.pipeline import extract_doc
from extract.relatives import converse_relations, relation_noun, with_family_surnames
from records.extraction import Person
from tests.conftest import extracted_quotes, speaker_of


def test_family_a_relative_named_by_given_name_takes_the_surname(nlp: Language) -> None:
    text = (
        "Tributes were paid to Agnes Pellow, 81. Mrs Pellow's son, Gideon, said she had "
        'run the village shop for fifty years. "She knew everyone by name," he said.'
    )
    found = extracted_quotes(nlp, text)
    assert speaker_of(found, "knew everyone by name") == "Gideon Pellow"
    assert relation_noun("Son") == "son"
    assert "mother" in converse_relations("Son")
    assert all(converse_relations(k) for k in descriptions_data()["family"])


def test_family_a_given_name_related_to_a_given_name_keeps_its_name() -> None:
    maisie = Person("Maisie", "person")
    callum = Person("Callum", "person", title="Brother", org="Maisie")
    olsen = Person("Ida Olsen", "person")
    niece = Person("Freya", "person", title="Niece", org="Ida Olsen")  # no family relation
    with_family_surnames([maisie, callum, olsen, niece])
    assert callum.name == "Callum"  # Maisie has no surname here
    assert niece.name == "Freya"


def test_kin_keep_the_person_they_belong_to_and_their_they(nlp: Language) -> None:
    text = (
        "Orrin Vale died in the fire at his workshop. In a statement, the family of Orrin "
        'Vale said he had been proud of the business. "He built it with his hands," they said.'
    )
    found = extracted_quotes(nlp, text)
    quote = next(q for q in found if "built it with his hands" in q.text)
    assert quote.speaker is None
    assert (quote.speaker_title or "").lower() == "the family of orrin vale"
    assert kin_group("The family of Orrin Vale") and not kin_group("One nurse")


def test_territories_and_described_possessors_in_titles(nlp: Language) -> None:
    text = (
        "The county's coroner, Dr Hester Langley, opened the inquest. The van's driver, "
        "Emil Radek, said he had braked hard. The coroner said the road was wet."
    )
    people = {p.name: p for p in extract_doc(nlp(text)).people}
    assert people["Emil Radek"].title == "Van's driver"
    assert people["Hester Langley"].title == "Coroner"
    assert "county" in territory_nouns()
