"""Articles past extraction's bounds (quotation marks, quotations, reporting verbs) are
ingested with a warning line naming them, their speech read up to the bound; nothing is
refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from extract import limits
from tests.conftest import invoke

LINES = [
    "\u201cWe will rebuild the bridge before winter,\u201d said Anna Berg, the council leader.",
    "\u201cThe contractors have promised to finish on time,\u201d said Tom Reid, the engineer.",
    "\u201cNobody will pay more in tolls this year,\u201d said Anna Berg.",
    "\u201cThe ferry will run twice an hour meanwhile,\u201d said Tom Reid.",
    "\u201cShops on the quay have lost half their trade,\u201d said Mia Holt, a shop owner.",
    "\u201cWe need help from the government now,\u201d said Mia Holt.",
]


def _ingest(tmp_path: Path) -> tuple[str, list[str]]:
    path = tmp_path / "bridge-story.txt"
    path.write_text("Bridge repairs to start in March\n\n" + "\n\n".join(LINES) + "\n", "utf-8")
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(path))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        quotes = [r[0] for r in conn.execute("SELECT text FROM quotes ORDER BY start")]
    return result.output, quotes


def test_too_many_quotations_warn_and_read_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_REGIONS", 4)
    output, quotes = _ingest(tmp_path)
    warning = next(line for line in output.splitlines() if line.startswith("warning:"))
    assert "bridge-story.txt" in warning and "6 quotations" in warning, output
    assert "ingested 1" in output
    assert len(quotes) >= 4 and quotes[0].startswith("We will rebuild"), quotes


def test_too_many_reporting_verbs_warn_and_read_up_to_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_CUES", 2)
    output, quotes = _ingest(tmp_path)
    warning = next(line for line in output.splitlines() if line.startswith("warning:"))
    assert "bridge-story.txt" in warning and "6 reporting verbs" in warning, output
    assert "ingested 1" in output and len(quotes) >= 2, quotes


def test_within_bounds_no_warning(tmp_path: Path) -> None:
    output, quotes = _ingest(tmp_path)
    assert "warning:" not in output and len(quotes) == 6, output


def test_too_many_quotation_marks_parse_only_up_to_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_MARKS", 5)  # six lines, two marks each
    output, quotes = _ingest(tmp_path)
    warning = next(line for line in output.splitlines() if line.startswith("warning:"))
    assert "bridge-story.txt" in warning and "quotation marks" in warning, output
    assert "ingested 1" in output
    assert quotes[:2] == [LINES[0][1:41], LINES[1][1:48]], quotes
    assert not any("ferry" in q or "government" in q for q in quotes), quotes
    with sqlite3.connect(tmp_path / "t.db") as conn:
        body = conn.execute("SELECT body FROM articles").fetchone()[0]
    assert "We need help from the government now" in body  # stored whole, only not parsed
