"""A storyline goes on in follow-up stories told in other words: "who said what about the
quarry closure" answers with the remarks in the later story of the march against it, which
never says "quarry" or "closure" but names the quarry's town, company and owner in its
own forms ("Harlaw Stone's owner", "Mrs Mardle"); "<Name> on
X" answers with that person's words in such a follow-up; and a story of the same town that
shares only the town (the library's new hours) is no follow-up. Reporters' words for what
happened ("died", "savaged", "thieves", "auction", "told to leave", "fault", "confidence
in") meet the question's ("death", "attack", "thefts", "sale", "eviction", "blunder",
"trust in"): ask/data/topics.json. Fictional stories, ingested through the CLI, asked
through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ask.story_ties import name_of
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "quarry": (
        "Brennock quarry to close with loss of 60 jobs\n"
        "Harlaw Stone says the seam is worked out.\n"
        "BRENNOCK, 10 March 2026 - Harlaw Stone will close the quarry above Brennock in "
        "June, the company's owner, Ffion Mardle, said on Tuesday.\n"
        "The quarry has been worked since 1887 and is the town's largest employer.\n"
        'Ffion Mardle said: "We have taken the last good stone out of that hill."\n'
        'Gethin Rowse, who has driven a dumper there for 20 years, said: "My father worked '
        'that face and so did his."\n'
    ),
    "march": (
        "Hundreds march through Brennock as Harlaw Stone's owner holds firm\n"
        "Workers handed in a petition at the gate.\n"
        "BRENNOCK, 14 March 2026 - More than 400 people marched through Brennock on "
        "Saturday and handed a petition to Harlaw Stone's gatekeeper on Pit Road.\n"
        "Mrs Mardle did not come out to meet them.\n"
        'Tamsin Odell, who organised the march, said: "This town was built by those men. '
        'It deserves better than a letter."\n'
    ),
    "library": (
        "Brennock library to open on Sundays\n"
        "The council says it will try the new hours for a year.\n"
        "BRENNOCK, 15 March 2026 - Brennock library will open on Sunday afternoons from "
        "April, the council said.\n"
        'The librarian, Osian Pellow, said: "Families have asked us for this for years."\n'
    ),
    "champion": (
        "Tributes to bowls champion Ivor Penhale, who died at 81\n"
        "He won the county title eleven times.\n"
        "TREWIDDEN, 12 March 2026 - Tributes have been paid to Ivor Penhale, the county "
        "bowls champion, who died at home on Sunday.\n"
        'Club secretary Morwenna Jago said: "He was the first on the green and the last '
        'to leave it, every day of the summer."\n'
    ),
    "tapestry": (
        "Abbey votes to auction its medieval altar cloth\n"
        "The money would pay for the roof.\n"
        "KELLWORTH, 11 March 2026 - The trustees of Kellworth Abbey voted to auction the "
        "abbey's medieval altar cloth in the autumn.\n"
        'Their chair, Aled Tremain, said: "Nobody wanted this, but the roof cannot wait."\n'
    ),
    "dog": (
        "Postwoman savaged by two dogs on Kell Street\n"
        "She was taken to hospital with bites to both arms.\n"
        "TREWIDDEN, 13 March 2026 - A postwoman was taken to hospital after two dogs set "
        "upon her on Kell Street on Monday.\n"
        'Her manager, Bryn Caddick, said: "She is shaken but she wants to come back."\n'
    ),
    "chapel": (
        "Thieves strip copper from Trewidden chapel roof\n"
        "Rain is coming through the ceiling.\n"
        "TREWIDDEN, 14 March 2026 - Thieves stripped copper from the roof of Zion "
        "Chapel in Trewidden overnight on Friday.\n"
        'The minister, Delyth Prowse, said: "We sang on Sunday under a tarpaulin."\n'
    ),
    "choir": (
        "Trewidden male voice choir told to leave hall it has used since 1950\n"
        "The owners want to turn the hall into flats.\n"
        "TREWIDDEN, 16 March 2026 - Trewidden Male Voice Choir has been told to leave "
        "the Temperance Hall by the end of June.\n"
        'Its conductor, Huw Pascoe, said: "Sixty men need a room and a piano, that is all."\n'
    ),
    "fines": (
        "Council apologises after fault sends 900 wrong parking fines\n"
        "Drivers who paid will be refunded.\n"
        "TREWIDDEN, 17 March 2026 - Trewidden council has apologised after a software fault "
        "sent parking fines to 900 drivers who had paid.\n"
        'Driver Kerensa Vosper said: "I kept my ticket, thank goodness."\n'
    ),
    "ambulance": (
        "Falling confidence in Trewidden ambulance service, survey finds\n"
        "Residents report longer waits.\n"
        "TREWIDDEN, 18 March 2026 - Fewer residents have confidence in the ambulance service "
        "than two years ago, a survey for the town council found.\n"
        'Councillor Jory Trethewey said: "People tell me they would rather drive."\n'
    ),
}


@pytest.fixture(scope="module")
def town_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("followups"), STORIES)


def texts(answer: dict[str, Any]) -> str:
    return " | ".join(q["text"] for q in answer["quotes"])


def test_who_said_what_takes_in_the_follow_up_told_in_other_words(town_db: Path) -> None:
    answer = ask_json(town_db, "who said what about the Brennock quarry closure?", "--limit", "0")
    said = texts(answer)
    assert "the last good stone" in said
    assert "It deserves better than a letter" in said  # the march story
    assert "Osian Pellow" not in speakers_in(answer)  # the same town, another story
    # the story that says the topic comes first
    assert answer["quotes"][0]["speaker"] in {"Ffion Mardle", "Gethin Rowse"}


def test_a_person_on_the_topic_in_a_follow_up_only(town_db: Path) -> None:
    answer = ask_json(town_db, "Odell on the quarry closure")
    assert "It deserves better than a letter" in texts(answer)


def test_a_same_town_story_with_no_shared_cast_is_no_follow_up(town_db: Path) -> None:
    answer = ask_json(town_db, "what did Pellow say about the quarry closure?")
    assert "Families have asked us" not in texts(answer)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # the reporter's word in the headline, the question's noun for it
        ("who said what about the bowls champion's death?", "first on the green"),
        ("who said what about the sale of the altar cloth?", "the roof cannot wait"),
        ("who said what about the dog attack on the postwoman?", "wants to come back"),
        ("who said what about the chapel thefts?", "under a tarpaulin"),
        ("who said what about the choir's eviction?", "a room and a piano"),
        ("who said what about the parking fines blunder?", "I kept my ticket"),
        ("who said what about trust in the ambulance service?", "rather drive"),
    ],
)
def test_the_question_names_what_the_headline_tells(
    town_db: Path, question: str, words: str
) -> None:
    assert words in texts(ask_json(town_db, question))


def test_names_are_compared_as_a_reporter_reads_them() -> None:
    assert name_of("the coastal rescue institution's", "ORG") == "coastal rescue institution"
    assert name_of("det sgt mairead quigley", "PERSON") == "quigley"
    assert name_of("ms okonkwo-hale", "PERSON") == "okonkwo-hale"
    assert name_of("the", "ORG") == ""


PASSING = {
    "flood": (
        "Forty families moved out as floods hit Lowenna\n"
        "Rest centres opened overnight.\n"
        "LOWENNA, 2 March 2026 - The river Tamsett burst its banks in Lowenna on Monday and "
        "forty families were moved to the rest centre at Penhallow School.\n"
        'The mayor, Rhiannon Quick, said: "Penhallow School has been a lifeline tonight."\n'
        "Water reached the windows of the bakery on Fore Street and the lifeboat crew "
        "carried an elderly couple from their cottage by the bridge.\n"
        "The Environment Agency said the river had peaked at 2.4 metres before dawn and "
        "would fall slowly through the week.\n"
        "Sandbags were handed out from the fire station until midnight.\n"
        "Carrick Mutual, the town's main insurer, said claims for flood damage would be paid "
        "in full.\n"
    ),
    "clean-up": (
        "Lowenna clean-up begins as the Tamsett falls\n"
        "Volunteers cleared mud from Fore Street.\n"
        "LOWENNA, 4 March 2026 - Volunteers began clearing mud from Fore Street as the "
        "Tamsett fell on Wednesday, and the Penhallow School rest centre closed.\n"
        'Rhiannon Quick said: "Fore Street will be open for business by the weekend."\n'
    ),
}


@pytest.fixture(scope="module")
def passing_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A flood story that names insurance claims in one line, and its clean-up follow-up."""
    return stories_db(tmp_path_factory.mktemp("passing"), PASSING)


def test_a_topic_named_in_passing_lends_no_follow_up(passing_db: Path) -> None:
    # the flood story names claims once; the mayor never spoke of them anywhere
    assert ask_json(passing_db, "Quick on insurance claims")["quotes"] == []
    # while the story about the flood still lends her clean-up words
    assert "open for business" in texts(ask_json(passing_db, "Quick on the Lowenna flood"))


SEWAGE = {
    "warning": (
        "Swimmers told to keep out of the Penmarrow after sewage spill\n"
        "Bacteria levels were forty times the safe limit.\n"
        "TRESCO BAY, 9 March 2026 - Bathers were told to keep out of the River Penmarrow "
        "after sewage was discharged from the Carnwick works on Sunday.\n"
        'Kernow Water said in a statement: "The overflow operated as designed."\n'
        "Dr Anjali Menon, the county's director of public health, said: \"Nobody should "
        'swim below Carnwick this week."\n'
    ),
    "illness": (
        "Swimmers fall sick after Penmarrow dip\n"
        "Twelve people reported stomach bugs.\n"
        "TRESCO BAY, 11 March 2026 - Twelve swimmers have reported stomach bugs after a dip "
        "in the River Penmarrow below Carnwick at the weekend.\n"
        "Kernow Water's chief executive, Rowan Trethewey, denied the company had broken any "
        'rules. "Every discharge at Carnwick was within our permit," he said.\n'
        'Tegen Hocking, who swam on Saturday, said: "I was in bed for three days."\n'
        "The River Standards Board, which regulates sewage works, said it was reviewing "
        "the data from Carnwick.\n"
    ),
}


@pytest.fixture(scope="module")
def sewage_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sewage warning, and the illness story after it that names sewage in one line."""
    return stories_db(tmp_path_factory.mktemp("sewage"), SEWAGE)


def test_a_story_naming_the_topic_in_one_line_goes_on_with_its_storyline(
    sewage_db: Path,
) -> None:
    said = texts(ask_json(sewage_db, "who has talked about the sewage in the Penmarrow?"))
    assert "Nobody should swim below Carnwick" in said  # the story about it
    assert "within our permit" in said  # the follow-up's other remarks
    assert "in bed for three days" in said
