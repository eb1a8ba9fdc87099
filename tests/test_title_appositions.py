"""Titles the small model misreads beside a name: a title after a name and a comma parsed
as a conjunct ("The Venerable Margaret Osei-Bonsu, Archdeacon of Brackendale, said": no
"and" makes a list, so it is her apposition: extract/misparses.py), a title alone taken
for an organisation ("Archdeacon": extract/ner_repairs.py), and a plural's curly
apostrophe inside a body's name before a title ("the Wealdmoor Farmers’ Alliance
spokeswoman": the body's name keeps it); a title "of" a place serves the one body named "of"
it (extract/noun_titles.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import extracted_quotes, speaker_of

DIOCESE = (
    "The Diocese of Brackendale has agreed to let Brackendale Youth Orchestra stay.\n\n"
    "The Venerable Margaret Osei-Bonsu, Archdeacon of Brackendale, said the diocese had "
    "listened to parents.\n\n"
    "The archdeacon said the sale would go ahead.\n"
)


def test_a_title_after_a_comma_is_the_names_apposition(nlp: Language) -> None:
    found = extracted_quotes(nlp, DIOCESE)
    listened = next(q for q in found if "listened" in q.text)
    assert (listened.speaker, listened.speaker_title) == ("Margaret Osei-Bonsu", "Archdeacon")


def test_the_title_alone_later_is_its_holder(nlp: Language) -> None:
    assert speaker_of(extracted_quotes(nlp, DIOCESE), "the sale would go ahead") == (
        "Margaret Osei-Bonsu"
    )


def test_a_list_of_names_stays_a_list(nlp: Language) -> None:
    text = "Ann Lee, Chairman Bob Hale and Cara Moss said the plan was wrong."
    assert not any(
        q.speaker_title == "Chairman" and q.speaker == "Ann Lee"
        for q in extracted_quotes(nlp, text)
    )


def test_a_curly_plural_possessive_stays_in_the_bodys_name(nlp: Language) -> None:
    text = (
        "Siobhan Tierney, the Wealdmoor Farmers\u2019 Alliance spokeswoman, said the show "
        "was the only place young farmers met buyers."
    )
    found = extracted_quotes(nlp, text)
    assert [q.speaker_org for q in found] == ["Wealdmoor Farmers\u2019 Alliance"]


def test_a_title_of_a_place_serves_the_body_named_of_it(nlp: Language) -> None:
    """ "Archdeacon of Brackendale" in the story of the Diocese of Brackendale: the diocese,
    not the orchestra whose name begins with the place."""
    found = extracted_quotes(nlp, DIOCESE)
    assert {q.speaker_org for q in found if q.speaker == "Margaret Osei-Bonsu"} == {
        "Diocese of Brackendale"
    }


def test_a_describing_noun_before_a_name_is_no_body(nlp: Language) -> None:
    """The recogniser reads "Hotelier Giulia Santoro" as one organisation's name: the noun
    is her title, and gives her no organisation called Hotelier."""
    text = "The minister visited Torsa. Hotelier Giulia Santoro said the minister had listened."
    found = extracted_quotes(nlp, text)
    assert [(q.speaker, q.speaker_org) for q in found] == [("Giulia Santoro", None)]


def test_a_kind_noun_opening_a_title_is_the_storys_body(nlp: Language) -> None:
    """ "Club chairman X" at a sentence's start: the club the story named, not a body
    called Club."""
    text = (
        "Runners from the Hallbridge Harriers running club raised money for defibrillators.\n\n"
        "Club chairman Deepak Raghunathan said the page had raised £18,000 in a day."
    )
    orgs = [q.speaker_org or "" for q in extracted_quotes(nlp, text)]
    assert len(orgs) == 1 and orgs[0].startswith("Hallbridge Harriers")
