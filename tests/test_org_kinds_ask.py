"""Organisations asked for by their kind, as stories call them ("what did the airline say?",
"the sport's governing body", "the cleaners' union"), on short fictional stories: the kind
comes from the story's words (apposition, copula, "the <kind>" after the name), from the
name's head (data ask/data/org_kinds.json), or from the members a story ties to a union;
the answer is that organisation's and its people's, never another organisation's."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from ask.intents import parse_question, spoken_for
from ask.org_kinds import kind_words, named_as
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "tarn-air": (
        "Tarn Air warns over runway\n"
        "Tarn Air, the island's only airline, has warned that it could stop flying if the "
        "runway at Pellow Airport is not resurfaced this winter.\n"
        '"We cannot keep landing on a surface that is breaking up," said Maren Holt, Tarn '
        "Air's operations director.\n"
        "The airport's manager, Idris Bolton, said the repairs were booked. \"The work is "
        'funded and it will start in March," he said.\n'
    ),
    "water-office": (
        "Fines for polluting firms to double\n"
        "The Water Standards Office is the industry's regulator. Its chief executive, Pia "
        'Lund, said fines would double next year. "Companies that pollute will pay for it," '
        "she said.\n"
        "Quill Water's finance director, Anders Berg, said the fines were unfair. \"We have "
        'invested more than anyone in the region," he said.\n'
    ),
    "rowing": (
        "Rowing safety rules to be reviewed\n"
        "The Northern Rowing Federation, the sport's governing body, will review its safety "
        "rules after a capsize on the Wend.\n"
        'Its chair, Beatrix Hale, said: "No race is worth a life."\n'
        "Callum Reid, captain of Wend Rowing Club, said the crews had been well trained. "
        '"Our rowers did everything right," he said.\n'
    ),
    "cleaners": (
        "Hospital cleaners to strike over pay\n"
        "Cleaners at Fenwick Hospital will strike next week, their union said on Monday.\n"
        "Ada Mensah, an organiser for the General Workers' Union, said: \"Our members clean "
        'the wards for poverty pay."\n'
    ),
    "lecturers": (
        "College lecturers vote for action\n"
        "Lecturers at Marsby College have voted for industrial action, the Education Staff "
        "Union announced.\n"
        'Owen Price, the union\'s branch secretary, said: "We have no choice left."\n'
    ),
    "estate": (
        "Repairs promised on Elmstead estate\n"
        "Elmstead Homes, the estate's landlord, said damp repairs would start in March.\n"
        'Its housing director, Rufus Green, said: "We have heard the tenants and we will act."\n'
        'Tenant Joy Amadi said: "We have heard promises before."\n'
    ),
    "warehouse-fire": (
        "Warehouse fire in Brannock\n"
        "A fire destroyed a warehouse on the Brannock trading estate on Sunday.\n"
        "A spokesman for Brannock Fire and Rescue Service said the blaze was out by noon.\n"
        "Kestrel Ltd, which owns the warehouse, said it would co-operate fully with the fire "
        "service.\n"
    ),
    "ferries": (
        "Ferry fares to rise\n"
        "Sound Ferries, Scotland's oldest ferry operator, will raise fares in April.\n"
        'Its managing director, Lorna Baird, said: "Fuel has doubled in two years."\n'
        "Harbour Lines, a rival, said it would hold its fares. Its chief executive, Kofi "
        'Mensah, said: "We will not pass the cost on."\n'
    ),
    "ambulance": (
        "Six hurt in coach crash\n"
        "Six people were hurt when a coach left the road near Greyholm on Saturday.\n"
        "Greyholm Ambulance Service sent four crews. Its director of operations, Tomasz "
        'Wilk, said: "Our crews were there within eleven minutes."\n'
    ),
    "claims": (
        "Flooded families wait on claims\n"
        "Households on Mill Row are still waiting to hear whether their claims will be paid.\n"
        'Corrowby Mutual Insurance said it was "working through every claim as fast as we can".\n'
        "Nadia Farouk, whose kitchen was wrecked, said she had waited five weeks.\n"
        "Penhale Demolition, which is clearing the ruined mill, said the site would be safe "
        "by Friday.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("kinds"), STORIES)


@pytest.mark.parametrize(
    ("question", "expect", "forbid"),
    [
        # apposition with a superlative; the airport's man speaks for the airport
        ("what did the airline say?", "Maren Holt", "Idris Bolton"),
        # apposition led by a possessive, not a determiner
        ("what did the ferry operator say?", "Lorna Baird", "Kofi Mensah"),
        # a copula: "X is the industry's regulator"
        ("what did the regulator say?", "Pia Lund", "Anders Berg"),
        # apposition with a possessive of the sport, asked with it and without it
        ("what did the sport's governing body say?", "Beatrix Hale", "Callum Reid"),
        ("what did the governing body say?", "Beatrix Hale", "Callum Reid"),
        # a general noun in apposition: the landlord is the housing association
        ("what did the landlord say?", "Rufus Green", "Joy Amadi"),
        # the members a story ties to a union: "Cleaners ... their union"
        ("what did the cleaners' union say?", "Ada Mensah", "Owen Price"),
        ("what did the lecturers' union say?", "Owen Price", "Ada Mensah"),
        # the name's head alone gives the kind
        ("what did the ambulance service say?", "Tomasz Wilk", None),
        # a trade: the insurer is the body named for insurance, the contractor for demolition
        ("what did the insurer say?", "Corrowby Mutual Insurance", "Nadia Farouk"),
        ("what did the demolition contractor say?", "Penhale Demolition", "Nadia Farouk"),
    ],
)
def test_an_organisation_is_asked_for_by_its_kind(
    db: Path, question: str, expect: str, forbid: str | None
) -> None:
    found = speakers_in(ask_json(db, question))
    assert expect in found
    assert forbid not in found


def test_the_kind_in_a_named_bodys_own_sentence_is_another_body(db: Path) -> None:
    # "Kestrel Ltd ... will co-operate with the fire service": the fire service is not
    # Kestrel (a body naming itself again would say "it"); its spokesman answers
    answer = ask_json(db, "what did the fire service say?")
    texts = " ".join(q["text"] for q in answer["quotes"])
    assert "the blaze was out by noon" in texts
    assert "co-operate" not in texts


@pytest.mark.parametrize(
    ("phrase", "kind", "members"),
    [
        ("the airline", ["airline"], []),
        ("the sport's governing body", ["governing", "body"], []),
        ("the drivers' union", ["union"], ["driver"]),
        ("the minister's", [], []),
    ],
)
def test_a_question_names_a_kind_and_its_members(
    phrase: str, kind: list[str], members: list[str]
) -> None:
    assert kind_words(phrase) == (kind, members)


def _families() -> dict[str, dict[str, list[str]]]:
    text = resources.files("ask").joinpath("data/org_kinds.json").read_text("utf-8")
    return dict(json.loads(text))


@pytest.mark.parametrize("kind", sorted(_families()["name_heads"]))
def test_each_name_head_family_gives_its_kind(kind: str) -> None:
    for head in _families()["name_heads"][kind]:
        assert named_as(f"Corrowby {head.title()}", kind.split()), head
    assert not named_as("Corrowby Lantern Makers", kind.split())


@pytest.mark.parametrize("noun", sorted(_families()["hypernyms"]))
def test_each_general_noun_covers_its_names_only_when_a_story_uses_it(noun: str) -> None:
    for head in _families()["hypernyms"][noun]:
        assert named_as(f"Corrowby {head.title()}", [noun], general=True), head
    assert not named_as("Corrowby Lantern Makers", [noun], general=True)


def test_a_name_ending_in_another_kind_is_not_of_this_one() -> None:
    assert named_as("Pellow Airways", ["airline"])
    assert not named_as("Pellow Airport", ["airline"])
    assert named_as("Brannock Fire and Rescue Service", ["fire", "service"])
    assert named_as("Elm University Health Board", ["health", "board"])
    assert not named_as("Elm Police Federation", ["police"])


@pytest.mark.parametrize(
    ("question", "expect", "forbid"),
    [
        # whose voice is asked for: the body's own statement and its people
        ("who spoke for the ferry operator?", "Lorna Baird", "Kofi Mensah"),
        ("who spoke on behalf of Greyholm Ambulance Service?", "Tomasz Wilk", None),
        (
            "who spoke for the insurer about the claims?",
            "Corrowby Mutual Insurance",
            "Nadia Farouk",
        ),
        # where or in what row it spoke is its topic, not part of the body's name
        ("who spoke for the insurer in the claims row?", "Corrowby Mutual Insurance", None),
    ],
)
def test_who_spoke_for_a_body_is_its_voice(
    db: Path, question: str, expect: str, forbid: str | None
) -> None:
    found = speakers_in(ask_json(db, question))
    assert expect in found
    assert forbid not in found


def test_who_spoke_for_a_thing_is_a_topic(db: Path) -> None:
    # nobody and nothing is called "the fares": those who spoke of them
    assert "Lorna Baird" in speakers_in(ask_json(db, "who spoke for the fares rise?"))


def test_the_government_is_its_department(tmp_path: Path) -> None:
    """ "what did the government say about the toll?": the department that spoke for it
    (org_kinds.json name_heads "government"), not the trust that set the toll."""
    db = stories_db(
        tmp_path,
        {
            "toll": (
                "Bridge trust offers residents a discount\n"
                "The Stennor Bridge Trust will cut the toll for residents.\n"
                'The trust\'s chair, Ian Moss, said: "We have listened."\n'
                'A spokeswoman for the Transport Department said: "Ministers expect the trust '
                'to engage with local people."\n'
            )
        },
    )
    answer = ask_json(db, "what did the government say about the toll?")
    assert speakers_in(answer) == {"Transport Department"}
    assert any("Ministers expect" in q["text"] for q in answer["quotes"])


def test_the_government_is_a_department_for_something(tmp_path: Path) -> None:
    """ "Department for Business and Trade": the kind is the word before "for", as it is
    before "of" ("Union of Bus Drivers")."""
    db = stories_db(
        tmp_path,
        {
            "bakery": (
                "Bakery to close with 240 jobs lost\n"
                "The Tanbridge factory will shut next year.\n"
                "The Department for Business and Trade said ministers were disappointed.\n"
                "A spokesperson for the department said a jobs taskforce would help staff.\n"
            )
        },
    )
    answer = ask_json(db, "has the government said anything about the bakery closure?")
    assert speakers_in(answer) == {"Department for Business and Trade"}
    assert any("jobs taskforce" in q["text"] for q in answer["quotes"])


def test_a_body_named_before_its_kind_is_that_kind(tmp_path: Path) -> None:
    """ "a member of the Hallbridge Harriers running club": "the running club" is the
    Harriers, and its chairman speaks for it."""
    db = stories_db(
        tmp_path,
        {
            "death": (
                "Runner dies after collapsing in marathon\n"
                "Marco Bellandi, a member of the Hallbridge Harriers running club, fell near the "
                "finish.\n"
                "Deepak Raghunathan, chairman of the Hallbridge Harriers, said: "
                '"He was the heart of our Tuesday nights."\n'
            )
        },
    )
    answer = ask_json(db, "what has the running club said?")
    assert speakers_in(answer) == {"Deepak Raghunathan"}


def test_the_row_a_body_spoke_in_is_the_topic_not_its_name() -> None:
    query = parse_question("who spoke for the union in the warden row?", tz="UTC")
    assert spoken_for(query) == ("the union", "the warden row")
    query = parse_question("who spoke for the union at Ormsby's?", tz="UTC")
    assert spoken_for(query) == ("the union", "ormsby's")
