"""A topic asked in many words that no story holds together: the asker describes a story in
more words than it uses ("quad bikes tearing up the kids' pitches" for the story of quad
bikes tearing up the pitches, which tells of "children"). A topic of LONG_TOPIC concepts or
more is searched on all but the one that keeps it from any story (ask/unsaid_words.py
`said_concepts`), so long as the rest stays specific; a shorter topic is never cut. A story
whose headline and lead tell of all a long topic's concepts but one, said in its body, is
about it (ask/search.py `about`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, said_in, stories_db

STORIES = {
    "pitches": (
        "Quad bikes tear up Kelham youth football pitches\n"
        "Weekend matches for 300 children have been cancelled.\n"
        "KELHAM, 23 November - Vandals on quad bikes tore up the pitches used by Kelham Vale "
        "Juniors, and weekend matches for 300 children were cancelled.\n"
        'The club\'s chairman, Nkosi Dlamini, said: "We had the best surface in ten years."\n'
    ),
    "traders": (
        "Traders count the cost of Kelham bridge closure\n"
        "Shops on the north bank say takings have halved.\n"
        "KELHAM, 24 November - Shops on the north bank say their takings have halved since "
        "the Kelham bridge was closed for repairs.\n"
        "Lena Kowal, who chairs the chamber of trade, said footfall had fallen by half.\n"
        'Cafe owner Yusuf Demir said: "I had four tables on Saturday. Four."\n'
        'Ms Kowal said: "Some of these businesses live on very thin margins."\n'
    ),
    "bikes": (
        "Bike shop opens on Kelham high street\n"
        "The shop sells children's bikes.\n"
        'Owner Ravi Shah said: "Families need a place to buy a first bike."\n'
    ),
    "park": (
        "Kelham park gets new play area\n"
        "The council has opened a play area for kids.\n"
        'Councillor Jo Pike said: "Kids deserve a safe place to play."\n'
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("long"), STORIES)


def test_a_long_topic_finds_the_story_told_in_fewer_of_its_words(store: Path) -> None:
    answer = ask_json(store, "who said what about quad bikes tearing up the kids' pitches?")
    said = said_in(answer)
    assert ("Nkosi Dlamini", "We had the best surface in ten years.") in said
    assert not any(speaker in ("Ravi Shah", "Jo Pike") for speaker, _ in said)


def test_a_short_topic_is_never_cut(store: Path) -> None:
    # each word said, never all in one story: three concepts are no long topic
    assert not ask_json(store, "who said what about quad bikes in the park?")["quotes"]


def test_a_long_topic_may_have_one_concept_said_only_in_the_body(store: Path) -> None:
    """ "businesses" is said once, in a quote: the story is still the one about the rest
    (headline and lead), so the cafe owner's words, which repeat none of it, answer too."""
    answer = ask_json(store, "who said what about the bridge closure hitting shops and businesses?")
    assert ("Yusuf Demir", "I had four tables on Saturday. Four.") in said_in(answer)
