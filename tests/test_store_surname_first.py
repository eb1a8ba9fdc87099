"""A surname quoted before the story that introduces its person (fictional stories): "Marlow
said" filed as an organisation, then "Irene Marlow, a spokeswoman for Pellinore" in a later
ingest. Her earlier words join her once she is the one person of that surname; two people
sharing it leave the word alone."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ask_json, ingested, normalise


def _story(folder: Path, name: str, published: str, title: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    story = {"title": title, "url": f"https://news.example/{name}", "published": published}
    story["body"] = body
    (folder / f"{name}.json").write_text(json.dumps(story), encoding="utf-8")
    return folder


SURNAME_FIRST = (
    "Fares on the Carrow line will rise by a fifth. Marlow said the rise was overdue and "
    "would pay for drivers."
)
FULL_NAME = (
    "The Carrow bus depot will be sold.\n\nIrene Marlow, a spokeswoman for Pellinore, said "
    "the sale would pay for new electric buses."
)


def _said(db: Path, question: str) -> list[tuple[str, str]]:
    answer = ask_json(db, question, "--limit", "0")
    return [(q["speaker"], normalise(q["text"])) for q in answer["quotes"] or []]


def test_a_surname_quoted_first_joins_the_person_a_later_story_introduces(
    tmp_path: Path,
) -> None:
    first = _story(tmp_path / "a", "a", "2025-05-02T09:00:00+00:00", "Fares rise", SURNAME_FIRST)
    later = _story(tmp_path / "b", "b", "2025-05-09T09:00:00+00:00", "Depot sold", FULL_NAME)
    db = ingested(tmp_path / "s.db", first)
    ingested(db, later)
    said = _said(db, "what did Irene Marlow say?")
    assert ("Irene Marlow", "the rise was overdue and would pay for drivers") in said
    assert ("Irene Marlow", "the sale would pay for new electric buses") in said
    assert "the rise was overdue" in " ".join(t for _, t in _said(db, "what did Pellinore say?"))


def test_a_surname_two_people_share_stays_apart(tmp_path: Path) -> None:
    first = _story(tmp_path / "a", "a", "2025-05-02T09:00:00+00:00", "Fares rise", SURNAME_FIRST)
    other = _story(
        tmp_path / "b",
        "b",
        "2025-05-05T09:00:00+00:00",
        "Library hours cut",
        "The Elmbury library will close on Sundays.\n\nTobias Marlow, who chairs the friends "
        "of the library, said readers would lose out.",
    )
    later = _story(tmp_path / "c", "c", "2025-05-09T09:00:00+00:00", "Depot sold", FULL_NAME)
    db = ingested(tmp_path / "s.db", first)
    ingested(db, other)
    ingested(db, later)
    said = _said(db, "what did Irene Marlow say?")
    assert all("the rise was overdue" not in text for _, text in said)
