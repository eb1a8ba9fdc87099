"""Topics asked in a reporter's words for what the story tells in its own, on fictional news
the bot was not tuned on: a newer synonym or idiom family of ask/data/topics.json finds its
story ("the panto dame calling it a day": the dame "to hang up her wig"), and a long topic
whose story leads on half of it and says the rest further down is still that story's when
no story leads on all of it ("the patrol cut at the village school")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

FAMILIES = {
    "dame": (
        "Pantomime dame to hang up her wig after 31 seasons\n"
        "The Corn Exchange in Wexcombe has lost its best-loved performer.\n"
        'Actor Bartholomew Quill said: "Thirty-one winters in a corset is enough for anyone."\n'
    ),
    "drive": (
        "Drive-through bakery approved at Hollin Cross\n"
        "Planners approved the drive-through on Tuesday despite 200 objections.\n"
        'Resident Ottilie Brisk said: "We will hear engines idling at breakfast."\n'
    ),
    "merge": (
        "Two Fellbeck primary schools to merge in September\n"
        "Governors voted to merge the infant and junior schools on one site.\n"
        'Parent Hamid Qureshi said: "One school gate is easier than two."\n'
    ),
    "stage": (
        "Summerhaven pier theatre to close after storm damage\n"
        "The theatre at the end of the pier will shut in January.\n"
        'Stage manager Delyth Awori said: "The sea got into the fly tower."\n'
    ),
    "queues": (
        "Tailbacks on Quarry Road every morning, residents say\n"
        "Traffic now stretches back a mile at rush hour.\n"
        'Commuter Sian Okoye said: "I leave at seven and still sit there for forty minutes."\n'
    ),
    "ring": (
        "Wedding ring turns up in a sack of potatoes at Lowther farm shop\n"
        "A farm worker found the ring while grading potatoes.\n"
        'Farm worker Piet Nwankwo said: "It glinted between two muddy ones."\n'
    ),
    "marrow": (
        "Record marrow wins at Oakhurst vegetable show\n"
        "A 58kg marrow took first prize at the annual vegetable show.\n"
        'Grower Fenella Odum said: "I sang to it every evening."\n'
    ),
    "books": (
        "Mobile library to stop visiting Ashby villages\n"
        "The county will withdraw the mobile library in March.\n"
        'Reader Gwyneth Barra said: "It is the only shop window on books we have."\n'
    ),
    "market": (
        "Festive market returns to Brackley square\n"
        "Forty stalls will open on Friday.\n"
        'Stallholder Imelda Tran said: "We sold out of mulled cider by four."\n'
    ),
    "rally": (
        "Hundreds protest outside Carbury town hall over bus cuts\n"
        "Campaigners marched from the bus station to the town hall on Saturday.\n"
        'Organiser Wendell Achebe said: "A town without buses is a town without a future."\n'
    ),
    # words the asker uses, said in a story on something else: no story is without them
    "plots": (
        "Allotment volunteers open a day centre at Wickham Lane\n"
        "Volunteers spend every day calling in at the plots, which close for Christmas.\n"
        "A children's playhouse woven from willow stands by the gate.\n"
        'Gardener Rufus Amadi said: "We grow veg for the food bank every week."\n'
    ),
}


@pytest.fixture(scope="module")
def families_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one story per family, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("paraphrase"), FAMILIES)


def has(answer: dict[str, Any], words: str) -> bool:
    return any(words in q["text"] for q in answer["quotes"])


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("the panto dame calling it a day - who said what", "in a corset"),
        ("who said what about the drive-thru getting the green light", "engines idling"),
        ("reaction to the Fellbeck school amalgamation?", "One school gate"),
        ("what's been said about the pier playhouse shutting", "the fly tower"),
        ("who's talked about congestion on Quarry Road", "forty minutes"),
        ("who found the ring in the spuds?", "two muddy ones"),
        ("who said what about the veg show", "sang to it"),
        ("who said what about the library van", "shop window on books"),
        ("who said what about the Christmas market in Brackley", "mulled cider"),
        ("what was said at the demo in Carbury?", "a town without a future"),
    ],
)
def test_a_family_finds_the_story_told_in_other_words(
    families_db: Path, question: str, words: str
) -> None:
    assert has(ask_json(families_db, question, "--limit", "0"), words)


def test_a_family_word_keeps_to_its_own_stories(families_db: Path) -> None:
    # "the theatre": the pier's, never the pantomime's stage at the Corn Exchange
    answer = ask_json(families_db, "who said what about the theatre closing", "--limit", "0")
    assert "Delyth Awori" in speakers_in(answer)
    assert "Bartholomew Quill" not in speakers_in(answer)


PATROL = {
    "patrol": (
        "Brindle crossing patrol to be withdrawn at Christmas\n"
        "The patrol outside Brindle Primary School will end in December, the county says.\n"
        "The school has had a crossing patrol since 1986.\n"
        "Patrol officer Kaspar Mwangi has worked the crossing for nine years.\n"
        '"I know every child by name," Mr Mwangi said.\n'
        "The county said the cut would save about £9,000 a year.\n"
        "Brindle is the only village on the B5120 without a pelican crossing.\n"
    ),
    "fete": (
        "Brindle Primary School summer fete raises £4,000\n"
        "Parents ran thirty stalls on the playing field.\n"
        "Teacher Oonagh Pryce said the money would buy reading books.\n"
        '"Every class helped," Ms Pryce said.\n'
        "A volunteer patrol of parents kept the car park clear.\n"
        "One stall owner joked that the heat would cut the cake sales.\n"
        "Most of the village came.\n"
    ),
}


def test_a_long_topic_is_the_story_that_leads_on_half_of_it(tmp_path: Path) -> None:
    # No story leads on all of "the patrol cut at the village school": the patrol's leads on
    # the patrol and the school and says the cut and the village further down; the fete's
    # leads only on the school.
    db = stories_db(tmp_path, PATROL)
    answer = ask_json(db, "whats been said about the patrol cut at the village school")
    assert "Kaspar Mwangi" in speakers_in(answer)
    assert "Oonagh Pryce" not in speakers_in(answer)
