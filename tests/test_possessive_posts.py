"""A post owned by a word of a body's name other than its last ("the county's cabinet member"
of Westmarsh County Council) ties its holder to the body as "the council's" would: the
body's answer holds their words (extract/affiliation_facts.py). Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

MERGER = (
    "Two village schools to merge\n\n"
    "Brindlecombe County Council has decided to merge Upper Brindle and Brindle Park "
    "primary schools.\n\n"
    "The council said falling numbers meant neither school could stay open on its own.\n\n"
    "Cllr Tobias Reyes, the county's cabinet member for children's services, said he "
    "understood parents' anger but denied that the decision had been made in advance.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("possessive_posts"), {"merger": MERGER})


def test_the_countys_cabinet_member_speaks_for_the_county_council(db: Path) -> None:
    found = speakers_in(ask_json(db, "what has Brindlecombe council said?"))
    assert {"Tobias Reyes", "Brindlecombe County Council"} <= found
