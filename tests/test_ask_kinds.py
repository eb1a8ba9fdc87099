"""Journalists' questions on fictional news the bot was not tuned on (tests/data/ask_kinds/:
an inquest, a doping ban, a merger, a council's bin cuts), answered through `newsbrief ask
--json` as a reporter sees them: the speaker filter holds for "what did X say at <event>?",
an organisation answers with its own people (named or not), a title alone finds the person
holding it, and narration about a person is not shown as something they said."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ask.speech import cue_reports_words
from tests.conftest import DATA, ask_json, ingested

ARTICLES = DATA / "ask_kinds" / "articles"


@pytest.fixture(scope="module")
def kinds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    path = tmp_path_factory.mktemp("ask-kinds") / "k.db"
    return ingested(path, ARTICLES)


def ask(db: Path, question: str) -> dict[str, Any]:
    """The whole answer (`--limit 0`), parsed."""
    return ask_json(db, question, "--limit", "0")


def said(answer: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in answer["quotes"]]


def test_what_one_person_said_at_an_event_holds_only_their_words(kinds_db: Path) -> None:
    coroner = ask(kinds_db, "what did Vantongeren say at the inquest?")
    assert coroner["speaker"] == "Hester Vantongeren"
    assert {s for s, _ in said(coroner)} == {"Hester Vantongeren"}
    assert any("working radio would have brought help" in t for _, t in said(coroner))
    father = ask(kinds_db, "what did Kwame Ossei say at the inquest?")
    assert {s for s, _ in said(father)} == {"Kwame Ossei"}
    assert any("We were told nothing for months" in t for _, t in said(father))


def test_an_organisation_answers_with_its_spokespeople_named_or_not(kinds_db: Path) -> None:
    # "Brightwater spokesman Anil Okafor": his organisation is the company's short name.
    company = ask(kinds_db, "what did Brightwater Foods say?")
    assert "Anil Okafor" in {s for s, _ in said(company)}
    assert "Rena Lindqvist" not in {s for s, _ in said(company)}  # the rival's spokeswoman
    # The trust is never quoted under its own name: its unnamed spokeswoman and its chief
    # executive ("Trust chief executive Milo Brandt") speak for it.
    trust = ask(kinds_db, "what did the Orrin Rescue Trust say?")
    texts = [t for _, t in said(trust)]
    assert any("replaced every radio" in t for t in texts)
    assert any("accept the coroner's findings" in t for t in texts)
    assert not any("working radio would have brought help" in t for t in texts)
    agency = ask(kinds_db, "what did the Halvard Anti-Doping Agency say?")
    assert [t for _, t in said(agency)] == ["the agency would review the case"]


def test_a_place_that_begins_an_organisation_name_is_not_that_organisation(
    kinds_db: Path,
) -> None:
    # "Calloway" is the dairy's short name; "the Gazette" the paper's head word.
    assert "Rena Lindqvist" in {s for s, _ in said(ask(kinds_db, "what did Calloway say?"))}
    paper = "Port Kessel Gazette"
    assert {s for s, _ in said(ask(kinds_db, "what did the Gazette say?"))} == {paper}
    # "Port Kessel" is the town the Port Kessel Gazette is named after: not the paper.
    assert paper not in {s for s, _ in said(ask(kinds_db, "what did Port Kessel say?"))}


def test_a_title_alone_finds_the_person_holding_it(kinds_db: Path) -> None:
    coroner = ask(kinds_db, "what did the coroner say?")
    assert {s for s, _ in said(coroner)} == {"Hester Vantongeren"}
    leader = ask(kinds_db, "what did the council leader say?")
    assert {s for s, _ in said(leader)} == {"Priya Chaudhry"}


def test_cues_of_acts_and_stances_do_not_report_words_without_quotation() -> None:
    # Families that take a clause report words; those of acts and attitudes do not.
    for cue in ("said", "told", "warned", "insisted", "according to", "urged", "denied"):
        assert cue_reports_words(cue), cue
    for cue in ("campaigned", "sought", "thanked", "attacked", "welcomed", "yoking"):
        assert not cue_reports_words(cue), cue
    assert cue_reports_words(None) and cue_reports_words(":")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # One test per synonym family added for these domains (ask/data/topics.json).
        ("who said what about doping", "the drug tests had been repeated"),
        ("who said what about the takeover", "This merger protects every job"),
        ("who said what about rubbish collection", "Every pound we save on bins"),
        # An inflection matches by its stem: "doping" finds "she had ever doped".
        ("what did Park say about doping?", "she had ever doped"),
    ],
)
def test_a_topic_finds_its_synonyms_and_inflections(
    kinds_db: Path, question: str, words: str
) -> None:
    answer = ask(kinds_db, question)
    found = [q for q in answer["quotes"] if words in q["text"]]
    assert found and found[0]["match"] == "quote", said(answer)


def test_a_lone_family_name_finds_the_one_person_named_so(kinds_db: Path) -> None:
    # "Park Ji-won" writes her family name first: "Park" is her, in both stories.
    answer = ask(kinds_db, "what did Park say?")
    texts = [t for _, t in said(answer)]
    assert answer["speaker"].startswith("Park Ji-won")
    assert any("fight this in every court" in t for t in texts)
    assert any("never taken anything to make me faster" in t for t in texts)
