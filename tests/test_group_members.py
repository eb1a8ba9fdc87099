"""Questions about a group asked by what its members are ("what did Halden workers say?",
"what did the buyers say after the ruling?") and about a post asked with its body ("what did
the Wexcombe chairman say?"): the members by how news introduces them, not the other side
who answers for them, and the holder of the post in that body, not in another.

Fictional stories, each a different way news writing makes a person one of a group:
"one of the buyers, X", "who has worked at the mill for 22 years", "a packer at Halden
Foods", "who lost her deposit", "who bought a flat off-plan"; and the people of the other
side: "the site director", "a spokesman for Halden", "prosecutors told the court", a
newspaper that "reported". A post tied to another body: "The Anglers' Federation said ...
Its chairman, X"; a post the story gives a holder who keeps it ("the club's chairman, Y,
has not spoken") against a newcomer to another post ("Z, who was appointed in May").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.cast_bodies import story_names
from ask.public_members import public_of
from ask.publics import asked_public
from tests.conftest import ask_json, speakers_in, stories_db

MILL = (
    "Halden Foods to close Brenmoor mill\n\n"
    "Halden Foods will close its flour mill in Brenmoor next spring with the loss of 140 "
    "jobs, the company said on Tuesday.\n\n"
    "The site director, Piers Vane, said the mill had lost money for four years. "
    '"We looked at every option," he said.\n\n'
    "A spokesman for Halden said staff would be offered jobs at its Tarrow plant.\n\n"
    "Workers gathered at the gates at the end of the shift. Nell Ivers, who has worked at "
    'the mill for 22 years, said: "My father worked here before me."\n\n'
    'Rosa Quint, a packer at Halden Foods, said the news had come "out of nowhere". '
    '"We read it on a noticeboard," she said.\n'
)
HOMES = (
    "Builder convicted over unfinished flats in Kelthorpe\n\n"
    "A builder who took deposits for flats that were never finished was convicted of fraud "
    "on Thursday. The ruling came after a two-week trial at Kelthorpe Crown Court, where "
    "the judge said the ruling would be followed by a hearing on compensation.\n\n"
    "Prosecutors told the court the money would be traced.\n\n"
    "Grace Obi, who lost her deposit of £30,000, said the ruling was a relief. "
    '"I can sleep again," she said.\n\n'
    "One of the buyers, Ferdie Lamb, said he would ask for his money back. "
    '"I want the keys or the cash," Mr Lamb said.\n\n'
    "Kit Mallory, who bought a flat off-plan in 2022, said: "
    '"The ruling is only the start."\n\n'
    "The Brindle Gazette reported in the summer that the site had been sold.\n"
)
CLUB = (
    "Wexcombe Harriers fined over crowd trouble\n\n"
    "Wexcombe Harriers have been fined by the county league after crowd trouble at their "
    "game against Stoll Town.\n\n"
    "The club's chairman, Lionel Brassey, has not spoken since the game.\n\n"
    "The Harriers coach, who was appointed in May, said the players had been shaken. "
    '"Nobody should be scared at a football match," he said.\n\n'
    "The Anglers' Federation, whose members fish the lake beside the ground, said its "
    "members had been threatened. Its chairman, Hugo Penmarrick, said: "
    '"Our members were shouted at for fishing on a match day."\n'
)
CUP = (
    "Stoll Town reach cup final\n\n"
    "Stoll Town beat Ardley 2-0 on Saturday to reach the county cup final.\n\n"
    "The Stoll chairman, Desmond Okoro, said it was the club's best day in 40 years. "
    '"The town deserves this," Mr Okoro said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("groups")
    return stories_db(folder, {"mill": MILL, "homes": HOMES, "club": CLUB, "cup": CUP})


def test_workers_are_those_who_work_there_not_the_management(db: Path) -> None:
    speakers = speakers_in(ask_json(db, "what did Halden workers say?"))
    assert {"Nell Ivers", "Rosa Quint"} <= speakers  # "who has worked at"; "a packer at"
    assert "Piers Vane" not in speakers  # the site director answers for the company
    assert None not in speakers  # "A spokesman for Halden"
    assert "Nell Ivers" in speakers_in(ask_json(db, "what did employees say about the mill?"))


def test_the_buyers_after_the_ruling_are_those_who_paid(db: Path) -> None:
    answer = ask_json(db, "what did the buyers say after the ruling?")
    speakers = speakers_in(answer)
    assert {"Grace Obi", "Ferdie Lamb", "Kit Mallory"} <= speakers  # deposit; "one of"; bought
    assert None not in speakers  # "Prosecutors told the court": the other side
    assert "Brindle Gazette" not in speakers  # a paper that reported, no buyer


def test_a_chairman_of_another_body_is_not_the_body_chairman(db: Path) -> None:
    answer = ask_json(db, "what did the Wexcombe chairman say?")
    speakers = speakers_in(answer)
    assert "Hugo Penmarrick" not in speakers  # "Its chairman": the Anglers' Federation's
    assert None not in speakers  # the coach appointed in May took no chairman's post
    assert speakers_in(ask_json(db, "what did the Stoll chairman say?")) == {"Desmond Okoro"}


@pytest.mark.parametrize(
    "phrase, family",
    [
        ("Halden workers", "workers"),
        ("the employees", "workers"),
        ("staff members", "workers"),
        ("the pickets", "workers"),
        ("the buyers", "buyers"),
        ("homebuyers", "buyers"),
        ("first-time buyers", "buyers"),
    ],
)
def test_each_family_of_groups(phrase: str, family: str) -> None:
    found = public_of(phrase)
    assert found is not None and found[0].name == family


def test_names_are_words_written_only_with_a_capital() -> None:
    names = story_names("Rovers lost. The Rovers chairman said the rovers' ground was sold.")
    assert "chairman" not in names and "rovers" not in names  # also written in lower case
    assert "lost" not in names
    assert story_names("Stoll Town won. The Stoll chairman spoke.") >= {"stoll", "town"}


@pytest.mark.parametrize(
    "question, body",
    [
        ("what did workers at Halden say?", "halden"),
        ("what did Halden's workers say?", "halden"),
        ("what have the staff members at the Brenmoor mill said?", "brenmoor mill"),
        ("what did residents of Kestrel House say?", "kestrel house"),
    ],
)
def test_a_group_qualified_by_its_body_or_place(question: str, body: str) -> None:
    asked = asked_public(question, None)
    assert asked is not None and asked.narrowing == body


def test_workers_at_a_body_are_its_workforce(db: Path) -> None:
    speakers = speakers_in(ask_json(db, "what did workers at Halden say?"))
    assert {"Nell Ivers", "Rosa Quint"} <= speakers
    assert "Piers Vane" not in speakers
