"""An organisation's answer names one speaker for it, however it spoke: its own statement
("the trust said") and its unnamed spokespeople's ("a spokeswoman for the trust said") both
come under its name, with the article's words for the source kept in `mention`; another
organisation's unnamed spokesman stays out (issue 12: one person, one speaker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, normalise, story_db

STORY = (
    "Lifeboat station to close for repairs\n\n"
    "The Orrin Rescue Trust said on Monday that its lifeboat station would close for six "
    "weeks while the slipway is rebuilt.\n\n"
    'A spokeswoman for the Orrin Rescue Trust said: "Crews from Westray will cover every '
    'call-out while we are shut."\n\n'
    'A spokesman for Westray Harbour Board said: "We have not been asked to cover anything '
    'yet."\n'
)


@pytest.fixture(scope="module")
def rescue_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("rescue"), "rescue", STORY)


def test_an_organisations_statements_come_under_one_name(rescue_db: Path) -> None:
    quotes = ask_json(rescue_db, "what did the Orrin Rescue Trust say?", "--limit", "0")["quotes"]
    texts = [normalise(q["text"]) for q in quotes]
    assert any("slipway is rebuilt" in t for t in texts)
    assert any("Crews from Westray will cover" in t for t in texts)
    assert not any("not been asked" in t for t in texts)  # the harbour board's spokesman
    assert {q["speaker"] for q in quotes} == {"Orrin Rescue Trust"}
    voice = next(q for q in quotes if "Crews from Westray" in normalise(q["text"]))
    assert "spokeswoman" in (voice["mention"] or "")
