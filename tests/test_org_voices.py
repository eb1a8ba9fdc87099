"""Organisations answer with their own statements and their people's, never another's.

Over fictional stories: a body named by a place and a lower-case description ("the Penrallt
and Ysgol water users' board") speaks, and so does its chief executive ("Its chief
executive, X"), and "the water users' board" finds both, not the town's MP; "the
campers' group" of Dunvarrow said something the story names no other body for (not the
holiday park named before), "the union said" after "the county beekeepers' union backed"
is that union, "the paramedics' union said" before the story names "the Paramedics'
Union" is that one, not the ambulance service, and "the Dunvarrow campers' group" is that
one, not the Skellow one; "the union" on a strike is each union that spoke on it; the
chief executive "of the housing association" in Marlowe Homes' story speaks for it;
"Quorvane" reaches its European arm's chief; "what did residents say" is the residents,
not the council leader who spoke on the same subject.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.qualified_bodies import qualified_splits
from extract.described_names import named_bodies
from tests.conftest import ask_json, said_by, stories_db

BOARD = (
    "Northmoor water works to close\n\n"
    "The Northmoor and Fellside water users' board, which buys water for the valley, said the "
    "works would close in June. Its chief executive, Gwenllian Aberconway-Rhys, said no "
    'household would go without. "Every tap will still run," Aberconway-Rhys said.\n\n'
    "Tomos Llewellyn-Pryce, the MP for Northmoor, said he would ask ministers to step in.\n"
)
CAMPERS = (
    "Dunvarrow holiday park sold\n\n"
    "Heathbrook Leisure has sold Dunvarrow Sands holiday park, the company said on Monday.\n\n"
    "Campers who spend every summer at Dunvarrow formed a campers' group last year. The "
    "campers' group said in a statement that it wanted to meet the new owner.\n\n"
    'Its organiser, Ottilie Brambury, said: "We have come here for thirty summers."\n'
)
OTHER_CAMPERS = (
    "Skellow caravan site to shut\n\n"
    "The Skellow campers' group, led by Hamish Culverwell-Ross, said the site had been "
    'badly run. "Nobody listened to us," Culverwell-Ross said.\n'
)
BEES = (
    "Orchard spraying row\n\n"
    "The county beekeepers' union backed the orchard owners' critics. In a statement, the "
    "union said hives near Tallowmere were \u201cbeing poisoned every spring\u201d.\n"
)
PORTERS = (
    "Two ambulance stations to shut in Ardgowan savings plan\n\n"
    "Ardgowan Ambulance Service said on Monday that two of its stations would close. "
    "Its chief executive, Morven Strachan-Obi, said the service had no choice.\n\n"
    "The paramedics' union said the plans would put patients at risk. Speaking for the "
    "Paramedics' Union in Ardgowan, its branch secretary, Lachlan Dunbar-Kaye, said "
    'the stations were always busy. "We see the queues every night," Dunbar-Kaye said.\n'
)
BINS = (
    "Bin strike enters second week in Harrowgate\n\n"
    "The Lorry Drivers' Union said its members would stay out until the council "
    "improved its pay offer.\n\n"
    "Agnieszka Wolanska, regional organiser for the Street Cleaners' Union, said the "
    'strike had the support of every crew. "We will not be split," Wolanska said.\n\n'
    "Harrowgate council said it had made a fair offer.\n\n"
    "The students' union president, Odile Fenner, said students would help clear the "
    "streets.\n"
)
DAMP = (
    "Tenants angry over damp repairs backlog\n\n"
    "Marlowe Homes said more than 400 repairs were overdue across its estates.\n\n"
    '"We are sorry, and we will not hide behind the weather," said Aurelia Stonebridge, who '
    "took over as chief executive of the housing association in May.\n"
)
FACTORY = (
    "Quorvane to keep Aldmoor plant open\n\n"
    "Quorvane Motors said on Tuesday that the Aldmoor plant would stay open. Quorvane said "
    "it would build a new battery line there.\n\n"
    "Ingeborg Vasstrand, the chief executive of Quorvane Europe, said the decision had been "
    'easy. "Aldmoor has the best workers we have," she said.\n'
)
FLOOD = (
    "Bellcombe residents angry over flood warnings\n\n"
    "Bellcombe Borough Council leader Ruairi Fenwick-Oduya said the flood warning system "
    'had worked as designed. "Sirens sounded on time," he said.\n\n'
    "Philippa Anstruther-Nkemelu, a dental nurse who lives on Mill Lane, said the flood "
    'warning came too late. "The water was already in my kitchen," she said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    stories = {
        "board": BOARD,
        "campers": CAMPERS,
        "other": OTHER_CAMPERS,
        "factory": FACTORY,
        "bees": BEES,
        "flood": FLOOD,
        "porters": PORTERS,
        "bins": BINS,
        "damp": DAMP,
    }
    return stories_db(tmp_path_factory.mktemp("orgvoices"), stories)


def test_a_place_and_a_description_name_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Northmoor and Fellside water users' board said so. The Labour party did not.")
    assert [s.text for s in named_bodies(doc)] == ["Northmoor and Fellside water users' board"]


def test_a_described_body_answers_with_its_chief_not_the_mp(db: Path) -> None:
    said, speakers = said_by(db, "the water users' board")
    assert "Gwenllian Aberconway-Rhys" in speakers
    assert "Every tap will still run" in said
    assert "Tomos Llewellyn-Pryce" not in speakers


def test_a_members_body_is_no_named_company(db: Path) -> None:
    said, speakers = said_by(db, "Heathbrook Leisure")
    assert "meet the new owner" not in said


def test_the_bare_noun_is_the_members_body_named_before(db: Path) -> None:
    said, speakers = said_by(db, "the beekeepers' union")
    assert "being poisoned every spring" in said


def test_a_members_noun_is_the_body_the_story_names_after_it(db: Path) -> None:
    # "The paramedics' union said", then "the Paramedics' Union": not the ambulance service
    said, speakers = said_by(db, "the Paramedics' Union")
    assert "put patients at risk" in said
    assert "Lachlan Dunbar-Kaye" in speakers
    said, _ = said_by(db, "Ardgowan Ambulance Service")
    assert "put patients at risk" not in said


def test_the_kind_asked_is_every_body_of_that_kind(db: Path) -> None:
    # "the union" on the strike: the union that speaks itself, and another union's organiser
    answer = ask_json(db, "what did the union say about the bin strike?", "--limit", "0")
    speakers = {q["speaker"] for q in answer["quotes"]}
    assert "Agnieszka Wolanska" in speakers
    assert not any("ouncil" in (s or "") for s in speakers)
    assert "Odile Fenner" not in speakers  # the students' union is a body of its own


def test_a_surname_taken_for_a_place_names_no_council(db: Path) -> None:
    # "Wolanska said" (read as a place by the model) and then "Harrowgate council said"
    said, speakers = said_by(db, "Harrowgate council")
    assert "made a fair offer" in said
    assert "Wolanska Council" not in speakers


def test_a_chief_of_the_kind_of_body_its_name_gives_speaks_for_it(db: Path) -> None:
    # "chief executive of the housing association", in the story of Marlowe Homes
    said, speakers = said_by(db, "Marlowe Homes")
    assert "Aurelia Stonebridge" in speakers and "hide behind the weather" in said


def test_a_place_and_a_description_is_that_places_body(db: Path) -> None:
    said, speakers = said_by(db, "the Dunvarrow campers' group")
    assert "Ottilie Brambury" in speakers
    assert "meet the new owner" in said
    assert "Hamish Culverwell-Ross" not in speakers
    assert qualified_splits("the dunvarrow campers' group")[0] == ("dunvarrow", "campers' group")


def test_a_company_reaches_its_regional_arm(db: Path) -> None:
    said, speakers = said_by(db, "Quorvane")
    assert "Ingeborg Vasstrand" in speakers
    assert "best workers" in said
