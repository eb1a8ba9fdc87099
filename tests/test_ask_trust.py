"""Answers a reporter can trust, over fictional articles (tests/data/ask_trust/): relevance
in tiers, the count of what an answer leaves out, organisations and their own people, a
title alone, and each statement shown once (in JSON, the terminal, Slack and digests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ask.answer import answer_question
from ask.digest import MAX_DIGEST_QUOTES, build_digest
from ask.intents import parse_question
from handlers.render.answers import answer_message
from handlers.render.paging import COMMAND, Origin
from storage.db import Store
from tests.conftest import DATA, ask_json, ingested, invoke, normalise, story_db

ARTICLES = DATA / "ask_trust" / "articles"


@pytest.fixture(scope="module")
def trust_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    path = tmp_path_factory.mktemp("ask-trust") / "t.db"
    return ingested(path, ARTICLES)


def speakers(answer: dict[str, Any]) -> set[str]:
    return {q["speaker"] for q in answer["quotes"] if q["speaker"]}


def texts(answer: dict[str, Any]) -> list[str]:
    return [normalise(q["text"]) for q in answer["quotes"]]


def test_a_remark_in_a_story_about_the_topic_answers_it(trust_db: Path) -> None:
    # The pilots' leader on the pay offer never says "port", but the story is about the port.
    answer = ask_json(trust_db, "who said what about the port")
    pay = [q for q in answer["quotes"] if "insult to every pilot" in q["text"]]
    assert pay and pay[0]["speaker"] == "Dara Quell" and pay[0]["match"] == "article"
    # Cut to one quote, the answer keeps a quote whose own words are about the port.
    first = ask_json(trust_db, "who said what about the port", "--limit", "1")
    assert len(first["quotes"]) == 1 and first["quotes"][0]["match"] == "quote"
    assert "port" in first["quotes"][0]["text"] or "strike" in first["quotes"][0]["text"]


def test_quotes_that_only_share_a_word_with_the_topic_are_left_out(trust_db: Path) -> None:
    # The cycle-lanes story names the port in one paragraph and a strike in another.
    answer = ask_json(trust_db, "who said what about the port strike")
    assert {"Dara Quell", "Tomas Brennick"} <= speakers(answer)
    assert not [t for t in texts(answer) if "lanes" in t or "Cyclists" in t]
    assert all(q["article"]["title"] != "Marrowby council approves new cycle lanes"
               for q in answer["quotes"])  # fmt: skip


def test_a_cut_answer_says_how_many_more_there_are(trust_db: Path) -> None:
    every = ask_json(trust_db, "what did Dara Quell say?", "--limit", "0")
    total = len(every["quotes"])
    assert total >= 4 and every["more"] == 0 and every["total"] == total
    cut = ask_json(trust_db, "what did Dara Quell say?", "--limit", "2")
    assert len(cut["quotes"]) == 2
    assert cut["more"] == total - 2 and cut["total"] == total
    text = invoke("--db", str(trust_db), "ask", "what did Dara Quell say?", "--limit", "2")
    assert f"and {total - 2} more quotes: ask with --limit 0" in text.output
    refused = invoke("--db", str(trust_db), "ask", "what did Dara Quell say?", "--limit", "-1")
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    store = Store(trust_db)
    try:
        answer = answer_question(
            store, parse_question("what did Dara Quell say?", tz="UTC"), limit=2
        )
        message = answer_message(answer, Origin(COMMAND, "Dara Quell", "/whosaid"))
    finally:
        store.close()
    shown = json.dumps(message.blocks)
    assert f"2 quotes of {total}" in shown and f"and {total - 2} more quotes" in shown


def test_an_organisation_answers_with_its_own_people_only(trust_db: Path) -> None:
    authority = ask_json(trust_db, "what did the Marrowby Port Authority say?")
    assert speakers(authority) == {"Tomas Brennick"}
    campaign = ask_json(trust_db, "quotes from the Rook campaign")
    # The Sable campaign's spokesman attacks Rook in a story whose headline names Rook.
    assert speakers(campaign) == {"Mia Dunn"}


def test_a_title_alone_means_the_one_the_story_is_about(trust_db: Path) -> None:
    latest = ask_json(trust_db, "what did the minister say?")
    # The newest story's minister; not the health minister of an older story, nor the
    # minister's spokesman.
    assert speakers(latest) == {"Olu Adeyemi"}
    on_hospitals = ask_json(trust_db, "what did the minister say about hospitals?")
    assert speakers(on_hospitals) == {"Ana Pereira"}
    assert ask_json(trust_db, "who is the minister?")["speaker"] == "Olu Adeyemi"


def test_each_statement_is_shown_once(trust_db: Path) -> None:
    answer = ask_json(trust_db, "what did Dara Quell say?", "--limit", "0")
    keys = [(q["article"]["id"], q["attribution"]) for q in answer["quotes"]]
    assert len(keys) == len(set(keys))
    trick = [q for q in answer["quotes"] if "bookkeeping trick" in q["text"]]
    assert len(trick) == 1  # the partial quote lives in its reported clause, once
    statement = trick[0]
    assert statement["kind"] == "partial" and "management proposal" in statement["text"]
    (start, end), *_ = statement["quoted"]
    assert statement["start"] <= start < end <= statement["end"]
    split = [q for q in answer["quotes"] if "We will not go back" in q["text"]]
    assert len(split) == 1 and "Not for this offer" in split[0]["text"]
    assert len(split[0]["spans"]) == 2 and split[0]["end"] > split[0]["spans"][0][1]
    terminal = invoke("--db", str(trust_db), "ask", "what did Dara Quell say?").output
    assert terminal.count("bookkeeping trick") == 1 and terminal.count("not go back") == 1
    # A quotation split around "Quell said" is its passage, in its own quotation marks.
    assert '"We will not go back," Quell said. "Not for this offer' in normalise(terminal)
    store = Store(trust_db)
    try:
        message = answer_message(
            answer_question(store, parse_question("what did Dara Quell say?", tz="UTC")),
            Origin(COMMAND, "Dara Quell", "/whosaid"),
        )
        digest = build_digest(store, 0)
    finally:
        store.close()
    slack = json.dumps(message.blocks, ensure_ascii=False)
    assert slack.count("bookkeeping trick") == 1 and "*a bookkeeping trick*" in slack
    digest_keys = [(q.article.id, q.attribution) for q in digest.quotes]
    assert len(digest_keys) == len(set(digest_keys))
    assert sum("bookkeeping trick" in q.text for q in digest.quotes) == 1


def test_a_digest_header_counts_the_quotes_it_shows(trust_db: Path) -> None:
    # The header's "N new quotes" counts statements as the digest shows them: pieces joined,
    # and narration that answers leave out (an act's object, "announced a review") not counted.
    store = Store(trust_db)
    try:
        everything = build_digest(store, 0)
        on_topic = build_digest(store, 0, topic="port strike")
    finally:
        store.close()
    for digest in (everything, on_topic):
        assert 0 < len(digest.quotes) < MAX_DIGEST_QUOTES
        assert digest.quote_count == len(digest.quotes)


def test_a_topic_digest_has_the_remarks_in_stories_about_it(trust_db: Path) -> None:
    store = Store(trust_db)
    try:
        digest = build_digest(store, 0, topic="port strike")
    finally:
        store.close()
    words = [q.text for q in digest.quotes]
    assert any("insult to every pilot" in t for t in words)
    assert not any("lanes" in t for t in words)


def test_words_reported_twice_by_one_cue_are_shown_once(trust_db: Path) -> None:
    # "Pereira said she believes the first hospital will open..." is stored with the clause
    # again without its subject; the answer shows the wider one only.
    answer = ask_json(trust_db, "what did Ana Pereira say?")
    opening = [t for t in texts(answer) if "first hospital will open" in t]
    assert opening == [
        "she believes the first hospital will open in 2028, two years before the others"
    ]


def test_a_standfirst_said_again_as_the_first_paragraph_is_shown_once(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "mill",
        "Tarn Mill to shut in spring\n"
        "Tarn Mill will close in the spring with the loss of 60 jobs, the company said on "
        "Friday.\n"
        "TARNBY, 4 December 2026 - Tarn Mill will close in the spring with the loss of 60 "
        "jobs, the company said on Friday. The mill has made cloth since 1840.\n",
    )
    answer = ask_json(db, "who said what about the mill closing?", "--limit", "0")
    texts = [normalise(q["text"]) for q in answer["quotes"] if "60 jobs" in q["text"]]
    assert len(texts) == 1
