"""A clergy rank after "the Rev" is a title, never part of the name: "The Rev Canon Ingrid
Hallgren" is Ingrid Hallgren, found as "Canon Hallgren" and by her name (common/data/
titles.json, the clergy's ranks matched as written). (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from common.names import clean_name
from tests.conftest import ask_json, speakers_in, story_db


def test_a_rank_after_the_rev_is_no_part_of_the_name() -> None:
    assert clean_name("Rev Canon Ingrid Hallgren") == "Ingrid Hallgren"
    assert clean_name("Prebendary Tom Askew") == "Tom Askew"
    assert clean_name("canon law") == "canon law"


def test_the_canon_is_found_by_name_and_by_rank(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "graves",
        "Volunteers to clear overgrown churchyard\n\n"
        "Volunteers will clear the overgrown graves at St Botolph's churchyard in Wexley "
        "this winter.\n\n"
        "The Rev Canon Ingrid Hallgren, rector of St Botolph's, said the work would be done "
        'with care. "Every stone here has a family behind it," she said.\n',
    )
    for question in ("what did Ingrid Hallgren say?", "what did Canon Hallgren say?"):
        answer = ask_json(db, question)
        assert speakers_in(answer) == {"Ingrid Hallgren"}, (question, answer)
