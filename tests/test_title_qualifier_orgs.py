"""An officer whose title's qualifier names one organisation of the story ("Martin
Greaves, the town clerk" in a story naming Pellingham Town Council) serves it, when nothing
else gives them one; a title qualifying no organisation, or several, gives none, and an
elected member (extract/data/people_words.json "elected_members": "the ward's county
councillor") is the body's member, not its voice. (Fictional names.)"""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import speaker_orgs

_HUT = (
    "Scout hut shut after asbestos found\n\n"
    "A scout hut used by 1st Wexcombe Scout Group has been closed after a survey found "
    "asbestos. The hut is owned by Wexcombe Town Council.\n\n"
    "Martin Greavesby, the town clerk, said the survey had been part of a routine review. "
    '"The advice was clear," he said.\n\n'
    'Sheep farmer Elin Prydderch said the scouts "deserve better".\n'
)


def test_the_town_clerk_serves_the_town_council(nlp: Language) -> None:
    orgs = speaker_orgs(nlp, _HUT)
    assert orgs["Martin Greavesby"] == "Wexcombe Town Council", orgs
    assert orgs["Elin Prydderch"] is None, orgs


def test_an_elected_member_is_not_made_the_bodys_voice(nlp: Language) -> None:
    text = (
        "Crossing patrol to be withdrawn\n\n"
        "Kessmoor County Council will withdraw the crossing patrol on Hollins Lane.\n\n"
        "The ward's county councillor, Callum Ferrby, accused the cabinet of hiding behind a "
        'formula. "No spreadsheet is going to explain that," he said.\n'
    )
    assert speaker_orgs(nlp, text)["Callum Ferrby"] is None


def test_a_qualifier_names_a_body_only_before_its_organisation_word(nlp: Language) -> None:
    text = (
        "Congress to vote on the veto\n\n"
        "Congress will vote on the veto this week, the White House said.\n\n"
        'House Speaker Pam Ridley said the votes were there. "We will override it," Ridley '
        "said.\n"
    )
    assert speaker_orgs(nlp, text)["Pam Ridley"] is None
