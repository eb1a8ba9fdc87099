"""A side taken on a party is no side on the story's subject: "The Fair Rates Alliance backed
the minister" in a story where the minister attacked the trial does not make the alliance's
director a supporter of the trial, nor does "welcomed the agency's letter" (another party's
thing) make the trust a supporter of the marina. A short definite object that is the
story's own subject still refers back to it ("welcomed the proposals"). Fictional stories,
ingested through the CLI and asked as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_toward import other_party
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "trial": (
        "Minister attacks Dunwold four-day week trial\n"
        "The council's four-day week has drawn a rebuke from Whitehall.\n"
        "DUNWOLD, 2 December - Dunwold District Council's four-day week trial has drawn a "
        "rebuke from the local government minister.\n"
        "In a letter to the council, the minister, Harriet Colbeck, said the trial should end. "
        '"Residents pay for a full week of service," she said.\n'
        "Council leader Amir Haskell defended the trial. "
        '"Sickness is down and every post is filled," he said.\n'
        "The Fair Rates Alliance, a taxpayers' campaign, backed the minister. Its director, "
        'Corinna Vail, said: "The figures have never been published."\n'
        "Unison branch secretary Ollie Stroud welcomed the trial, saying staff were happier. "
        '"People are staying," he said.\n'
    ),
    "marina": (
        "Agency warns over Saltby marina expansion\n"
        "A government agency says the marina plans could harm wintering birds.\n"
        "SALTBY, 1 December - The Coastal Habitats Agency has told the council it cannot "
        "support the Saltby marina expansion without a winter bird survey.\n"
        "The Saltby Sailing Club welcomed the proposals. Its commodore, Fenella Roe, said: "
        '"Our members have waited years for a berth."\n'
        "The Estuary Wildlife Trust welcomed the agency's letter. Its warden, Idris Penlan, "
        'said: "The geese roost here every winter."\n'
    ),
}


@pytest.fixture(scope="module")
def parties_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_parties"), STORIES)


def test_backing_a_party_is_no_support_for_the_subject(parties_db: Path) -> None:
    found = speakers_in(ask_json(parties_db, "who backed the four-day week trial?"))
    assert "Amir Haskell" in found and "Ollie Stroud" in found
    assert "Corinna Vail" not in found  # her group backed the minister, who attacked it


def test_welcoming_another_partys_letter_is_no_support(parties_db: Path) -> None:
    found = speakers_in(ask_json(parties_db, "who welcomed the marina expansion?"))
    assert "Fenella Roe" in found  # "welcomed the proposals": the story's subject
    assert "Idris Penlan" not in found  # "welcomed the agency's letter"


@pytest.mark.parametrize(
    ("words", "party"),
    [
        (["the", "minister"], True),  # a person by role
        (["the", "protesters"], True),  # people
        (["the", "agency's", "letter"], True),  # another party's thing
        (["the", "police", "response"], True),  # a body's thing
        (["the", "proposals"], False),
        (["the", "latest", "report"], False),
    ],
)
def test_other_party_words(words: list[str], party: bool) -> None:
    assert other_party(words) is party
