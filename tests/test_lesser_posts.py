"""A post a word before it makes another one (ask/data/cast.json "lesser"): the deputy
headteacher is not the headteacher, the shadow minister not the minister, the leader of the
opposition not the council leader. Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

PERMITS = (
    "Residents face paying for parking permits\n\n"
    "Households in Ashwell will pay £60 a year to park outside their own homes under plans "
    "approved on Tuesday.\n\n"
    "Cllr Nadim Qureshi, who leads the opposition group, said he would table a motion calling "
    'for the charges to be scrapped. "This is a stealth tax on people without driveways," '
    "he said.\n\n"
    "The vote was four to one, with the council leader, Cllr Harriet Vane-Oduya, absent "
    "through illness.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("lesser_posts"), {"permits": PERMITS})


def test_the_opposition_leader_is_not_the_council_leader(db: Path) -> None:
    answer = ask_json(db, "what did the council leader say about the permit charges")
    assert "Nadim Qureshi" not in speakers_in(answer)


def test_the_opposition_leader_asked_so_is_found(db: Path) -> None:
    assert speakers_in(ask_json(db, "what did the opposition leader say?")) == {"Nadim Qureshi"}
