"""Names written with letters Unicode does not decompose ("ı", "ø", "ł") are found as a
reporter types them ("Yildirim", "Soren", "Lukasz"), in a new store and in one written
before fold learnt them (migration 019_refold). Fictional stories."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import common.names
from common.names import fold
from tests.conftest import ask_json, speakers_in, stories_db

CLUB = (
    "Rovers chairman defends ground sale\n\n"
    "Dunmarsh Rovers will sell Keld Park to a housebuilder, the club confirmed.\n\n"
    "Kemal Yıldırım, the club's chairman, said the sale was the only way to keep the club "
    'alive. "Every month of delay is a month of losses," he said.\n\n'
    "Søren Højgaard, the supporters' trust chair, said fans had not been consulted. "
    '"We found out from a planning notice on a lamp post," he said.\n\n'
    'Łukasz Wróbel, who runs the café opposite, said: "Match days pay my rent."\n'
)


@pytest.mark.parametrize(
    "written, typed",
    [("Yıldırım", "yildirim"), ("Søren Højgaard", "soren hojgaard"), ("Łukasz", "lukasz")],
)
def test_letters_with_a_stroke_or_no_dot_fold_to_the_letter_typed(written: str, typed: str) -> None:
    assert fold(written) == typed
    assert len(fold(written)) == len(written)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("undecomposed"), {"club": CLUB})


@pytest.mark.parametrize(
    "question, speaker, phrase",
    [
        ("what did Yildirim say?", "Kemal Yıldırım", "a month of losses"),
        ("Soren Hojgaard on the ground sale", "Søren Højgaard", "planning notice"),
        ("what did Lukasz Wrobel say?", "Łukasz Wróbel", "pay my rent"),
    ],
)
def test_a_name_typed_without_its_letters_finds_its_speaker(
    db: Path, question: str, speaker: str, phrase: str
) -> None:
    answer = ask_json(db, question)
    assert speakers_in(answer) == {speaker}
    assert any(phrase in q["text"] for q in answer["quotes"])


def test_a_store_written_before_the_fold_learnt_the_letters_is_refolded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # write the store as the old fold did (those letters kept), then forget 019_refold
    monkeypatch.setattr(common.names, "_UNDECOMPOSED", str.maketrans("", ""))
    common.names.fold.cache_clear()
    db = stories_db(tmp_path, {"club": CLUB})
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM _migrations WHERE name = '019_refold'")
    monkeypatch.undo()
    common.names.fold.cache_clear()
    assert speakers_in(ask_json(db, "what did Yıldırım say?")) == {"Kemal Yıldırım"}
    answer = ask_json(db, "what did Yildirim say?")  # the store is migrated as it opens
    assert speakers_in(answer) == {"Kemal Yıldırım"}
    with sqlite3.connect(db) as conn:  # the bodies' folded words too
        found = "SELECT count(*) FROM articles_folded WHERE articles_folded MATCH ?"
        assert conn.execute(found, ["yildirim"]).fetchone()[0] == 1
        assert conn.execute(found, ["yıldırım"]).fetchone()[0] == 0
