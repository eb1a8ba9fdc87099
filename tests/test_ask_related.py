"""Topics the story tells in other words (tests/data/ask_related/: a council approving new
homes, teenagers searched after stabbings, a football match with a chef): "housing" finds
the council leader on new homes, "knife crime" finds the superintendent in a story about
stabbings, and a quote that only says "home" or "knife" in passing stays out. One check per
related-form family of ask/data/topics.json, against SQLite's own FTS5 index (the stemmer
the store uses)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from ask.lexicon import concepts, fts_query
from extract.pipeline import extract_doc
from tests.conftest import DATA, ask_json, ingested, speakers_in

ARTICLES = DATA / "ask_related" / "articles"


@pytest.fixture(scope="module")
def related_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("ask-related") / "r.db", ARTICLES)


def test_housing_finds_the_leader_on_new_homes_not_a_manager_glad_to_be_home(
    related_db: Path,
) -> None:
    leader = ask_json(related_db, "what did the council leader say about the housing plan?")
    assert "Tobias Wrenfield" in speakers_in(leader)
    assert any("somewhere they can afford" in q["text"] for q in leader["quotes"])
    anyone = ask_json(related_db, "who said what about housing?", "--limit", "0")
    assert "Tobias Wrenfield" in speakers_in(anyone)
    assert "Piet Oyelaran" not in speakers_in(anyone)  # "good to be home" is no housing


def test_knife_crime_finds_the_stabbings_story_not_a_chef_with_a_knife(related_db: Path) -> None:
    answer = ask_json(related_db, "who said what about knife crime?", "--limit", "0")
    assert "Carys Whitlock" in speakers_in(answer)
    assert "Marguerite Bellamy" not in speakers_in(answer)  # a kitchen knife is no crime


def _matches(topic: str, sentence: str) -> bool:
    """Whether the topic's query finds the sentence in a porter-stemmed FTS5 index."""
    query = fts_query(concepts(topic))
    assert query is not None
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61')")
    db.execute("INSERT INTO t(body) VALUES (?)", (sentence,))
    return db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()[0] == 1


@pytest.mark.parametrize(
    ("topic", "said", "unrelated"),
    [
        # One row per related-form family: the story's words, then a sentence sharing a word.
        ("housing", "Up to 600 homes could be built by the quay", "We are glad to be home"),
        ("knife crime", "Two teenagers were stabbed outside the arcade", "The crime figures fell"),
        ("knives", "He was carrying a knife", "The chef sharpened the cleaver"),
        ("drink-driving", "She was found to be over the limit", "He was driving home"),
        ("anti-social behaviour", "Vandalism at the bus shelter", "Their behaviour was excellent"),
        ("potholes", "The road resurfacing starts in May", "The road opens in May"),
        ("sewage", "Storm overflows spilled into the river", "The river was in flood"),
        ("pollution", "Air quality on the high street has worsened", "The high street is busy"),
        ("homelessness", "More people are sleeping rough this winter", "People slept late"),
    ],
)
def test_each_related_family_finds_the_story_words_and_not_a_shared_word(
    topic: str, said: str, unrelated: str
) -> None:
    assert _matches(topic, said)
    assert not _matches(topic, unrelated)


@pytest.mark.parametrize("title", ["the judge", "the chief constable", "the sheriff"])
def test_a_quotation_split_by_a_title_goes_on_after_it(nlp: Language, title: str) -> None:
    # '"A," the judge said. "B."': B is the title holder's too, as after "she said".
    text = (
        f"“The river rose faster than anyone in Pellingford had seen,” {title} said. "
        "“Nobody could have reached the boat in time.”"
    )
    quotes = extract_doc(nlp(text)).quotes
    assert any("Nobody could have reached the boat" in q.text for q in quotes)
