"""A body one article calls only by a description ("The housing association's chief
executive, X") is the named organisation the speaker's other articles state
(ask/described_orgs.py): asked what the organisation said, its chief executive's words in
that article are its too; a body of its own ("the tenants' association") is not it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask.described_orgs import describes
from tests.conftest import ask_json, ingested, normalise


def _story(folder: Path, name: str, published: str, body: str) -> None:
    story = {"title": name, "url": f"https://news.example/{name}", "published": published}
    story["body"] = body
    (folder / f"{name}.json").write_text(json.dumps(story), encoding="utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stories: Rafe Tolland named as Elm Homes' chief executive, then as the housing
    association's."""
    folder = tmp_path_factory.mktemp("described")
    _story(
        folder,
        "first",
        "2026-03-02T09:00:00+00:00",
        "Damp was found in forty flats at Larch House, inspectors said.\n\n"
        "Elm Homes' chief executive, Rafe Tolland, said the landlord had spent heavily on "
        "the block.",
    )
    _story(
        folder,
        "second",
        "2026-03-20T09:00:00+00:00",
        "Elm Homes has apologised to tenants at Larch House.\n\n"
        "The housing association\u2019s chief executive, Rafe Tolland, toured the block on "
        "Monday.\n\n"
        "\u201cWe let these families down, and I said so to their faces,\u201d he said.\n\n"
        "Mona Reyes, the chair of the tenants\u2019 association, said residents wanted dates."
        "\n\n\u201cWe have heard promises before,\u201d she said.",
    )
    return ingested(folder / "described.db", folder)


def test_the_description_in_one_story_is_the_named_organisation(db: Path) -> None:
    answer = ask_json(db, "what has Elm Homes said?", "--limit", "0")
    said = " | ".join(normalise(q["text"]) for q in answer["quotes"] or [])
    assert "We let these families down" in said
    assert "We have heard promises before" not in said


def test_which_descriptions_can_be_a_named_organisation() -> None:
    assert describes("housing association", "Elm Homes")
    assert describes("tenants' association", "Larch House tenants' association")
    assert not describes("tenants' association", "Elm Homes")  # a body of its own
    assert not describes("club", "Dunmere Police")  # a club is no police force
