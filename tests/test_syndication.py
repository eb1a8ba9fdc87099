"""Syndicated copies: recognised under another headline with a dateline or credit line, stored
linked to the first copy, their quotes never counted or shown twice; no false positives on
the seeds and PolNeAR's dev articles (read at run time)."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from common.syndication import COPY_CONTAINMENT, fingerprint, similarity
from sources.files import SourceItem, iter_paths
from sources.model import RawArticle
from storage.db import Store
from tests.conftest import POLNEAR, SEEDS, ask_json, invoke
from tests.pages import WIRE_PARAGRAPHS
from work.ingest.pipeline import Ingestor


def wire_copy(paragraphs: list[str], dateline: str = "LONDON (Reuters) - ") -> list[str]:
    """A wire story as another outlet runs it: a dateline and a credit line added."""
    copy = list(paragraphs)
    copy[0] = dateline + copy[0]
    return [*copy, "(Reporting by Jane Doe; Editing by John Smith)"]


def trimmed(paragraphs: list[str], share: float = 0.6) -> list[str]:
    """The copy an outlet cut short: its first paragraphs only."""
    return paragraphs[: max(2, int(len(paragraphs) * share))]


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_copy_with_dateline_credit_and_cut_is_recognised() -> None:
    original = fingerprint(body(WIRE_PARAGRAPHS))
    for variant in (wire_copy(WIRE_PARAGRAPHS), trimmed(wire_copy(WIRE_PARAGRAPHS))):
        copy = fingerprint(body(variant))
        assert similarity(original.shingles, copy.shingles).is_copy
        assert set(original.band_keys) & set(copy.band_keys), "LSH must propose the original"


def test_same_event_reported_separately_is_not_a_copy() -> None:
    rewrite = [
        "The regional transport authority announced on Wednesday that the Harlow "
        "Suspension Bridge will lose its ninety-year-old cables next month.",
        "Chief engineer Ingrid Solberg told reporters: \u201cNobody will cross an unsafe "
        "bridge on my watch.\u201d Heavy lorries are barred until spring.",
        "Repairs will cost 42 million euros from the fund created after the 2019 floods; "
        "hauliers such as Piotr Nowak expect longer journeys.",
    ]
    match = similarity(
        fingerprint(body(WIRE_PARAGRAPHS)).shingles, fingerprint(body(rewrite)).shingles
    )
    assert not match.is_copy


def _corpus() -> list[tuple[str, str]]:
    texts = [(item.origin, item.article.body) for item in iter_paths([str(SEEDS)]) if item.article]
    dev = POLNEAR / "dev.jsonl"
    if dev.is_file():
        for line in dev.read_text("utf-8").splitlines():
            record = json.loads(line)
            texts.append((record["id"], record["text"]))
    return texts


def test_no_false_copies_among_seeds_and_polnear_dev() -> None:
    corpus = _corpus()
    if len(corpus) < 50:
        pytest.skip("PolNeAR dev articles not found in ../shared/corpora/polnear")
    prints = [(name, fingerprint(text)) for name, text in corpus]
    worst = max(
        (similarity(a.shingles, b.shingles).containment, na, nb)
        for (na, a), (nb, b) in itertools.combinations(prints, 2)
    )
    # Measured: 0.17 at most over 4,095 pairs; the threshold is 0.5.
    assert worst[0] < COPY_CONTAINMENT / 2, worst


def test_every_polnear_dev_article_finds_its_wire_copy() -> None:
    dev = POLNEAR / "dev.jsonl"
    if not dev.is_file():
        pytest.skip("PolNeAR dev articles not found in ../shared/corpora/polnear")
    missed = []
    for line in dev.read_text("utf-8").splitlines():
        record = json.loads(line)
        paragraphs = [p for p in record["text"].split("\n") if p.strip()]
        if len(paragraphs) < 4:
            continue
        original = fingerprint(record["text"])
        copy = fingerprint(body(trimmed(wire_copy(paragraphs[1:]), 0.7)))
        found = set(original.band_keys) & set(copy.band_keys)
        if not (found and similarity(original.shingles, copy.shingles).is_copy):
            missed.append(record["id"])
    assert missed == []


def _article(title: str, paragraphs: list[str], url: str) -> SourceItem:
    return SourceItem(
        url, article=RawArticle(title=title, body=body(paragraphs), url=url, origin=url)
    )


def test_copy_stored_linked_without_quotes(store: Store, nlp: Language, tmp_path: Path) -> None:
    original = _article("Harlow bridge cables to be replaced", WIRE_PARAGRAPHS, "http://a.test/1")
    copy = _article(
        "Lorries banned from Harlow crossing", wire_copy(WIRE_PARAGRAPHS), "http://b.test/2"
    )
    report = Ingestor(store, "unused", nlp=nlp).run([original, copy])
    assert (report.ingested, report.copies, report.duplicates) == (1, 1, 0)
    assert "syndicated copy of article" in report.copy_lines()[0]
    rows = store.db.execute("SELECT id, url, copy_of FROM articles ORDER BY id").fetchall()
    assert rows[1][2] == rows[0][0]
    quotes = store.db.execute("SELECT article_id, count(*) FROM quotes GROUP BY 1").fetchall()
    assert quotes and all(article_id == rows[0][0] for article_id, _ in quotes)
    # a later run meets the copy against the store, not the batch
    later = _article(
        "Harlow cables: work to start", trimmed(wire_copy(WIRE_PARAGRAPHS)), "http://c.test/3"
    )
    again = Ingestor(store, "unused", nlp=nlp).run([later])
    assert again.copies == 1 and again.results[0].copy_of == rows[0][0]


def test_answers_show_the_quote_once_and_say_also_in(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.json").write_text(
        json.dumps(
            {
                "title": "Harlow bridge cables to be replaced",
                "url": "http://a.test/1",
                "body": body(WIRE_PARAGRAPHS),
            }
        )
    )
    (inbox / "b.json").write_text(
        json.dumps(
            {
                "title": "Lorries banned from Harlow crossing",
                "url": "http://b.test/2",
                "source": "Daily Courier",
                "body": body(wire_copy(WIRE_PARAGRAPHS)),
            }
        )
    )
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(inbox))
    assert result.exit_code == 0, result.output
    assert "ingested 1, duplicates 0, failed 0, copies 1" in result.output
    assert "copy: " in result.output and "b.json" in result.output
    answer = ask_json(db, "what did Ingrid Solberg say")
    texts = [q["text"] for q in answer["quotes"]]
    watch = [t for t in texts if "unsafe bridge on my watch" in t]
    assert len(watch) == 1, texts
    quote = next(q for q in answer["quotes"] if "unsafe bridge" in q["text"])
    assert quote["article"]["url"] == "http://a.test/1"
    assert [c["url"] for c in quote["also_in"]] == ["http://b.test/2"]
    shown = invoke("--db", str(db), "ask", "what did Ingrid Solberg say").output
    assert shown.count("unsafe bridge on my watch") == 1
    assert "also in: Lorries banned from Harlow crossing http://b.test/2" in shown


def test_articles_stored_before_copies_were_recognised_are_indexed(
    tmp_path: Path, nlp: Language
) -> None:
    db = tmp_path / "old.db"
    invoke("--db", str(db), "ingest", str(SEEDS / "kingsferry-bridge-repair-plan.html"))
    with sqlite3.connect(db) as conn:  # as a store from before migration 003 would be
        conn.execute("DELETE FROM article_bands")
        conn.execute("UPDATE articles SET fingerprinted = 0")
    page = (SEEDS / "kingsferry-bridge-repair-plan.html").read_text("utf-8")
    copy = tmp_path / "copy.html"
    copy.write_text(
        page.replace(
            "<p>The Kingsferry Bridge", "<p>ASHGROVE (PA) - The Kingsferry Bridge"
        ).replace(
            "Kingsferry Bridge to reopen to buses and cyclists in August",
            "Bridge reopening date set",
        )
    )
    result = invoke("--db", str(db), "ingest", str(copy))
    assert "copies 1" in result.output, result.output


def test_stories_on_one_template_quoting_different_people_are_not_copies(tmp_path: Path) -> None:
    """Same lead, same layout, different people and words: three stories, not copies."""
    folder = tmp_path / "template"
    folder.mkdir()
    lead = "Drivers stayed off the buses again as the transit strike went on for a third day."
    for name, speaker, words in (
        ("a.txt", "Alma Reyes", "We stay out until they listen"),
        ("b.txt", "Bruno Lenz", "Not one bus moves this week"),
    ):
        (folder / name).write_text(
            f"Strike day\nStandfirst.\n{lead}\n"
            f"\u201c{words},\u201d said {speaker}, a union organiser, outside the depot.\n"
        )
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(folder))
    assert "ingested 2" in result.output and "copies 0" in result.output, result.output
