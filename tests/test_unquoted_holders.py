"""A post asked for whose holder the stories name but never quote (ask/unquoted_holders.py):
the answer says so, and gives no one else's words. Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

LANE = (
    "Council told to repay cycle lane grant\n\n"
    "Brackford Borough Council must hand back £210,000 after tearing out the Mill Road "
    "cycle lane.\n\n"
    '"That is public money spent on a lane that lasted eleven months," said Councillor '
    "Ruth Okoye, leader of the opposition group on Brackford Borough Council.\n\n"
    "The council leader, Geoffrey Mensah, was unavailable for comment.\n"
)
PHONES = (
    "Kingsmead school bans phones\n\n"
    "Phones will be locked away at Kingsmead Academy from January.\n\n"
    "Government guidance issued in February by the education secretary, Rosalind Hale, "
    "discourages phones in schools.\n\n"
    "Gareth Pryce, the teachers' union branch secretary, said: \"Our members spend the first "
    'ten minutes of every lesson telling children to put their phones away."\n'
)

CHOIR = (
    "Cathedral choir school to close\n\n"
    "Ashminster's cathedral choir school will close in July.\n\n"
    "Ashminster's former organist, Sir Rupert Vale, who trained the choristers for three "
    "decades, is understood to have been told privately.\n\n"
    "Benedict Oyelowo, the cathedral's organist and master of the choristers, said he would "
    'keep the standard high. "I owe it to the boys and girls who are singing now," he said.\n'
)

PUB = (
    "Village pub to close\n\n"
    "The Plough in Ashby Parva will close in January.\n\n"
    "The vicar of St Anne's, Peter Ashdown, is on sabbatical until Easter.\n\n"
    "The Rev Siobhan Keane, rector of St Mary's, said the village needed somewhere to meet. "
    '"I think He would want us to keep somewhere warm," she said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(
        tmp_path_factory.mktemp("unquoted_holders"),
        {"lane": LANE, "phones": PHONES, "choir": CHOIR, "pub": PUB},
    )


@pytest.mark.parametrize(
    "question, holder",
    [
        ("what did the council leader say about the cycle lane?", "Geoffrey Mensah"),
        ("has the education secretary said anything about the phone ban?", "Rosalind Hale"),
    ],
)
def test_a_post_held_by_someone_never_quoted_gets_nobody_elses_words(
    db: Path, question: str, holder: str
) -> None:
    answer = ask_json(db, question)
    assert answer["quotes"] == []
    assert holder in answer["message"] and "not been quoted" in answer["message"]


def test_a_post_its_quoted_holder_holds_is_answered(db: Path) -> None:
    assert speakers_in(ask_json(db, "what did the branch secretary say?")) == {"Gareth Pryce"}


def test_a_former_holder_named_is_no_holder_and_one_described_so_holds_it(db: Path) -> None:
    # "the former organist, Sir Rupert Vale": not the organist; "X, the cathedral's organist"
    assert speakers_in(ask_json(db, "what did the organist say?")) == {"Benedict Oyelowo"}


def test_a_holder_of_the_posts_family_holds_it(db: Path) -> None:
    # a rector is a vicar to a reporter ("the Rev"): the vicar on sabbatical is not asked
    assert speakers_in(ask_json(db, "what did the vicar say about the pub?")) == {"Siobhan Keane"}
