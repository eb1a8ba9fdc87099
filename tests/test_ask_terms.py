"""A word in quotation marks is a term, not a statement: answers leave it out (fictional
article)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import invoke, normalise

ARTICLE = {
    "title": "Harbour board votes to sell the old ferry pier",
    "url": "https://www.tidegazette.example/2026/03/02/ferry-pier",
    "published": "2026-03-02T08:00:00+00:00",
    "source": "Tide Gazette",
    "body": (
        "The Port Avel harbour board voted on Monday to sell the old ferry pier to a hotel "
        "group.\n\n"
        "Board chair Marit Solberg said the sale would pay for a new breakwater. "
        "\u201cThe pier costs us more every winter than it earns in a year,\u201d Solberg said."
        "\n\nAsked what had decided the vote, she said: \u201cArithmetic.\u201d\n\n"
        "Fishermen called the sale a betrayal."
    ),
}


def test_a_one_word_quotation_is_not_shown_as_a_statement(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pier.json").write_text(json.dumps(ARTICLE), "utf-8")
    db = str(tmp_path / "t.db")
    assert invoke("--db", db, "ingest", str(folder)).exit_code == 0
    result = invoke("--db", db, "ask", "what did Marit Solberg say?", "--json")
    assert result.exit_code == 0, result.output
    shown = [normalise(q["text"]) for q in json.loads(result.output)["quotes"]]
    assert any("costs us more every winter" in t for t in shown), shown
    assert not any(t.strip(".") == "Arithmetic" for t in shown), shown
