"""The article newsbrief was first shown with, and what it must answer
(tests/data/seed-article.gold.json, a copy of ../shared/seed-article.gold.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, SEEDS, ask_json, invoke, normalise

GOLD = json.loads((DATA / "seed-article.gold.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "t.db"
    result = invoke("--db", str(db), "ingest", str(SEEDS / "seed-article.txt"))
    assert result.exit_code == 0, result.output
    assert "ingested 1, duplicates 0, failed 0" in result.output
    return db


@pytest.mark.parametrize("question", GOLD["questions"], ids=lambda q: q["q"])
def test_seed_questions(seed_db: Path, question: dict[str, Any]) -> None:
    answer = ask_json(seed_db, question["q"])
    speakers = {q["speaker"] for q in answer["quotes"]}
    texts = [normalise(q["text"]) for q in answer["quotes"]]
    assert set(question["expect_speakers"]) <= speakers
    assert not set(question["forbid_speakers"]) & speakers
    for phrase in question["expect_phrases"]:
        assert any(normalise(phrase) in t for t in texts), phrase


def test_ceasefire_answer_credits_each_speaker_with_role(seed_db: Path) -> None:
    answer = ask_json(seed_db, "who said what about the ceasefire")
    by_speaker: dict[str, list[dict[str, Any]]] = {}
    for quote in answer["quotes"]:
        by_speaker.setdefault(quote["speaker"], []).append(quote)
    assert "Prime Minister" in by_speaker["Najib Mikati"][0]["speaker_title"]
    assert by_speaker["Naim Qassem"][0]["speaker_org"] == "Hezbollah"
    assert by_speaker["Taher al-Nunu"][0]["speaker_org"] == "Hamas"
    qassem_texts = " ".join(q["text"] for q in by_speaker["Naim Qassem"])
    assert "appropriate and suitable" in qassem_texts
    for quote in answer["quotes"]:
        if "appropriate and suitable" in quote["text"]:
            assert quote["speaker"] == "Naim Qassem"
        assert quote["kind"] in ("direct", "indirect", "partial")
        article = quote["article"]
        assert article["title"].startswith("U.S. envoys push for truce")


def test_offsets_index_the_stored_article(seed_db: Path) -> None:
    import sqlite3

    answer = ask_json(seed_db, "who said what about the ceasefire")
    body = sqlite3.connect(seed_db).execute("SELECT body FROM articles").fetchone()[0]
    for quote in answer["quotes"]:
        assert body[quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.parametrize("gold", GOLD["quotes"], ids=lambda q: q["text"][:30])
def test_every_gold_attribution_extracted(seed_db: Path, gold: dict[str, Any]) -> None:
    answer = ask_json(seed_db, f"what did {gold['speaker']} say")
    texts = [normalise(q["text"]) for q in answer["quotes"] if q["speaker"] == gold["speaker"]]
    wanted = normalise(gold["text"])
    assert any(wanted in t or t.rstrip(".") in wanted for t in texts), texts
