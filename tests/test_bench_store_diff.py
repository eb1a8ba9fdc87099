"""bench/store_diff.py: two folders of stores of the same articles, one quote's speaker and
another's organisation changed in the second, are compared quote by quote and the changes
named and counted. (A fictional story.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench.store_diff import main
from common.names import fold
from tests.conftest import story_db

STORY = (
    "Harnley bakery wins national award\n\n"
    "A Harnley bakery has won the national sourdough award.\n\n"
    'Its owner, Priya Lund, said: "We will need a bigger oven."\n\n'
    'Baker Tom Ashe said the win was "a shock".\n'
)


def test_changed_speakers_and_organisations_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    (tmp_path / "build").mkdir()
    built = story_db(tmp_path / "build", "bakery", STORY)
    for folder in (before, after):  # a whole copy, write-ahead log included
        with sqlite3.connect(built) as source, sqlite3.connect(folder / "tiny.db") as copy:
            source.backup(copy)
    with sqlite3.connect(after / "tiny.db") as db:
        db.create_function("fold", 1, fold)  # the store's triggers key names by it
        db.execute("UPDATE quotes SET speaker = 'Somebody Else' WHERE text LIKE '%bigger oven%'")
        db.execute("UPDATE quotes SET speaker_org = 'Harnley Bakers' WHERE text LIKE '%shock%'")
    assert main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "speaker: ('Priya Lund'" in out and "-> ('Somebody Else'" in out, out
    assert "organisation 2, speaker 1, only before 0, only after 0" in out, out  # words + quote
