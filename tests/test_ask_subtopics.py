"""A story about two things at once ("Kelbrook to shut two libraries as swimming fees
rise"): asked about one, its remarks on the other are no answer, though the story is about
both; a remark after the paragraph that brought its speaker in goes on with that paragraph's
thing. A story of one thing keeps every remark. Fictional stories, ingested through the CLI
and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, said_in, stories_db

STORIES = {
    "kelbrook-budget": (
        "Kelbrook to shut two libraries and swimming fees to rise\n"
        "The borough agreed its budget on Wednesday night.\n"
        "KELBROOK, 2 December - Kelbrook Borough Council agreed on Wednesday to shut the "
        "libraries at Eastgate and Hobb Lane next spring, and to put up swimming fees at "
        "the leisure centre by a fifth.\n"
        "Councillor Rosalind Achebe, who leads on culture, said the two branches lent "
        "fewer than forty books a day between them.\n"
        '"I would rather keep six good branches than eight bad ones," she said.\n'
        "Opposition members walked out before the vote.\n"
        '"You do not save a town by taking its books away," said Tobias Wren, who leads them.\n'
        "The rise at the pool was proposed by Councillor Imran Sheikh, who said the centre "
        "lost money on every session.\n"
        '"Nobody else in the county charges so little," he said.\n'
        "Parents at the poolside were angry.\n"
        '"Lessons were the one thing we could still afford," said Hana Lisowska, a mother '
        "of three.\n"
    ),
    "penhallow-rescue": (
        "Lifeboat crew rescues kayaker off Penhallow\n"
        "A kayaker was brought ashore after four hours in the water.\n"
        "PENHALLOW, 1 December - A kayaker was rescued by the Penhallow lifeboat on Monday "
        "after four hours in the water.\n"
        "The tide had turned by the time the crew reached the headland.\n"
        '"The water was brutal and the light was going," said helm Gareth Penrose.\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("subtopics"), STORIES)


def test_one_of_two_things_keeps_its_own_speakers(store: Path) -> None:
    speakers = {s for s, _ in said_in(ask_json(store, "who said what about Kelbrook's libraries?"))}
    assert {"Rosalind Achebe", "Tobias Wren"} <= speakers
    assert not speakers & {"Imran Sheikh", "Hana Lisowska"}


def test_the_other_thing_keeps_its_own_speakers(store: Path) -> None:
    speakers = {s for s, _ in said_in(ask_json(store, "/whosaid kelbrook swimming fees"))}
    assert {"Imran Sheikh", "Hana Lisowska"} <= speakers
    assert not speakers & {"Rosalind Achebe", "Tobias Wren"}


def test_a_story_of_one_thing_keeps_every_remark(store: Path) -> None:
    found = said_in(ask_json(store, "who said what about the kayaker rescue?"))
    assert any("light was going" in text for _, text in found)


@pytest.mark.parametrize(
    "headline",
    [
        "Kelbrook to shut two libraries and swimming fees to rise",
        "Kelbrook to shut two libraries; swimming fees rise",
        "Kelbrook to shut two libraries plus swimming fees to rise",
    ],
)
def test_each_way_of_joining_two_things_in_a_headline(tmp_path: Path, headline: str) -> None:
    story = headline + "\n" + STORIES["kelbrook-budget"].split("\n", 1)[1]
    db = stories_db(tmp_path, {"kelbrook": story})
    speakers = {s for s, _ in said_in(ask_json(db, "/whosaid kelbrook swimming fees"))}
    assert "Imran Sheikh" in speakers
    assert not speakers & {"Rosalind Achebe", "Tobias Wren"}


@pytest.mark.parametrize(
    "headline",
    [
        "Kelbrook pool shut after roof leak",
        "Kelbrook pool shut as roof leaks onto changing rooms",
        "Kelbrook pool shut over roof leak and broken boilers",
    ],
)
def test_a_headline_giving_one_events_cause_is_one_thing(tmp_path: Path, headline: str) -> None:
    story = (
        f"{headline}\n"
        "Swimmers were turned away on Monday.\n"
        "KELBROOK, 1 December - The pool at Kelbrook leisure centre was shut on Monday.\n"
        "Water had come through the roof above the changing rooms overnight.\n"
        '"We cannot open until the engineers say so," said centre manager Abel Nowak.\n'
    )
    db = stories_db(tmp_path, {"kelbrook-pool": story})
    found = said_in(ask_json(db, "who said what about the Kelbrook pool closure?"))
    assert any("until the engineers say so" in text for _, text in found)


def test_a_story_that_opens_on_the_topic_alone_keeps_its_other_sides_remarks(
    tmp_path: Path,
) -> None:
    story = (
        "Residents say mould ignored as landlord admits backlog\n"
        "More than 300 mould repairs are overdue on the Fennick estate.\n"
        "FENNICK, 2 December - More than 300 mould repairs are overdue on the Fennick estate, "
        "after residents protested outside the town hall.\n"
        '"We are sorry and every job will have a date by Easter," said Halvard Moen, chief '
        "executive of the landlord, Fennick Homes.\n"
    )
    db = stories_db(tmp_path, {"fennick-mould": story})
    found = said_in(ask_json(db, "what did Halvard Moen say about the mould?"))
    assert any("every job will have a date" in text for _, text in found)


def test_a_headline_clause_that_only_says_who_says_it_is_no_other_thing(
    tmp_path: Path,
) -> None:
    story = (
        "Kelbrook library to be mothballed, council says\n"
        "The branch will stop lending books in April.\n"
        "KELBROOK, 3 December - The library in Kelbrook will stop lending books in April, "
        "the borough council said.\n"
        '"We cannot heat a building for forty visitors a day," said council leader Petra Vos.\n'
    )
    db = stories_db(tmp_path, {"kelbrook-library": story})
    found = said_in(ask_json(db, "who said what about the Kelbrook library?"))
    assert any("heat a building" in text for _, text in found)


def test_one_actors_second_act_after_and_is_no_other_thing(tmp_path: Path) -> None:
    story = (
        "Rowley twinning association holds last dinner and hands its funds to school exchange\n"
        "The association gave its last £4,000 to the school exchange.\n"
        "ROWLEY, 4 December - Rowley's twinning association held its farewell dinner on "
        "Friday and gave its last £4,000 to the school's exchange with Lindau.\n"
        "Head of languages Amy Patel said the exchange would carry the founder's name. "
        '"Thirty pupils have signed up for the exchange already," she said.\n'
        "Tom Hale, 19, who stayed with a family in Lindau as a teenager, was among the guests. "
        '"Nobody ever asked us young ones to run anything," he said.\n'
    )
    db = stories_db(tmp_path, {"rowley-twinning": story})
    found = said_in(ask_json(db, "who said what about the twinning association?"))
    assert any("young ones to run anything" in text for _, text in found)
