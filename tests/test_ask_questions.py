"""Reporters' questions over fictional articles (tests/data/ask/), through `newsbrief ask
--json`, scored by the devset's rules: the acceptance bar is 90% answered right."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, SEEDS, ask_json, invoke, normalise
from tests.test_devset_questions import check

ASK = DATA / "ask"
QUESTIONS = [
    json.loads(line)
    for line in (ASK / "questions.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def ask_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the seeds and the ask test articles, ingested through the CLI."""
    path = tmp_path_factory.mktemp("ask-questions") / "t.db"
    result = invoke("--db", str(path), "ingest", str(SEEDS), str(ASK / "articles"))
    assert result.exit_code == 0, result.output
    return path


def problems(answer: dict[str, Any], question: dict[str, Any]) -> list[str]:
    """The devset's rules, plus phrases that must not be returned."""
    found = check(answer, question)
    texts = [normalise(q["text"]) for q in answer["quotes"]]
    found += [
        f"unwanted phrase {p!r}"
        for p in question.get("forbid_phrases", [])
        if any(normalise(p) in t for t in texts)
    ]
    return found


def test_questions_answered_right(ask_db: Path) -> None:
    wrong = {}
    for question in QUESTIONS:
        issues = problems(ask_json(ask_db, question["q"]), question)
        if issues:
            wrong[question["q"]] = issues
    right = len(QUESTIONS) - len(wrong)
    report = "\n".join(f"{q}: {issues}" for q, issues in wrong.items())
    print(f"ask questions: {right}/{len(QUESTIONS)} right\n{report}")
    assert len(QUESTIONS) >= 40
    assert right / len(QUESTIONS) >= 0.9, report
