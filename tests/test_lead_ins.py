"""The earlier stories of a storyline (ask/followups.py `_lead_ins`): "student flats on the
park - who's said what?" finds the story of the plans lodged for a "student block", told
before the stories of the "student flats" march, when it says every concept of the topic
but one and shares the storyline's names (of three, all but an action or a quality: "the
harbour wall collapsing" reaches the storm that breached it); a topic of fewer never reaches
back.
Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, said_in, stories_db

STORIES = {
    "plans": (
        "Plans lodged for 640-bed student block on Larkby's Fennick Park\n\n"
        "LARKBY, 20 November 2026 \u2014 Quadrant Student Living has submitted plans for a "
        "640-bedroom student block on part of Fennick Park in Larkby.\n\n"
        "Priya Mukherjee-Dale, who chairs the Friends of Fennick Park, said the park was not "
        'the council\'s to give away. "Once a park is gone, it is gone," she said.\n\n'
        "Callum Ferreira, Quadrant Student Living's development director, said: \"This scheme "
        'frees up hundreds of houses for local people."\n'
    ),
    "march": (
        "Hundreds march through Fennick Park against student flats plan\n\n"
        "LARKBY, 24 November 2026 \u2014 Hundreds of people marched through Fennick Park on "
        "Sunday against plans for student flats on its northern edge.\n\n"
        'Priya Mukherjee-Dale of the Friends of Fennick Park said: "This is a whole '
        'neighbourhood saying no to student flats."\n\n'
        "Quadrant Student Living said it would keep listening to residents.\n"
    ),
    "university": (
        "University backs Fennick Park student flats\n\n"
        "LARKBY, 27 November 2026 \u2014 The University of Larkby has backed the student flats "
        "planned for Fennick Park.\n\n"
        'Its vice-chancellor, Ffion Arkwright, said: "Our students need somewhere to live, '
        'and these student flats are close to the campus."\n\n'
        "Callum Ferreira of Quadrant Student Living said the company welcomed the support.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("lead_ins"), STORIES)


def test_the_storylines_earlier_story_in_other_words(db: Path) -> None:
    answer = ask_json(db, "student flats on the park in Larkby - who's said what", "--limit", "0")
    words = " | ".join(w for _, w in said_in(answer))
    assert "Once a park is gone" in words
    assert "frees up hundreds of houses" in words


@pytest.mark.parametrize(
    "question", ["student flats - who's said what", "student flats on the park - who's said what"]
)
def test_a_topic_of_fewer_than_four_concepts_does_not_reach_back(db: Path, question: str) -> None:
    # "council tax in Castlebridge": the town's allotments story says "council" and the town
    answer = ask_json(db, question, "--limit", "0")
    assert "Once a park is gone" not in " | ".join(w for _, w in said_in(answer))


HARBOUR = {
    "storm": (
        "Storm breaches Kettleness harbour wall\n\n"
        "KETTLENESS, 18 November 2026 \u2014 A storm tore a hole in the harbour wall at "
        "Kettleness overnight, flooding the fish market, the Kettleness Harbour Trust said.\n\n"
        "Ottilie Varga, who runs the Kettleness smokehouse, said the water reached her "
        'counter. "The sea just walked in through the gap," she said.\n'
    ),
    "market": (
        "Kettleness fish market reopens on higher ground\n\n"
        "KETTLENESS, 21 November 2026 \u2014 The Kettleness fish market reopened in the old "
        "auction shed on Friday, away from the damaged harbour wall.\n\n"
        'Ottilie Varga said: "We are selling again, and that is what matters."\n\n'
        "Bram Hollis of the Kettleness Harbour Trust said the market could stay in the shed "
        "until spring.\n"
    ),
    "collapse": (
        "Kettleness harbour wall collapse: engineers blame rotten piles\n\n"
        "KETTLENESS, 26 November 2026 \u2014 Rotten timber piles caused the collapse of the "
        "harbour wall at Kettleness, engineers told the Kettleness Harbour Trust.\n\n"
        "Bram Hollis, the trust's harbour master, said: \"The wall was older than anyone "
        'thought."\n'
    ),
}


def test_a_topics_action_the_earlier_stories_tell_in_other_words(tmp_path: Path) -> None:
    # "collapsing" is the asker's word for what the first story calls a breach: a topic of
    # three concepts reaches back when it leaves out only such a word, from lead-in to
    # lead-in (the market's reopening away from the damaged wall, then the storm)
    db = stories_db(tmp_path, HARBOUR)
    answer = ask_json(db, "who said what about the harbour wall collapsing", "--limit", "0")
    words = " | ".join(w for _, w in said_in(answer))
    assert "older than anyone thought" in words
    assert "walked in through the gap" in words


MARINA = {
    "plans": (
        "Plans lodged to double the marina at Pellowmouth\n\n"
        "PELLOWMOUTH, 10 November 2026 \u2014 Harbourside Leisure has lodged plans to double "
        "the size of the town's marina, adding 300 berths next to the Skelton Marsh "
        "nature reserve.\n\n"
        "The scheme is led by Harbourside Leisure's director, Anneke Vos. The marina "
        'manager, Piet Hendriks, said: "There is a waiting list of more than 400 '
        'boats."\n\n'
        "Cllr Ruth Amankwah, who chairs the planning committee, said the application would "
        "be decided in the new year. The harbour master, Gwen Pascoe, said she had not yet "
        "seen the plans.\n"
    ),
    "objection": (
        "Wildlife trust objects to marina expansion at Pellowmouth\n\n"
        "PELLOWMOUTH, 16 November 2026 \u2014 The Pellowmouth Wildlife Trust has formally "
        "objected to the marina expansion beside Skelton Marsh.\n\n"
        'Its warden, Colm Reddy, said: "Birds do not read planning documents."\n\n'
        "Anneke Vos of Harbourside Leisure said the expansion would bring jobs. Cllr Ruth "
        "Amankwah said the committee would visit the site with the harbour master, Gwen "
        "Pascoe.\n"
    ),
}


def test_a_topic_of_two_reaches_back_past_the_askers_word_for_an_action(tmp_path: Path) -> None:
    # "expansion" is the asker's word for what the first story calls doubling the marina
    db = stories_db(tmp_path, MARINA)
    answer = ask_json(db, "who said what about the marina expansion", "--limit", "0")
    words = " | ".join(w for _, w in said_in(answer))
    assert "Birds do not read planning documents" in words
    assert "waiting list of more than 400 boats" in words
