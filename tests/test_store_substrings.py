"""The speakers whose description holds a word ("who is the mayor?"), and the unnamed
sources whose description does ("the paramedic"), are found through substring indexes
(migrations 015 and 017, fictional speakers), not by reading every speaker, description
or quote: the answers are the ones the scan gave (bench/scans_before.py), for
capitals, accents and "ß" too, after edits, and on a store made before the indexes."""

from __future__ import annotations

from pathlib import Path

import pytest

import storage.articles as articles
import storage.migrations as migrations
from bench import scans_before
from records.article import RawArticle
from records.extraction import Extraction, Quote
from storage.articles import save_article
from storage.db import Store, open_store
from storage.quote_lookup import unnamed_quotes_described
from storage.roles import role_descriptions
from tests.conftest import save_said

# name: (body, speaker, kind, title, organisation, mention)
STORIES = {
    "bridge": (
        "Anke Vollrath, the Bürgermeisterin of Kessel, said the bridge would reopen.",
        "Anke Vollrath", "person", "Bürgermeisterin", "Stadt Kessel", "Anke Vollrath",
    ),
    "budget": (
        "Deputy MAYOR Tomas Reiler of Carrow Council said the budget was balanced.",
        "Tomas Reiler", "person", "Deputy MAYOR", "Carrow Council", "Tomas Reiler",
    ),
    "grants": (
        "The Mayoral Trust said the grants would be paid in March.",
        "Mayoral Trust", "org", None, None, "The Mayoral Trust",
    ),
    "parade": (
        "The acting mayor, Ines Dabrow, said the parade would go ahead.",
        "Ines Dabrow", "person", None, None, "the acting mayor",
    ),
    "street": (
        "Jens Straßner, Hafenmeister of Kessel, said the street would be closed.",
        "Jens Straßner", "person", "Hafenmeister", "Straße Verein", "Jens Straßner",
    ),
}  # fmt: skip
WORDS = ["mayor", "MAYOR", "Mayoral", "bürgermeister", "BÜRGERMEISTER", "kessel", "straße",
         "STRASSE", "council", "ma", "a_or", "nobody"]  # fmt: skip


def _save(store: Store, name: str) -> None:
    body, speaker, kind, title, org, mention = STORIES[name]
    save_said(store, name, body, speaker, kind, title, org, mention)


@pytest.fixture
def stories(store: Store) -> Store:
    for name in STORIES:
        _save(store, name)
    return store


def _names(store: Store, word: str) -> list[str]:
    return sorted(row.name for row, _ in role_descriptions(store.db, [word]))


@pytest.mark.parametrize(
    "word, expected",
    [
        ("mayor", ["Ines Dabrow", "Mayoral Trust", "Tomas Reiler"]),  # title, name, mention
        ("MAYOR", ["Ines Dabrow", "Mayoral Trust", "Tomas Reiler"]),
        ("bürgermeister", ["Anke Vollrath"]),
        ("BÜRGERMEISTER", []),  # LIKE folds the capitals of ASCII alone, as before
        ("straße", ["Jens Straßner"]),  # the organisation
        ("council", ["Tomas Reiler"]),
        ("nobody", []),
    ],
)
def test_speakers_by_a_word_of_their_description(
    stories: Store, word: str, expected: list[str]
) -> None:
    assert _names(stories, word) == expected


def test_the_indexes_answer_as_the_scan_of_every_speaker(stories: Store) -> None:
    for word in WORDS:  # "ma", "a_or": no trigram to look for, every row read
        assert role_descriptions(stories.db, [word]) == scans_before.role_descriptions(
            stories, [word]
        )


def test_edited_and_removed_descriptions_are_found_by_their_new_words(stories: Store) -> None:
    db = stories.db
    db.execute("UPDATE speakers SET title = 'Harbour Warden' WHERE name = 'Jens Straßner'")
    db.execute("UPDATE speaker_roles SET title = 'Harbour Warden' WHERE title = 'Hafenmeister'")
    db.execute("UPDATE speakers SET last_seen = '2026-01-01' WHERE name = 'Tomas Reiler'")
    assert _names(stories, "warden") == ["Jens Straßner"]
    assert _names(stories, "hafenmeister") == []
    assert _names(stories, "mayor") == ["Ines Dabrow", "Mayoral Trust", "Tomas Reiler"]
    db.execute("DELETE FROM speaker_roles WHERE mention = 'the acting mayor'")
    assert _names(stories, "mayor") == ["Mayoral Trust", "Tomas Reiler"]
    for word in [*WORDS, "warden"]:
        assert role_descriptions(db, [word]) == scans_before.role_descriptions(stories, [word])


def test_a_store_made_before_the_indexes_is_upgraded_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:14])
        patch.setattr(articles, "save_affiliations", lambda *args: None)  # a later table
        old = open_store(path)
        for name in STORIES:
            _save(old, name)
        for name in UNNAMED:
            _save_unnamed(old, name)
        assert "speakers_trigram" not in old.db.table_names()
        before = [scans_before.role_descriptions(old, [w]) for w in WORDS]
        described = [scans_before.unnamed_quotes_described(old, h) for h in HEADS]
        old.close()
    store = open_store(path)
    assert [role_descriptions(store.db, [w]) for w in WORDS] == before
    assert [unnamed_quotes_described(store, h) for h in HEADS] == described
    assert _names(store, "mayor") == ["Ines Dabrow", "Mayoral Trust", "Tomas Reiler"]


# (body, description) of unnamed sources who speak for no organisation
UNNAMED = {
    "ambulance": ("One Paramedic, who asked not to be named, said the shifts were too long.",
                  "One Paramedic, who asked not to be named"),
    "ward": ("A SANITÄTER at the ward said the beds had run out.", "A SANITÄTER at the ward"),
    "queue": ("Two ﬁrst-aid volunteers said the queue had stretched for hours.",
              "Two ﬁrst-aid volunteers"),
}  # fmt: skip
HEADS = ["paramedic", "PARAMEDIC", "sanitater", "first-aid", "volunteer", "ward", "ed", "p_ra"]


def _save_unnamed(store: Store, name: str) -> None:
    body, description = UNNAMED[name]
    said = body.index(" said ") + len(" said ")
    quote = Quote(None, None, description, None, description, "indirect", "said",
                  body[said:-1], said, len(body) - 1, 0, body)  # fmt: skip
    raw = RawArticle(title=name, body=body, url=f"https://news.example/u-{name}")
    save_article(store, raw, f"hash-u-{name}", Extraction([quote], [], []))


@pytest.mark.parametrize(
    "head, expected",
    [
        ("paramedic", ["the shifts were too long"]),
        ("PARAMEDIC", ["the shifts were too long"]),
        ("sanitater", ["the beds had run out"]),  # the accent folded away
        ("first-aid", ["the queue had stretched for hours"]),  # the ligature's letters
        ("ed", ["the shifts were too long"]),  # two letters: every quote read
        ("p_ra", ["the shifts were too long"]),  # as LIKE reads it
        ("porter", []),
    ],
)
def test_unnamed_sources_by_a_word_of_their_description(
    store: Store, head: str, expected: list[str]
) -> None:
    for name in UNNAMED:
        _save_unnamed(store, name)
    found = unnamed_quotes_described(store, head)
    assert sorted(r.text for r in found) == expected
    assert found == scans_before.unnamed_quotes_described(store, head)


def test_a_description_renamed_or_given_an_organisation_is_found_as_it_now_reads(
    store: Store,
) -> None:
    for name in UNNAMED:
        _save_unnamed(store, name)
    db = store.db
    db.execute("UPDATE quotes SET speaker_org = 'Kessel Trust' WHERE article_title = 'ambulance'")
    db.execute("UPDATE quotes SET speaker_title = 'A ward nurse' WHERE article_title = 'ward'")
    # where an unnamed source works does not hide them: still "the paramedic"
    assert (
        [r.text for r in unnamed_quotes_described(store, "paramedic")]
        == [r.text for r in scans_before.unnamed_quotes_described(store, "paramedic")]
        != []
    )
    assert [r.text for r in unnamed_quotes_described(store, "nurse")] == ["the beds had run out"]
    assert unnamed_quotes_described(store, "sanitater") == []
    db.execute("DELETE FROM articles WHERE title = 'ward'")
    for head in [*HEADS, "nurse"]:
        assert unnamed_quotes_described(store, head) == scans_before.unnamed_quotes_described(
            store, head
        )
