"""A topic no story holds whole, asked in the reporter's own words: the stories that lead on
most of it answer (ask/most_of_topic.py), when what no story holds is a minority of the
topic's things (or the asker's words for an action or a quality), never said in those
stories, and no story's news of its own. Fictional stories, asked through
`newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "band": (
        "Colliery band told to leave bandroom after 100 years\n\n"
        "The Hetherley Colliery Band has been told to leave the bandroom it has used since "
        "1921, after the landlord gave the band notice to quit.\n\n"
        '"We have nowhere else to put forty players," said the band secretary, Dora Kilby.\n\n'
        "The band rehearses twice a week and plays at the village gala every summer.\n\n"
        "It won its section at the regional championships in 1987.\n\n"
        "The band's uniforms are kept in a loft above the bar.\n"
    ),
    "scheme": (
        "Hospital volunteer car scheme to end after 27 years\n\n"
        "Volunteers who drive patients to St Aldhelm's Hospital will stop in March, the "
        "hospital trust said.\n\n"
        'Driver Bernard Quist said: "Every one of my passengers is somebody\'s mother."\n'
    ),
    "seafront": (
        "Beach hut charges to double on Saltmere seafront\n\n"
        "Owners of beach huts on Saltmere seafront face charges twice as high next year.\n\n"
        '"It is a tax on a view," said hut owner Gordon Tallis.\n'
    ),
    "parking": (
        "Parking meters go in at Saltmere station\n\n"
        "Parking at Saltmere station will cost money for the first time, the council said.\n\n"
        'Commuter Priya Venn said: "Parking was the one thing that was free."\n\n'
        "The charge will be two pounds a day, with season tickets for regular users.\n\n"
        "Trains to the city run every half hour.\n\n"
        "The station lifts have been out of order since June.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("most_of_topic"), STORIES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # "brass": the band's words are the colliery's; band and eviction lead the story
        ("who said what about the brass band's eviction?", "Dora Kilby"),
        # "lifts": the driver's words are a car scheme's; hospital and patients lead it
        ("who said what about hospital lifts for patients?", "Bernard Quist"),
    ],
)
def test_the_story_leading_on_most_of_the_topic_answers(
    db: Path, question: str, speaker: str
) -> None:
    answer = ask_json(db, question)
    assert speaker in speakers_in(answer)
    assert "with the rest" in answer["searched"]  # the asker is told which words went


@pytest.mark.parametrize(
    "question",
    [
        # one thing of two is half the topic: nobody spoke of the band's tour
        "who said what about the band's tour?",
        # the story says "uniforms" without leading on them: nobody spoke of them
        "who said what about the colliery band's uniforms?",
        # "parking" is another story's news: the seafront story is no story of parking
        "who said what about parking charges on the seafront?",
    ],
)
def test_a_topic_no_story_leads_on_mostly_gets_nothing(db: Path, question: str) -> None:
    assert ask_json(db, question)["quotes"] == []
