"""Journalists' questions over the devset articles (tests/data/devset/questions.jsonl)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ask.answer import answer_question
from ask.intents import parse_question
from storage.db import Store
from tests.conftest import DATA, normalise

QUESTIONS = [
    json.loads(line)
    for line in (DATA / "devset" / "questions.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


def check(answer: dict[str, Any], question: dict[str, Any]) -> list[str]:
    """The problems with an answer, by the devset README's rules (empty: right)."""
    speakers = {q["speaker"] for q in answer["quotes"]}
    texts = [normalise(q["text"]) for q in answer["quotes"]]
    problems = [f"missing speaker {s}" for s in question["expect_speakers"] if s not in speakers]
    problems += [f"forbidden speaker {s}" for s in question["forbid_speakers"] if s in speakers]
    problems += [
        f"missing phrase {p!r}"
        for p in question["expect_phrases"]
        if not any(normalise(p) in t for t in texts)
    ]
    if not question["expect_speakers"] and not question["expect_phrases"] and texts:
        problems.append(f"expected no quotes, got {sorted(map(str, speakers))}")
    return problems


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["q"])
def test_devset_question(seeded_store: Store, question: dict[str, Any]) -> None:
    answer = answer_question(seeded_store, parse_question(question["q"], tz="UTC")).to_dict()
    assert check(answer, question) == []
