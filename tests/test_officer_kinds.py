"""An officer named without an organisation serves one of the kind the office belongs to
(people_words.json "officer_kinds"): a managing director is the firm's, not the union's that
spoke before; a regional organiser is the union's, not the firm's; a head teacher or a
vice-chancellor is the school's or the university's, not the union's; a race or festival
director is the club's or trust's that stages the event, not the council's; a cabinet member
(for a remit) is the council's, not the society's that spoke before. And a
one-word name the recogniser cut off before "and" is part of the organisation's name ("the
Haulage and Allied Trades Union")."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ROOT

OFFICER_KINDS = json.loads((ROOT / "extract" / "data" / "people_words.json").read_text("utf-8"))[
    "officer_kinds"
]

CASES = {
    "managing director": (
        "Dock workers at Fenmouth Harbour Company have voted to strike over pay.\n\n"
        "The Dockers' Federation said 80% of members had backed a walkout.\n\n"
        'Amir Castell, the managing director, said he was disappointed. "My door is open," '
        "he said.",
        "Amir Castell",
        "Fenmouth Harbour Company",
    ),
    "organiser": (
        "The Fenmouth Dockers' Federation said its members had voted to strike.\n\n"
        "Fenmouth Harbour Company said it was disappointed by the result.\n\n"
        'Regional organiser Joanna Penn said: "We are ready to talk whenever they are."',
        "Joanna Penn",
        "Fenmouth Dockers' Federation",
    ),
    "head teacher": (
        "Hilltop Academy will close early every Friday from January.\n\n"
        "The Teaching Staff Union said its members had not been consulted.\n\n"
        'Head teacher Joan Mercer said: "The children will still have a full week of lessons."',
        "Joan Mercer",
        "Hilltop Academy",
    ),
    "headteacher": (
        "Oakfield Primary School is to merge with a school in Brinley.\n\n"
        "The Classroom Assistants' Union said jobs would be lost.\n\n"
        'Headteacher Colin Yardley said: "No pupil will have to move."',
        "Colin Yardley",
        "Oakfield Primary School",
    ),
    "head": (
        "Pupils at Ashgrove High School will hand in their phones from January.\n\n"
        "The Teaching Staff Union said its members backed the change.\n\n"
        'Deputy head Kemi Adewale said: "Break times have gone quiet in the worst way."',
        "Kemi Adewale",
        "Ashgrove High School",
    ),
    "vice chancellor": (
        "Marlow University is to cut 200 jobs over the next two years.\n\n"
        "The Lecturers' Union said it would ballot its members on strike action.\n\n"
        'The vice-chancellor, Prof Ian Rudd, said: "We have no choice but to act now."',
        "Ian Rudd",
        "Marlow University",
    ),
    "race director": (
        "The Brinley Running Club said next year's half marathon would not go ahead.\n\n"
        "Dunmere City Council said it could not pay to close the roads.\n\n"
        'Race director Paolo Serra said: "We tried every sponsor we could find."',
        "Paolo Serra",
        "Brinley Running Club",
    ),
    "festival director": (
        "The Harrowgate Arts Trust said its summer festival would be cut to two days.\n\n"
        "Harrowgate Borough Council said its grant had been halved.\n\n"
        'Festival director Ines Kowal said: "Two days is better than none."',
        "Ines Kowal",
        "Harrowgate Arts Trust",
    ),
    "cabinet member": (
        "Wealdmoor County Council has cancelled next year's county show.\n\n"
        "The Wealdmoor Farmers' Alliance said it was angry.\n\n"
        "Omar Reyes, the cabinet member for rural affairs, said the decision was painful.",
        "Omar Reyes",
        "Wealdmoor County Council",
    ),
}


def orgs(nlp: Language, text: str) -> dict[str, str | None]:
    """Each person of the article's cast and the organisation they serve."""
    return {p.name: p.org for p in extract_doc(nlp(text)).people if p.kind == "person"}


def test_every_title_of_the_family_has_a_case() -> None:
    assert set(OFFICER_KINDS) - {"about", "organizer"} == set(CASES)


@pytest.mark.parametrize("title", CASES)
def test_an_officer_serves_an_organisation_of_the_office_kind(nlp: Language, title: str) -> None:
    text, person, org = CASES[title]
    assert orgs(nlp, text)[person] == org


def test_a_word_cut_off_before_and_is_part_of_the_union_name(nlp: Language) -> None:
    text = (
        "Talks between Fenmouth Haulage Ltd and the drivers broke down on Thursday.\n\n"
        "The company had raised its offer, but the Haulage and Allied Trades Union said the "
        "offer was still too low.\n\n"
        'Nadia Osei, the company\'s managing director, said: "It is the best offer we can make."'
    )
    found = orgs(nlp, text)
    assert found["Nadia Osei"] == "Fenmouth Haulage Ltd"


def test_an_officer_of_a_body_the_story_never_names_serves_no_other_kind(
    nlp: Language,
) -> None:
    """ "X, the company's chief executive" in a story that names no company, after a review
    office quoted: the officer is the company's (unnamed), not the office's; a farmer the
    recogniser took into an organisation's name with his title is a person."""
    text = (
        "A drone delivery company has grounded its fleet after a crash near Astley.\n\n"
        'Farmer Glyn Pritchard said the drone had missed his cattle. "There was a bang like '
        'a shotgun," he said.\n\n'
        'The Air Accidents Review Office said it had sent an inspector. "We will examine the '
        'battery," said Dervla Nash, its principal inspector.\n\n'
        '"We will not fly again until we know what happened," said Benedikt Aurach, the '
        "company's chief executive."
    )
    people = {p.name: (p.kind, p.org) for p in extract_doc(nlp(text)).people}
    assert people["Benedikt Aurach"] == ("person", None)
    assert people["Dervla Nash"] == ("person", "Air Accidents Review Office")
    assert people["Glyn Pritchard"][0] == "person"


def test_an_officer_of_a_body_named_by_its_kind_phrase_serves_it(nlp: Language) -> None:
    # "the food bank's coordinator": a food bank is a charity, not a bank; the one named
    text = (
        "Kelsbridge Foodbank says demand has doubled since the summer.\n\n"
        "Harlow Borough Council said it would review its grant.\n\n"
        "Ruth Adebayo-Lane, the food bank's coordinator, said the charity was grateful."
    )
    assert orgs(nlp, text)["Ruth Adebayo-Lane"] == "Kelsbridge Foodbank"


def test_a_ward_councillor_is_no_voice_of_the_council(nlp: Language) -> None:
    """A councillor sits on the council but speaks for the ward: no officer of it."""
    text = (
        "Kessington County Council will withdraw the crossing patrol in January.\n\n"
        "Local county councillor Callum Ferreira, whose ward includes the school, backed "
        'the campaign. "The criteria were designed in an office," he said.'
    )
    assert orgs(nlp, text).get("Callum Ferreira") != "Kessington County Council"
