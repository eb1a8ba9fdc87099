"""The organisations a question names by another form of their name are looked up in an
index of the store's organisation names (storage/org_names.py `org_names_by`), built once
per store generation: a store that has read more news answers for the organisations it
names, in the same process, and the index finds what a scan of every name found.
Fictional stories of our own."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from ask.org_forms import is_form_of, other_forms, same_kind
from sources.files import iter_paths
from storage.db import Store
from storage.org_names import known_org_names
from work.ingest.pipeline import Ingestor

HOMES = (
    "Rents to rise in spring\n\n"
    "Quillmere Homes Group said on Tuesday that rents would rise by a tenth. Its "
    'chief executive, Ottoline Garside, said: "Repairs have never cost us more."\n'
)
RUGBY = (
    "Club moves home games\n\n"
    "Brackenby Park RFC will play at the county ground this season. Its chairman, Amory "
    'Veitch, said: "The pitch needs a year to recover."\n\n'
    "The Calderwick and Ouse NHS Foundation Trust said the ground's car park would be "
    "kept free for ambulances.\n"
)


def _read(store: Store, nlp: Language, folder: Path, name: str, text: str) -> None:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    report = Ingestor(store, "unused", nlp=nlp).run(iter_paths([str(path)]))
    assert report.failed == 0, report.failures


def test_the_index_follows_the_news_the_store_reads(
    store: Store, nlp: Language, tmp_path: Path
) -> None:
    _read(store, nlp, tmp_path, "homes", HOMES)
    assert other_forms(store, "Quillmere Homes") == ["Quillmere Homes Group"]
    assert other_forms(store, "Brackenby Park") == []  # not in the news yet
    _read(store, nlp, tmp_path, "rugby", RUGBY)  # the same process, a later generation
    assert other_forms(store, "Brackenby Park") == ["Brackenby Park RFC"]
    assert other_forms(store, "the Quillmere homes") == ["Quillmere Homes Group"]


def test_the_index_finds_what_every_name_would(store: Store, nlp: Language, tmp_path: Path) -> None:
    _read(store, nlp, tmp_path, "homes", HOMES)
    _read(store, nlp, tmp_path, "rugby", RUGBY)
    names = known_org_names(store.db)
    for phrase in ("QHG", "the Brackenby Park", "the hospital trust", "Calderwick trust", "BPR"):
        scanned = [n for n in names if is_form_of(phrase, n) or same_kind(phrase, n)]
        assert other_forms(store, phrase) == scanned, phrase
    assert other_forms(store, "the hospital trust")  # a kind of name answers for its kind
