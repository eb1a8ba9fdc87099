"""A side a speaker takes in their own words, when no frame of the story says it: "We will
oppose this plan every step of the way" is against it, "I fully support the plan" for it,
and in reported words "she said they would oppose the decision"; "we do not oppose it" takes
no side. Fictional stories, ingested through the CLI and asked as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_lexicon import NEGATIVE, POSITIVE, load_stance
from ask.stance_own import own_side
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "quarry": (
        "Haddon quarry extension goes to council\n"
        "The quarry's owner wants to dig on another 40 acres.\n"
        "HADDON, 1 December 2026 - A plan for a 40-acre extension of Haddon quarry will go to the "
        "county council's planning committee next month.\n"
        '"We will oppose this plan every step of the way," said Ada Finch, who lives on '
        "Quarry Lane.\n"
        '"I fully support the plan, because it keeps sixty people in work," said Rhodri '
        "Vance, a haulier in the village.\n"
        "Mina Osei, a parish councillor, said they would oppose the extension in the courts "
        "if they had to.\n"
        '"Lorries come past the school at eight in the morning," said Tom Ashby, a parent.\n'
    ),
}


@pytest.fixture(scope="module")
def quarry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_own"), STORIES)


def test_who_opposed_is_read_from_their_own_words(quarry_db: Path) -> None:
    found = speakers_in(ask_json(quarry_db, "who opposed the quarry extension?"))
    assert "Ada Finch" in found
    assert "Rhodri Vance" not in found  # "I fully support the plan"


def test_who_backed_is_read_from_their_own_words(quarry_db: Path) -> None:
    found = speakers_in(ask_json(quarry_db, "who backed the quarry extension?"))
    assert found == {"Rhodri Vance"}


@pytest.mark.parametrize(
    ("text", "reported", "side", "in_story"),
    [
        ("We will oppose this plan every step of the way.", False, NEGATIVE, True),
        ("I strongly support the plan.", False, POSITIVE, True),
        ("they would oppose the extension in the courts", True, NEGATIVE, True),
        ("We do not oppose the plan.", False, None, True),  # negated
        ("They oppose the plan.", False, None, True),  # others' side, in the speaker's words
        ("We welcome the plan but we oppose the plan's hours.", False, None, True),  # both
        ("We will oppose the bypass.", False, None, False),  # another thing
        ("We will oppose the scheme.", False, NEGATIVE, True),  # the story's, in its story
    ],
)
def test_own_side(text: str, reported: bool, side: str | None, in_story: bool) -> None:
    topic = ["plan", "extension"]
    assert own_side(text, reported, topic, load_stance(), anaphoric=in_story) == side
