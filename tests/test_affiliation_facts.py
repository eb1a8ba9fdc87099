"""A person's organisation is one stored fact per article, with its evidence, read by ask/.

Fictional stories about a ferry strike and a library closure, asked as a reporter would:

- a named member of a plural-possessive organisation ("the Deckhands' Guild", "Ferry
  Stewards' Union") speaks for it, asked by its full name or its short form;
- an organisation's answer never brings the other side's people (the operator's director
  is not the union's voice);
- a person tied to an organisation in one article speaks for it in a later one that names
  no organisation beside them;
- a tie the article only implies ("Its fleet manager, X" after another organisation spoke)
  never makes a person the organisation's voice; the organisation that spoke is theirs;
- each tie is stored with its kind and evidence, and a store made before the table existed
  is upgraded in place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from storage import articles, migrations
from storage.db import open_store
from storage.migrations import schema_version
from tests.conftest import said_by, stories_db

STRIKE = (
    "Ferry stewards vote to strike over rotas\n\n"
    "Members of the Ferry Stewards' Union voted to walk out next month.\n\n"
    "Morwenna Truscott, general secretary of the Ferry Stewards' Union, said: \"Our members "
    'have been pushed past breaking point by these rotas."\n\n'
    "Kellow Ferries Ltd, which runs the crossing, said it was disappointed.\n\n"
    'Its operations director, Piran Jago, said: "We offered a fair settlement in June."\n\n'
    "Tamsin Rowe, a spokeswoman for the Deckhands' Guild, said: \"We will stand beside the "
    'stewards on the quay."\n'
)

LATER = (
    "Ferry strike talks fail\n\n"
    'Truscott said: "The company walked away from the table."\n\n'
    'Jago said: "The door remains open."\n'
)


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ferry")
    return stories_db(folder, {"a-strike": STRIKE, "b-later": LATER})


def test_a_plural_possessive_unions_member_speaks_for_it(ferry_db: Path) -> None:
    said, speakers = said_by(ferry_db, "the Ferry Stewards' Union")
    assert "breaking point" in said and "Morwenna Truscott" in speakers
    assert "Piran Jago" not in speakers


def test_a_guilds_spokeswoman_speaks_for_the_guild(ferry_db: Path) -> None:
    said, speakers = said_by(ferry_db, "the Deckhands' Guild")
    assert "stand beside the stewards" in said and "Tamsin Rowe" in speakers
    assert "Morwenna Truscott" not in speakers


def test_a_short_form_brings_the_member(ferry_db: Path) -> None:
    said, speakers = said_by(ferry_db, "the stewards' union")
    assert "breaking point" in said and "Morwenna Truscott" in speakers


def test_a_member_keeps_speaking_for_the_union_in_a_later_story(ferry_db: Path) -> None:
    said, speakers = said_by(ferry_db, "the Ferry Stewards' Union")
    assert "walked away from the table" in said
    assert "door remains open" not in said


def test_the_operators_director_is_the_operators_voice(ferry_db: Path) -> None:
    said, speakers = said_by(ferry_db, "Kellow Ferries Ltd")
    assert "fair settlement" in said and "Piran Jago" in speakers
    assert "Morwenna Truscott" not in speakers


MISREAD = (
    "Bus drivers reject pay offer\n\n"
    "The Coach Drivers' Association said its members had rejected the offer.\n\n"
    "Vellan Buses said it was disappointed.\n\n"
    'Its fleet manager, Idris Penhale, said: "The offer stands until Friday."\n\n'
    'Nessa Quick, chair of the Coach Drivers\' Association, said: "We want a real rise."\n'
)


def test_a_tie_only_implied_never_makes_a_voice_the_body_before_does(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"buses": MISREAD})
    said, speakers = said_by(db, "the Coach Drivers' Association")
    assert "real rise" in said and "Nessa Quick" in speakers
    assert "Idris Penhale" not in speakers
    operator, voices = said_by(db, "Vellan Buses")
    assert "offer stands until Friday" in operator and "Idris Penhale" in voices


@pytest.mark.parametrize(
    "text, person, org, kind, evidence",
    [
        (
            'Ada Pengelly, treasurer of the Harbour Rowing Club, said: "We need a new boat."',
            "Ada Pengelly",
            "Harbour Rowing Club",
            "member",
            "apposition",
        ),
        (
            "The Orchard Growers' Guild's spokesman Tomas Reile said the frost had cost them "
            "the crop.",
            "Tomas Reile",
            "Orchard Growers' Guild",
            "spokesperson",
            "possessive",
        ),
        (
            "Liesl Varga, who chairs the Millbrook Residents' Forum, said the plan was rushed.",
            "Liesl Varga",
            "Millbrook Residents' Forum",
            "member",
            "relative",
        ),
        (
            "Bram Keel, the former finance director of Ormond Tiles, said the firm had "
            "overreached.",
            "Bram Keel",
            "Ormond Tiles",
            "former",
            "apposition",
        ),
    ],
)
def test_each_tie_is_stored_with_its_evidence(
    nlp: Language, text: str, person: str, org: str, kind: str, evidence: str
) -> None:
    facts = extract_doc(nlp(text)).affiliations
    found = {(f.person, f.org.removeprefix("the ")): (f.kind, f.evidence) for f in facts}
    assert found.get((person, org)) == (kind, evidence), facts


def test_a_store_from_the_previous_schema_is_upgraded_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as old:  # the schema and the saving code before the table
        names = [name for name, _ in migrations.MIGRATIONS]
        before = migrations.MIGRATIONS[: names.index("018_affiliations")]
        old.setattr(migrations, "MIGRATIONS", before)
        old.setattr(articles, "save_affiliations", lambda *args: None)
        db = stories_db(tmp_path, {"a-strike": STRIKE, "b-later": LATER})
        with sqlite3.connect(db) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "affiliations" not in tables
    upgraded = open_store(db)
    assert schema_version(upgraded.db) == len(migrations.MIGRATIONS)
    rows = upgraded.db.execute(
        "SELECT person, org, kind, evidence FROM affiliations ORDER BY person"
    ).fetchall()
    upgraded.close()
    assert ("Morwenna Truscott", "Ferry Stewards' Union", "member", "named") in rows
    assert ("Tamsin Rowe", "Deckhands' Guild", "spokesperson", "named") in rows
    said, speakers = said_by(db, "the Ferry Stewards' Union")
    assert "breaking point" in said and "walked away from the table" in said
