"""A loose question about a topic ("anything on the lido?", "tell me about the lido") asks
what was said: every quote the topic's question of who said what finds, best first; a brief
asked for ("brief me on the lido") keeps a few each (ask/answer.py `_brief_answer`).
Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, stories_db

LIDO = (
    "Lido reopening delayed by heating bills\n\n"
    "Ashcombe lido will not reopen in May because the council cannot afford to heat it.\n\n"
    '"The lido is the town\'s front room," said Marisol Okafor, who chairs Ashcombe '
    'Swimmers. "We raised the money for the pumps ourselves."\n\n'
    '"The lido costs more to heat than the library costs to run," Ms Okafor said. '
    '"Cold water swimming is a hobby, not a plan for the lido," she added.\n\n'
    'She said the friends would offer to pay for a heat pump at the lido. "Give us the lido '
    'for a summer and see," Ms Okafor said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("loose_briefs"), {"lido": LIDO})


def _hers(answer: dict[str, object]) -> int:
    quotes = answer["quotes"]
    assert isinstance(quotes, list)
    return sum(1 for q in quotes if q["speaker"] == "Marisol Okafor")


def test_a_loose_question_on_a_topic_gives_every_quote(db: Path) -> None:
    assert _hers(ask_json(db, "anything on the lido?")) > 3


def test_a_brief_asked_for_keeps_a_few_each(db: Path) -> None:
    assert 0 < _hers(ask_json(db, "brief me on the lido")) <= 3
