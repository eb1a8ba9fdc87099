"""Organisations named whole. A campaign's name that opens with a verb ("Save Glenmoor
Maternity", "Save Our Baths") is kept whole before its noun: a campaigner "of the Save
Glenmoor Maternity campaign" is that campaign's, not a "Maternity campaign"'s. A name the
next sentence calls "the company" is a body, not a person. (Fictional names.)"""

from __future__ import annotations

from spacy.language import Language

from extract.role_owners import owner_of_next_role
from tests.conftest import speaker_orgs

_LEAD = "Wexley Hospitals Trust plans to move births from Glenmoor to Wexley.\n\n"


def test_a_campaign_named_by_a_verb_is_kept_whole(nlp: Language) -> None:
    text = (
        _LEAD + "Mhairi Coutts, of the Save Glenmoor Maternity campaign, said 2,000 people "
        "had signed a petition.\n"
    )
    assert speaker_orgs(nlp, text)["Mhairi Coutts"] == "Save Glenmoor Maternity campaign"


def test_a_campaign_with_our_in_its_name_is_kept_whole(nlp: Language) -> None:
    text = (
        _LEAD + "Imogen Harte, a spokeswoman for the Save Our Births group, said 2,000 "
        "people had signed a petition.\n"
    )
    assert speaker_orgs(nlp, text)["Imogen Harte"] == "Save Our Births group"


def test_a_campaign_named_for_a_person_stays_as_written(nlp: Language) -> None:
    text = _LEAD + 'Ffion Morgan, of the Griffiths campaign, said the vote was "close".\n'
    assert speaker_orgs(nlp, text)["Ffion Morgan"] == "Griffiths campaign"


def test_a_name_the_next_sentence_calls_the_company_is_a_body(nlp: Language) -> None:
    text = (
        "Harlow Council has suspended its marathon contract after a safety review.\n\n"
        "Brightfold Events criticised the decision. In a statement, the company said the "
        'review had been "rushed and one-sided".\n'
    )
    orgs = speaker_orgs(nlp, text)
    assert orgs.get("Brightfold Events") == "Brightfold Events", orgs


def test_a_person_named_with_an_honorific_or_his_is_no_body(nlp: Language) -> None:
    cases = [
        ("Dr Mahmoudi said the road was full. The club said it would pay.", "Mahmoudi"),
        ("Thiago Bastos Moreira completed his takeover. The club said it was pleased.", "Moreira"),
    ]
    for text, last in cases:
        doc = nlp(text)
        head = next(t for t in doc if t.text == last)
        words = doc[: head.i + 1].text.split()
        assert not owner_of_next_role(head, words), text
    doc = nlp("Brightfold Events criticised the decision. The company said it was angry.")
    head = next(t for t in doc if t.text == "Events")
    assert owner_of_next_role(head, ["Brightfold", "Events"])
