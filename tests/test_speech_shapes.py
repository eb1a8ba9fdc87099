"""What a cue reports has a shape (extract/shapes.py), stored with each quote, and answers
leave out acts reported as noun phrases: over a fictional harbour-board story, "what did
Petra Lindqvist say?" shows what she said ("the dredging plan would fail", her urging, her
quoted words) and not what she did ("proposed new limits on ...", "highlights the
collapse ..."). Old stores, whose quotes have no shape, still answer."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from ask.speech import is_said, object_word_families
from extract.pipeline import extract_doc
from records.quotes import QuoteRow, QuoteView
from storage import migrations
from storage.db import open_store
from tests.conftest import ROOT, ask_json, invoke, normalise, run_newsbrief

STORY = (
    "Harbour board delays dredging vote\n\n"
    "Councillor Petra Lindqvist proposed new limits on the harbour's dredging budget, "
    "including a cap on contractors' overtime.\n\n"
    "Lindqvist highlights the collapse of the eastern seawall in her report to the board.\n\n"
    "Lindqvist said the dredging plan would fail without a second survey of the channel.\n\n"
    "She urged the board to delay the vote until the spring.\n\n"
    '"The channel is silting faster than anyone admits," Lindqvist said.\n\n'
    '"The fees raised almost nothing last year," the harbourmaster, Oskar Brand, told the '
    "annual meeting of the Marrowby boat owners' association.\n"
)

SHAPES = {
    # a sentence's reported words -> their shape
    "Ines Moreau said the ferry would run all winter.": "clause",
    "Ines Moreau urged the council to keep the ferry running.": "verb",
    "Ines Moreau proposed a new timetable for the winter ferry.": "noun",
    'Ines Moreau called the timetable "a shambles from start to finish."': "quote",
}


@pytest.mark.parametrize("sentence", SHAPES)
def test_each_quote_records_the_shape_of_what_its_cue_reports(nlp: Language, sentence: str) -> None:
    quotes = extract_doc(nlp(sentence)).quotes
    assert quotes, sentence
    assert {q.shape for q in quotes} == {SHAPES[sentence]}, quotes


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("harbour")
    (folder / "harbour.txt").write_text(STORY, encoding="utf-8")
    db = folder / "h.db"
    result = invoke("--db", str(db), "ingest", str(folder / "harbour.txt"))
    assert result.exit_code == 0, result.output
    return db


def _said(db: Path, person: str) -> str:
    answer = ask_json(db, f"what did {person} say?", "--limit", "0")
    return " | ".join(normalise(q["text"]) for q in answer["quotes"])


def test_an_act_reported_as_a_noun_phrase_is_not_shown_as_a_quote(harbour_db: Path) -> None:
    said = _said(harbour_db, "Petra Lindqvist")
    assert "the dredging plan would fail" in said
    assert "delay the vote until the spring" in said
    assert "silting faster than anyone admits" in said
    assert "new limits" not in said
    assert "collapse of the eastern seawall" not in said


def test_the_words_beside_a_quotation_are_not_a_statement_of_their_own(
    harbour_db: Path,
) -> None:
    said = _said(harbour_db, "Oskar Brand")
    assert "The fees raised almost nothing last year" in said
    assert "boat owners" not in said


def test_the_shape_is_stored_with_each_quote(harbour_db: Path) -> None:
    with sqlite3.connect(harbour_db) as conn:
        shapes = dict(conn.execute("SELECT text, shape FROM quotes").fetchall())
    fail = next(t for t in shapes if t.startswith("the dredging plan would fail"))
    limits = next(t for t in shapes if t.startswith("new limits"))
    assert shapes[fail] == "clause" and shapes[limits] == "noun"


def test_every_family_whose_object_is_words_keeps_a_noun_phrase(nlp: Language) -> None:
    # ask/data/speech.json, one case per family: a noun-phrase object that is what was said.
    cases = {"warn": "Mayor Ines Moreau warned of a collapse of the winter ferry service."}
    raw = json.loads((ROOT / "ask" / "data" / "speech.json").read_text("utf-8"))
    assert set(raw["object_reports_words"]) == set(cases) == object_word_families()
    for family, sentence in cases.items():
        quotes = extract_doc(nlp(sentence)).quotes
        assert [q.shape for q in quotes] == ["noun"], (family, quotes)
        view = QuoteView.from_row(_row(quotes[0].kind, quotes[0].cue, quotes[0].shape))
        assert is_said(view), (family, quotes)


def _row(kind: str, cue: str | None, shape: str | None) -> QuoteRow:
    return QuoteRow(
        1, 1, "Ines Moreau", "person", None, None, "Ines Moreau", kind, cue, "words", 0, 5,
        0, "", 1, "Ferry", None, None, None, "2026-11-30", shape=shape,
    )  # fmt: skip


def test_a_store_from_before_shapes_still_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    before = [m for m in migrations.MIGRATIONS if m[0] != "010_content_shape"]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    old = open_store(path)
    old.db.execute(
        "INSERT INTO articles (content_hash, title, body, ingested_at) VALUES "
        "('h1', 'Ferry', 'Ines Moreau proposed a new timetable for the winter ferry.', "
        "'2026-11-30T10:00:00+00:00')"
    )
    old.db.execute("INSERT INTO speakers (name, kind) VALUES ('Ines Moreau', 'person')")
    old.db.execute(
        "INSERT INTO quotes (article_id, attribution, speaker_id, speaker, speaker_kind, "
        'mention, kind, cue, text, start, "end", sentence) VALUES (1, 0, 1, '
        "'Ines Moreau', 'person', 'Ines Moreau', 'indirect', 'proposed', "
        "'a new timetable for the winter ferry', 21, 57, "
        "'Ines Moreau proposed a new timetable for the winter ferry.')"
    )
    old.close()
    monkeypatch.undo()
    answer = ask_json(path, "what did Ines Moreau say?")
    # Its shape unknown, the statement is judged by its cue alone, as before.
    assert [q["text"] for q in answer["quotes"]] == ["a new timetable for the winter ferry"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT shape FROM quotes").fetchall() == [(None,)]


def test_a_reporting_verbs_object_is_reported_but_not_shown_as_said(tmp_path: Path) -> None:
    """ "announced a review of the mooring fees": with no clause, a reporting verb's direct
    object is what it reports (PolNeAR counts it, so `newsbrief extract` gives it), but an
    answer does not show the act as something its speaker said."""
    text = (
        "Ferry fees under review\n\n"
        "Harbourmaster Olu Brandt announced a review of the mooring fees on Friday.\n\n"
        "Brandt said the eastern berths would stay closed until the spring.\n"
    )
    result = run_newsbrief("extract", "-", input=json.dumps({"id": "m1", "text": text}))
    assert result.returncode == 0, result.stderr
    quotes = json.loads(result.stdout)["quotes"]
    assert ("Olu Brandt", "announced", "a review of the mooring fees") in [
        (q["speaker"], q["cue"], q["text"]) for q in quotes
    ]
    (tmp_path / "fees.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "fees.db"
    ingested = invoke("--db", str(db), "ingest", str(tmp_path / "fees.txt"))
    assert ingested.exit_code == 0, ingested.output
    said = _said(db, "Olu Brandt")
    assert "the eastern berths would stay closed" in said
    assert "review of the mooring fees" not in said


def test_what_remarks_were_about_and_what_someone_would_do_are_not_quotes(
    tmp_path: Path,
) -> None:
    """A reporting noun's object is what the remarks were about ("Quist's remarks about
    the depot closures"), and a cue after a modal ("will also find it difficult to ...")
    says what somebody will do: neither is shown as said. What she said stays, and so does
    "would later say", which reports words said."""
    text = (
        "Bus drivers' strike enters second week\n\n"
        "The transport minister was responding to Dara Quist's remarks about the depot "
        "closures in Hallow Cross.\n\n"
        "Quist, the drivers' union leader, will also find it difficult to defend the "
        "overtime deal at the congress.\n\n"
        "Quist said the depot in Hallow Cross would close by March.\n\n"
        "Quist would later say that the strike had been a mistake.\n"
    )
    (tmp_path / "strike.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "strike.db"
    result = invoke("--db", str(db), "ingest", str(tmp_path / "strike.txt"))
    assert result.exit_code == 0, result.output
    said = _said(db, "Dara Quist")
    assert "the depot in Hallow Cross would close by March" in said
    assert "the strike had been a mistake" in said
    assert "the depot closures" not in said
    assert "defend the overtime deal" not in said
