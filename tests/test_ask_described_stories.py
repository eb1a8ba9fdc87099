"""A named person asked for by what they are, on a topic their own words never name ("what
did the auditor say about the harbour claims"): the story that names the topic is the
one the description picks them out of (ask/described_stories.py). And a topic word the
lexicon lists only in the plural ("deaths") is found from the singular asked. Fictional
stories, ingested through the CLI with the real model and asked through `newsbrief ask`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.lexicon import concepts, load_topics
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "harbour": (
        "Brenmouth harbour trust suspends treasurer\n"
        "The treasurer of the Brenmouth harbour trust has been suspended.\n"
        "BRENMOUTH, 3 March - The Brenmouth harbour trust has suspended its treasurer, Colm "
        "Rafferty, while its repair fund is investigated.\n"
        "Members of the trust said money meant for the slipway had paid for a boat.\n"
        "Rafferty, through his lawyer, rejected all the claims. The auditor, Mirela Stanescu, "
        "said the accounts for last year had been signed off in good order.\n"
        '"We found nothing missing," she said.\n'
    ),
    "bypass": (
        "Work on the Tarrow bypass to start in June\n"
        "The Tarrow bypass will be built from June.\n"
        "TARROW, 4 March - Work on the Tarrow bypass will start in June, the county said.\n"
        'Ines Vahl, the county engineer, said the road would open in 2028. "It will take '
        'the lorries out of the square," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("described_stories"), STORIES)


def test_a_described_person_on_the_topic_of_their_story(harbour_db: Path) -> None:
    answer = ask_json(harbour_db, "what did the auditor say about the harbour claims?")
    assert speakers_in(answer) == {"Mirela Stanescu"}
    assert any("signed off in good order" in q["text"] for q in answer["quotes"])


def test_a_described_person_on_a_topic_their_story_never_names(harbour_db: Path) -> None:
    answer = ask_json(harbour_db, "what did the auditor say about the bypass?")
    assert answer["quotes"] == []
    answer = ask_json(harbour_db, "what did the county engineer say about the harbour claims?")
    assert answer["quotes"] == []


def test_a_singular_topic_word_finds_its_plural_group() -> None:
    plural = next(m for m, g in load_topics().groups.items() if "deaths" in g)
    group = concepts("the boy's death")[-1]
    assert group == load_topics().groups[plural]
    assert concepts("the bins") == concepts("the bin")
