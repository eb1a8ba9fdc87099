"""Questions about a public ("what have passengers said?"): its members' words, not those of
the officials and companies who talk about it (ask/publics.py, ask/public_members.py).

Fictional stories, each a different way news writing makes a person one of a public: by a
member noun ("her neighbour", "a father of three"), by what they do as one ("who has lived
in the block for 40 years", "who takes the 7.10 boat", "whose daughter sings in the
choir"), by where they are from ("from Larchfield"), as the first voice after the public
reacted ("commuters reacted with anger. X, a nurse, said"), and as the public's own group
("the Kelday Ferry Users' Forum").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.public_members import own_group, public_of
from ask.publics import asked_public
from tests.conftest import ask_json, speakers_in, stories_db

FERRY = (
    "Evening ferry to Kelday to be cut\n\n"
    "Strandholm Ferries will cut the evening sailing to Kelday from March, the company said "
    "on Monday.\n\n"
    "Dale Ortiz, managing director of Strandholm Ferries, said the sailing lost money. "
    '"We cannot run an empty boat," he said.\n\n'
    "Cllr Anna Voss, the council's transport lead, said passengers deserved better. "
    '"This is a blow for the island," she said.\n\n'
    "On the quayside on Monday evening, commuters reacted with anger. Ines Calloway, a nurse, "
    'said the late sailing was her only way home. "I finish my shift at nine," she said.\n\n'
    "Sunil Adeyemi, who takes the 7.10 boat every morning, said he would have to move to the "
    'mainland. "I cannot afford a second flat," he said.\n\n'
    "The Kelday Ferry Users' Forum said the cut broke a promise made to the island.\n"
)
ESTATE = (
    "Kestrel House tower block to be demolished\n\n"
    "Harlow Vale Council will demolish Kestrel House on the Larchfield estate, its leader, "
    'Cllr Bram Oduya, said on Friday. "Kestrel House is beyond repair," he said.\n\n'
    "Pat Quill, who has lived in Kestrel House for 40 years, said she did not want to leave. "
    '"This is my home," she said.\n\n'
    "Her neighbour, Tom Reyes, said the council had let Kestrel House decay. "
    '"They stopped fixing the lifts years ago," he said.\n\n'
    "Gemma Hart, from Larchfield, said families in Kestrel House had been kept in the dark.\n"
)
CHOIR = (
    "St Wenna's choir school to close\n\n"
    "St Wenna's Cathedral will close its choir school in July, the cathedral's chief "
    'executive, Miles Arden, said. "The numbers no longer add up," he said.\n\n'
    "Orla Finch, whose daughter sings in the choir, said the decision was a betrayal. "
    '"She has sung here since she was seven," she said.\n\n'
    "A father of three from Polwenna said the choir school had been a lifeline for his boys.\n"
)
HALL = (
    "Hundreds fill Morvale Guildhall over incinerator plan\n\n"
    "More than 300 people packed Morvale Guildhall on Thursday for a public meeting on the "
    "incinerator plan.\n\n"
    'Nadia Brook, who lives beside the site, said: "My children will breathe this."\n\n'
    "Hollin Energy, the developer of the incinerator, said the emissions would be safe.\n"
)
PLAN = (
    "Incinerator plan for Morvale published\n\n"
    "Hollin Energy has published plans for an incinerator on the edge of Morvale.\n\n"
    "Residents were dismayed. Ken Ashdown, a retired teacher, said the incinerator was a "
    'disgrace. "We were never asked," he said. He said residents would raise it at a '
    "Guildhall meeting next week.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("publics")
    stories = {"ferry": FERRY, "estate": ESTATE, "choir": CHOIR, "hall": HALL, "plan": PLAN}
    return stories_db(folder, stories)


def test_passengers_are_those_who_travel_not_the_operator_or_the_council(db: Path) -> None:
    answer = ask_json(db, "what have ferry passengers said about the evening sailing?")
    speakers = speakers_in(answer)
    assert {"Ines Calloway", "Sunil Adeyemi"} <= speakers  # after "commuters reacted"; "takes"
    assert "Dale Ortiz" not in speakers
    assert "Anna Voss" not in speakers
    commuters = speakers_in(ask_json(db, "what did commuters say about the sailing?"))
    assert "Sunil Adeyemi" in commuters and "Dale Ortiz" not in commuters


def test_the_publics_own_group_speaks_for_it(db: Path) -> None:
    answer = ask_json(db, "what have passengers said about the cut?")
    texts = " | ".join(q["text"] for q in answer["quotes"])
    assert "broke a promise" in texts
    assert own_group("Kelday Ferry Users' Forum", public_of("passengers")[0])  # type: ignore[index]
    assert not own_group("Strandholm Ferries", public_of("passengers")[0])  # type: ignore[index]


def test_residents_by_home_neighbour_and_where_they_are_from(db: Path) -> None:
    speakers = speakers_in(ask_json(db, "what have residents said about Kestrel House?"))
    assert {"Pat Quill", "Tom Reyes", "Gemma Hart"} <= speakers
    assert "Bram Oduya" not in speakers
    assert "Pat Quill" in speakers_in(ask_json(db, "what did neighbours say about Kestrel House?"))


def test_parents_by_their_child_and_as_a_father(db: Path) -> None:
    answer = ask_json(db, "what have the choir parents said?")
    speakers = speakers_in(answer)
    assert "Orla Finch" in speakers
    assert None in speakers  # "A father of three from Polwenna"
    assert "Miles Arden" not in speakers


def test_at_an_event_keeps_to_the_stories_about_it(db: Path) -> None:
    at = speakers_in(ask_json(db, "what did residents say at the Guildhall meeting?"))
    assert "Nadia Brook" in at
    assert "Ken Ashdown" not in at  # he spoke in the story before the meeting
    about = speakers_in(ask_json(db, "what did residents say about the incinerator?"))
    assert {"Nadia Brook", "Ken Ashdown"} <= about  # "Residents were dismayed. Ken ..."
    assert "Hollin Energy" not in about


@pytest.mark.parametrize(
    "phrase, family",
    [
        ("bus passengers", "passengers"),
        ("commuters", "passengers"),
        ("rail users", "passengers"),
        ("local residents", "residents"),
        ("the neighbours", "residents"),
        ("householders", "residents"),
        ("the choristers' parents", "parents"),
        ("mothers", "parents"),
        ("families", "parents"),
        ("the supporters", "fans"),
        ("season-ticket holders", "fans"),
        ("patients", "patients"),
    ],
)
def test_each_family_of_publics(phrase: str, family: str) -> None:
    found = public_of(phrase)
    assert found is not None and found[0].name == family


@pytest.mark.parametrize(
    "question",
    [
        "what has the residents' association said?",  # a body, not the public
        "what have Elm Rail Users said?",  # a body's name
        "what did the minister say about passengers?",  # a person, about the public
        "what did the resident say?",  # one person
    ],
)
def test_no_public_asked(question: str) -> None:
    assert asked_public(question, None) is None
