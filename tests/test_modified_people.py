"""A speaker asked for by a description that finds nobody whole: a word before the head
that tells what they are about to do ("the retiring headteacher": ask/modified_people.py),
or a place after it ("the care home manager in Fenwick": ask/qualified_people.py), read
before any guess among the stories' speakers. Fictional stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

MERGER = (
    "Brindle schools to merge in September\n\n"
    "Upper Brindle Primary and Brindle Park Primary will merge in September, the county "
    "council confirmed on Tuesday.\n\n"
    "Yusuf Adeyemi, the headteacher of Brindle Park, who will lead the merged school, said "
    'parents had been patient. "We will keep every teacher," he said.\n\n'
    "Celyn Marsh, the headteacher of Upper Brindle, who will retire when the school closes, "
    'said the decision was painful. "I taught the parents of children I teach now," '
    "Mrs Marsh said.\n"
)
FARM = (
    "Oakfield city farm gets new lease\n\n"
    "Oakfield city farm will stay on its site for another five years.\n\n"
    'The farm manager, Ines Calloway, said: "The goats are staying put."\n'
)
FIRE = (
    "Fenwick fire station to close at night\n\n"
    "Fenwick's fire station will have no crew at night from January.\n\n"
    "Bogdan Sikorski, the manager of Larchmont care home in Fenwick, said most of his "
    'residents could not leave their beds alone. "Ten minutes is a long time in a fire," '
    "he said.\n"
)

LICENCE = (
    "Nightclub keeps its licence with conditions\n\n"
    "The Vault in Stanbury will keep its licence, councillors decided on Thursday.\n\n"
    "The committee chair, Cllr Marjatta Lindholm, said the club had one last chance. "
    '"It is a licence on probation," she said.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("modified_people")
    return stories_db(folder, {"merger": MERGER, "farm": FARM, "fire": FIRE, "licence": LICENCE})


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what did the retiring headteacher say", "Celyn Marsh"),
        ("what has the retiring head of Upper Brindle said", "Celyn Marsh"),
        ("care home manager in Fenwick - what did he say", "Bogdan Sikorski"),
        ("what did the manager in Fenwick say", "Bogdan Sikorski"),
        # "licensing" tells which committee, and nothing else answers: its one chair
        ("what did the licensing committee chair say?", "Marjatta Lindholm"),
    ],
)
def test_a_description_that_finds_nobody_whole_finds_its_head_so_described(
    db: Path, question: str, speaker: str
) -> None:
    assert speakers_in(ask_json(db, question)) == {speaker}
