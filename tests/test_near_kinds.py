"""A body asked for by its kind and words of its own that no story uses together ("the museum
workers' union", "the Elmfield Park residents' group", "the canal charity"): the one body of
the kind, or of a near kind (ask/data/org_kinds.json "near_kinds"), whose name or stories hold
those words; nobody when no body or two equally fit (ask/near_kinds.py; fictional stories)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from ask.near_kinds import same_word
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "permits": (
        "Residents' parking permits to cost £60\n"
        "Ravensworth households will pay for permits from April.\n"
        "The Ravensworth Carers' Network said in a statement that the charges "
        '"take no account of unpaid carers who visit every day".\n'
    ),
    "museum": (
        "Museum cuts opening days\n"
        "Ravensworth Museum will open three days a week from April, the county said.\n"
        "The General Workers' Union, which represents most of the museum's 40 staff, said jobs "
        'were at risk. "A museum with its doors shut is a warehouse," said Obi Nwachukwu, the '
        "union's branch chair.\n"
    ),
    "buses": (
        "Bus routes to be cut\n"
        "Three bus routes in Ravensworth will end in May.\n"
        'The Transit Crews Union said drivers had not been consulted. "Nobody asked the people '
        'who drive the buses," said its organiser, Halina Dudek.\n'
    ),
    "park": (
        "Park cafe plan approved\n"
        "A cafe will be built in Elmfield Park after councillors approved the plan.\n"
        "Rosalind Achebe, chair of the Elmfield Park Residents' Association, said the cafe "
        'would bring litter. "We asked for bins and got a coffee shop," she said.\n'
        "The Canal Heritage Trust said it welcomed the plan for the towpath beside the park.\n"
    ),
    "prison": (
        "Families fear for Ashby prisoners\n"
        "Ashby prison has been locked down for a week.\n"
        "The Prison Staff Association said Ashby was short of 40 officers.\n"
        'The families\' group said it had heard nothing. "We write and nobody answers," said '
        "its organiser, Yetunde Balogun.\n"
    ),
    "blazers": (
        "Academy drops compulsory blazer\n"
        "Kestrel Vale Academy has dropped plans to make its new blazer compulsory.\n"
        "Fair Start Families, a child poverty charity, wrote to the academy and its academy "
        "trust in October.\n"
        "The Oakridge Learning Trust, which runs Kestrel Vale, said the blazer would be "
        'optional "for at least two years".\n'
    ),
    "crossing": (
        "Level crossing to close for good\n"
        "The Moss Lane crossing at Ellerby will not reopen, Northway Rail said.\n"
        "Cllr Asha Kaur said she had written to the rail regulator.\n"
        "The Office of Rail Safety said closures were a matter for the operator but that it "
        '"expects operators to consult".\n'
    ),
    "plots": (
        "Plot holders stage dig-in\n"
        "Plot holders at Ellerby have staged a dig-in as a national allotments body questioned "
        "the sale.\n"
        'Nia Rhys, of the Allotment Gardens League, said the plots "cannot be sold without '
        'consent".\n'
    ),
    "van": (
        "Post office van to replace village counter\n"
        "A mobile post office van will visit Ashcombe twice a week from January.\n"
        "Meera Pillai, a policy officer at the older people's charity the Ashcombe Fund, said "
        "the van "
        '"will not stop in the snow".\n'
    ),
    "gallery": (
        "Gallery loses its grant\n"
        "The Holmwood Gallery will lose its grant from the Northern Arts Fund in April.\n"
        'Piotr Zielinski, a spokesman for the Northern Arts Fund, said: "We had three times '
        'more applications than money."\n'
    ),
    "cricket": (
        "County cricketers fear for wages\n"
        "Players at Dunholm Cricket Club have not been paid for November, their union said.\n"
        "The Professional Cricketers' Guild said the players would be paid by Friday.\n"
    ),
    "harbour": (
        "Cruise berth plan for Kelby\n"
        "A berth for cruise ships could be built at Kelby harbour by 2029.\n"
        'The Kelby Harbour Board said: "Ships of this size have never docked here."\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("near"), STORIES)


@pytest.mark.parametrize(
    ("question", "speakers", "words"),
    [
        (
            "what did the museum workers' union say?",
            {"Obi Nwachukwu", "General Workers' Union"},
            "doors shut",
        ),
        (
            "what did the bus drivers' union say?",
            {"Halina Dudek", "Transit Crews Union"},
            "drive the buses",
        ),
        ("what has the Elmfield Park residents' group said?", {"Rosalind Achebe"}, "bins"),
        # the member noun alone: the one body of a near kind whose name holds it
        ("what did the residents' group say?", {"Rosalind Achebe"}, "bins"),
        ("what did the heritage charity say?", {"Canal Heritage Trust"}, "welcomed the plan"),
        # a description the stories write ("its academy trust") of no body by name: the
        # trust whose stories say "academy", not the charity of a near kind beside it
        ("what did the academy trust say?", {"Oakridge Learning Trust"}, "two years"),
        # a general noun: the body whose name ends in a word it covers, chosen by the words
        ("what did the rail regulator say?", {"Office of Rail Safety"}, "expects operators"),
        ("what did the national allotments body say?", {"Nia Rhys"}, "without consent"),
        # "the older people's charity the Ashcombe Fund": the kind set before the name
        ("what did the older people's charity say?", {"Meera Pillai", "Ashcombe Fund"}, "snow"),
        # a fund is a funding body; a guild a players' association (near kinds, as data)
        (
            "what did the arts funding body say?",
            {"Piotr Zielinski", "Northern Arts Fund"},
            "three times",
        ),
        ("what did the players' association say?", {"Professional Cricketers' Guild"}, "Friday"),
        # a carers' network is a charity as often as a trust is
        ("what did the carers' charity say?", {"Ravensworth Carers' Network"}, "unpaid carers"),
        ("what did the harbour authority say?", {"Kelby Harbour Board"}, "never docked"),
    ],
)
def test_a_kind_with_words_of_its_own_is_the_body_they_fit(
    db: Path, question: str, speakers: set[str], words: str
) -> None:
    answer = ask_json(db, question, "--limit", "0")
    assert speakers_in(answer) <= speakers, question
    assert any(words in q["text"] for q in answer["quotes"]), question


def test_a_kind_whose_words_fit_no_body_answers_nobody(db: Path) -> None:
    # no story ties teachers to either union: neither is a guess
    answer = ask_json(db, "what did the teachers' union say?", "--limit", "0")
    assert answer["quotes"] == []


def test_forms_of_one_word_meet_and_others_do_not() -> None:
    assert same_word("firefighter", "fire") and same_word("libraries", "library")
    assert not same_word("bus", "business") and not same_word("heritage", "hermitage")


def test_each_near_kind_family_is_listed_with_kinds_of_bodies() -> None:
    raw = json.loads(resources.files("ask").joinpath("data/org_kinds.json").read_text("utf-8"))
    for head, near in raw["near_kinds"].items():
        assert head not in near and near, head
    assert "worker" in raw["general_members"]


def test_a_body_the_stories_describe_so_is_never_a_near_kind(db: Path) -> None:
    # "the families' group said": the Ashby families' group is that body, not the
    # federation of a near kind whose stories say "Ashby" too
    found = speakers_in(ask_json(db, "what has the Ashby families' group said?", "--limit", "0"))
    assert "Prison Staff Association" not in found
    assert "Yetunde Balogun" in found
