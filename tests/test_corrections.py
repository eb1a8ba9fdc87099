"""Corrections from the command line: `speakers list/merge/rename`, `quotes hide/reassign`,
`corrections`, seen in `ask --json` answers, digests and the Home tab, and kept through a
re-ingest of the same articles (two fictional articles about Tessaly Bay)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from handlers.home.sections import home_blocks
from sources.files import iter_paths
from storage.db import Store, open_store
from storage.digests import NewSubscription, create_subscription
from tests.conftest import DATA, ask_json, invoke
from tests.slack.conftest import copy_store
from work.corrections import hide_quote, reassign_quote
from work.ingest.pipeline import Ingestor
from work.permissions import SLASH, Actor
from work.settings import Settings

ARTICLES = DATA / "corrections"
SIGN = "No swimming near the dredger"  # the board's website text, not speech
DAYTIME = "Daytime traffic comes first"  # Ingrid Vosk's; reassigned in the tests
PASSENGERS = "Passengers should book early in April"  # William Okonjo's, merged into Bill's


def ingest(store: Store, nlp: Language) -> None:
    report = Ingestor(store, "unused", nlp=nlp).run(iter_paths([str(ARTICLES)]))
    assert report.failed == 0, report.failures


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Store:
    store = open_store(tmp_path_factory.mktemp("corrections") / "base.db")
    ingest(store, nlp)
    return store


@pytest.fixture
def db(tmp_path: Path, base: Store) -> Path:
    return copy_store(base, tmp_path / "news.db")


def cli(db: Path, *args: str) -> str:
    result = invoke("--db", str(db), *args)
    assert result.exit_code == 0, result.output
    return result.output


def quote_with(answer: dict[str, Any], words: str) -> dict[str, Any] | None:
    found = [q for q in answer["quotes"] if words in q["text"]]
    return found[0] if found else None


def speaker_ids(db: Path) -> dict[str, int]:
    return {s["name"]: s["id"] for s in json.loads(cli(db, "speakers", "list", "--json"))}


def correct_everything(db: Path) -> None:
    """Hide the website text, give Vosk's "daytime traffic" to Marta Lind, merge William Okonjo into
    Bill Okonjo, rename Marta Lind: the ids the commands take come from `ask --json` and
    `speakers list --json`."""
    answer = ask_json(db, "dredging")
    sign, daytime = quote_with(answer, SIGN), quote_with(answer, DAYTIME)
    assert sign and daytime and daytime["speaker"] == "Ingrid Vosk"
    ids = speaker_ids(db)
    assert {"William Okonjo", "Bill Okonjo", "Marta Lind"} <= ids.keys()
    assert "applied" in cli(db, "quotes", "hide", str(sign["id"]), "--reason", "website text")
    assert "applied" in cli(db, "quotes", "reassign", str(daytime["id"]), "Marta Lind")
    assert "applied" in cli(
        db, "speakers", "merge", str(ids["William Okonjo"]), str(ids["Bill Okonjo"])
    )
    assert "applied" in cli(db, "speakers", "rename", str(ids["Marta Lind"]), "Marta Lind-Haugen")


def assert_corrected(quotes: list[dict[str, Any]]) -> None:
    """The website text is gone; the reassigned, merged and renamed speakers are shown."""
    texts = {q["text"]: q["speaker"] for q in quotes}
    assert not any(SIGN in t for t in texts)
    speakers = set(texts.values())
    assert "William Okonjo" not in speakers and "Marta Lind" not in speakers
    assert [s for t, s in texts.items() if DAYTIME in t] == ["Marta Lind-Haugen"]
    assert [s for t, s in texts.items() if PASSENGERS in t] == ["Bill Okonjo"]


def test_each_correction_shows_in_answers_digests_and_home(db: Path) -> None:
    store = open_store(db)
    new = NewSubscription("C0DESK", "daily", "08:00", None, "UTC", None, False, "U0ED")
    create_subscription(store, new, "2020-01-01T00:00:00+00:00", "2020-01-01T00:00:00+00:00")
    correct_everything(db)

    assert_corrected(ask_json(db, "dredging")["quotes"])
    assert_corrected(ask_json(db, "ferries")["quotes"])
    merged = ask_json(db, "what did William Okonjo say?")  # FROM's name finds INTO
    assert {q["speaker"] for q in merged["quotes"]} == {"Bill Okonjo"}
    assert any(PASSENGERS in q["text"] for q in merged["quotes"])

    digest = json.loads(cli(db, "digest", "--channel", "C0DESK", "--json"))
    assert digest["quote_count"] > 0
    assert_corrected(digest["quotes"])

    home = json.dumps(home_blocks(store, "U0ADMIN", Settings(admins=frozenset({"U0ADMIN"}))))
    assert "*4* corrections this week" in home
    assert "Marta Lind-Haugen" in home and "William Okonjo into Bill Okonjo" in home
    assert "Marta Lind*" not in home  # the most-quoted list names her by her new name

    log = json.loads(cli(db, "corrections", "--json"))
    assert [c["action"] for c in log] == ["hide", "reassign", "merge", "rename"]
    assert all(c["status"] == "applied" and c["actor"].startswith("console:") for c in log)
    assert all(c["created_at"] and c["decided_at"] for c in log)
    assert log[0]["reason"] == "website text" and log[1]["target_name"] == "Marta Lind"
    listing = cli(db, "corrections")
    assert "merge speaker William Okonjo into Bill Okonjo, applied by console:" in listing
    names = {s["name"]: s["quotes"] for s in json.loads(cli(db, "speakers", "list", "--json"))}
    assert names["Bill Okonjo"] == 3 and "William Okonjo" not in names


def test_corrections_survive_re_ingest_of_the_same_articles(db: Path, nlp: Language) -> None:
    correct_everything(db)
    before = {q["text"]: q["speaker"] for q in ask_json(db, "dredging")["quotes"]}
    store = open_store(db)  # what re-extraction does: the rows go, ids change
    with store.db.conn:  # through the store's connection: its triggers fold() the keys
        store.db.execute("DELETE FROM articles")
        store.db.execute("DELETE FROM speakers")
        store.db.execute("INSERT INTO speakers (id, name, kind) VALUES (50, 'Placeholder', 'org')")
    ingest(store, nlp)
    after = ask_json(db, "dredging")["quotes"]
    assert_corrected(after)
    assert {q["text"]: q["speaker"] for q in after} == before
    assert "ingested 0, duplicates 2" in cli(db, "ingest", str(ARTICLES))  # the same again


def test_bad_ids_are_one_line(db: Path) -> None:
    for args, message in [
        (("quotes", "hide", "999", "--reason", "x"), "there is no quote #999"),
        (("quotes", "reassign", "abc", "Bill Okonjo"), "is not a quote id"),
        (("speakers", "merge", "998", "1"), "there is no speaker #998"),
        (("speakers", "merge", "Nobody Atall", "1"), "no stored speaker is called Nobody"),
    ]:
        result = invoke("--db", str(db), *args)
        assert result.exit_code == 1 and message in result.output, result.output
        assert "Traceback" not in result.output
    assert json.loads(cli(db, "corrections", "--json")) == []


def test_the_operator_approves_or_rejects_what_a_reporter_proposed(db: Path) -> None:
    # A reporter (not an admin) proposes in Slack; the operator decides from the CLI.
    answer = ask_json(db, "dredging")
    sign, daytime = quote_with(answer, SIGN), quote_with(answer, DAYTIME)
    assert sign and daytime
    reporter = Actor.slack(SLASH, "U0REPORTER", "C0DESK")
    store = Store(db)
    try:
        hide = hide_quote(store, Settings(), reporter, sign["id"], "website text, not speech")
        move = reassign_quote(store, Settings(), reporter, daytime["id"], "Marta Lind")
    finally:
        store.close()
    assert not hide.applied and not move.applied
    assert quote_with(ask_json(db, "dredging"), SIGN) is not None  # nothing applied yet
    pending = cli(db, "corrections")
    assert f"#{hide.correction.id} " in pending and "pending" in pending

    approved = cli(db, "corrections", "approve", str(hide.correction.id))
    assert f"Correction #{hide.correction.id} applied" in approved
    rejected = cli(db, "corrections", "reject", f"#{move.correction.id}")
    assert f"Correction #{move.correction.id} rejected" in rejected

    after = ask_json(db, "dredging")
    assert quote_with(after, SIGN) is None
    assert (quote_with(after, DAYTIME) or {}).get("speaker") == "Ingrid Vosk"
    log = {c["id"]: c["status"] for c in json.loads(cli(db, "corrections", "--json"))}
    assert log == {hide.correction.id: "applied", move.correction.id: "rejected"}

    again = invoke("--db", str(db), "corrections", "approve", str(hide.correction.id))
    assert again.exit_code == 1 and "already applied" in again.output
    for bad, message in [("999", "there is no correction #999"), ("x", "is not a correction")]:
        result = invoke("--db", str(db), "corrections", "reject", bad)
        assert result.exit_code == 1 and message in result.output, result.output
