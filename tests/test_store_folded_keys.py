"""Questions that compared a folded description, organisation or name with every quote or
speaker read indexed folded keys instead (migration 014, fictional stories): unnamed
spokespeople of an organisation, unnamed title holders by role, organisations called by a
common noun or by the end of their name, people by name and by organisation. The answers
are the ones the scan of every row gave (bench/scans_before.py), in folded forms too ("ß",
ligatures, accents, capitals), after edits, and on a store made before the keys."""

from __future__ import annotations

from pathlib import Path

import pytest

import storage.articles as articles
import storage.migrations as migrations
from bench import scans_before
from records.article import RawArticle
from records.extraction import Entity, Extraction
from storage.articles import save_article
from storage.db import Store, open_store
from storage.folded_keys import ENTITY_LAST
from storage.org_names import is_person_name
from storage.profiles import entity_mentions, speaker_profile
from storage.quote_lookup import (
    orgs_described_as,
    orgs_named_with_tail,
    unnamed_quotes_of_orgs,
    unnamed_quotes_of_role,
)
from storage.quotes import QuoteRow
from storage.speakers import speakers_of_org
from tests.conftest import save_said

# name: (body, speaker, kind, mention, organisation)
STORIES = {
    "gates": (
        "A spokeswoman for the Weißdorn Straße Trust said the gates would open in May.",
        None, None, "a spokeswoman", "Weißdorn Straße Trust",
    ),
    "ledger": (
        "The ﬁnance director said the Œuvre Harbour Trust had paid its ledger in full.",
        None, None, "The ﬁnance director", "Œuvre Harbour Trust",
    ),
    "quay": (
        "The deputy Harbourmaster said the quay at Carrow would close for a week.",
        None, None, "The deputy Harbourmaster", None,
    ),
    "docks": (
        "The harbourmaster said the docks would reopen on Friday morning.",
        None, None, "the harbourmaster", None,
    ),
    "watch": (
        "The Régulateur said Port Carrow Harbour Trust must publish its fees.",
        "Port Carrow Harbour Trust", "org", "The Régulateur", None,
    ),
    "rates": (
        "Jürgen Öhlberg, treasurer of the Weißdorn Straße Trust, said rates would rise.",
        "Jürgen Öhlberg", "person", "Jürgen Öhlberg", "Weißdorn Straße Trust",
    ),
    "chair": (
        "The acting chair said the hall would be repainted before the winter.",
        None, None, "the acting chair", None,
    ),
}  # fmt: skip


def _save(store: Store, name: str) -> None:
    body, speaker, kind, mention, org = STORIES[name]
    save_said(store, name, body, speaker, kind, None, org, mention)


@pytest.fixture
def stories(store: Store) -> Store:
    for name in STORIES:
        _save(store, name)
    return store


def _texts(rows: list[QuoteRow]) -> list[str]:
    return [r.text for r in rows]


ORGS = ["Weißdorn Straße Trust", "WEISSDORN STRASSE TRUST", "oeuvre harbour trust", "Nowhere"]
ROLES = ["harbourmaster", "Harbourmaster", "finance director", "ﬁnance director", "chai_", "c%"]
NOUNS = ["regulateur", "RÉGULATEUR", "finance director", "spokeswoman", "trust"]
TAILS = ["harbour trust", "HARBOUR TRUST", "strasse trust", "straße trust", "harbour tru_t"]
PEOPLE = ["Jürgen Öhlberg", "JURGEN OHLBERG", "jurgen ohlberg", "Öhlberg", "Jurgen Ohlberk"]


def _both(store: Store) -> list[tuple[object, object]]:
    """Every look-up's answer on the keys and on the scan of every row, for each input."""
    db = store.db
    return [
        *((unnamed_quotes_of_orgs(store, [o]), scans_before.unnamed_quotes_of_orgs(store, [o]))
          for o in ORGS),
        *((speakers_of_org(db, [o]), scans_before.speakers_of_org(store, [o])) for o in ORGS),
        *((unnamed_quotes_of_role(store, r), scans_before.unnamed_quotes_of_role(store, r))
          for r in ROLES),
        *((orgs_described_as(store, n), scans_before.orgs_described_as(store, n)) for n in NOUNS),
        *((orgs_named_with_tail(store, t), scans_before.orgs_named_with_tail(store, t))
          for t in TAILS),
        *((is_person_name(db, p), scans_before.is_person_name(store, p)) for p in PEOPLE),
    ]  # fmt: skip


def test_the_keys_answer_as_the_scan_of_every_row(stories: Store) -> None:
    for new, old in _both(stories):
        assert new == old


@pytest.mark.parametrize("org", ORGS[:2])
def test_an_organisations_unnamed_spokespeople_in_folded_forms(stories: Store, org: str) -> None:
    assert _texts(unnamed_quotes_of_orgs(stories, [org])) == ["the gates would open in May"]


@pytest.mark.parametrize(
    "role, expected",
    [
        ("harbourmaster", ["the docks would reopen on Friday morning",
                           "the quay at Carrow would close for a week"]),
        ("HARBOURMASTER", ["the docks would reopen on Friday morning",
                           "the quay at Carrow would close for a week"]),
        ("finance director", ["the Œuvre Harbour Trust had paid its ledger in full"]),
        ("chai_", ["the hall would be repainted before the winter"]),  # as LIKE read it
        ("master", []),
    ],
)  # fmt: skip
def test_unnamed_title_holders_by_role(stories: Store, role: str, expected: list[str]) -> None:
    assert sorted(_texts(unnamed_quotes_of_role(stories, role))) == expected


def test_organisations_by_common_noun_and_by_the_end_of_their_name(stories: Store) -> None:
    assert orgs_described_as(stories, "RÉGULATEUR") == ["Port Carrow Harbour Trust"]
    assert orgs_described_as(stories, "finance director") == ["Œuvre Harbour Trust"]
    assert orgs_named_with_tail(stories, "Harbour Trust") == [
        "Port Carrow Harbour Trust",
        "Œuvre Harbour Trust",
    ]
    assert orgs_named_with_tail(stories, "strasse trust") == ["Weißdorn Straße Trust"]
    assert orgs_named_with_tail(stories, "harbour tru_t") == []


def test_people_by_folded_name_and_by_organisation(stories: Store) -> None:
    assert is_person_name(stories.db, "JURGEN OHLBERG")
    assert not is_person_name(stories.db, "Jurgen Ohlberk")
    people = speakers_of_org(stories.db, ["weissdorn strasse trust"])
    assert [p.name for p in people] == ["Jürgen Öhlberg"]


def test_keys_follow_edits_and_deletes(stories: Store) -> None:
    db = stories.db
    db.execute("UPDATE quotes SET mention = 'the Wharfinger' WHERE mention = 'the harbourmaster'")
    db.execute("UPDATE quotes SET speaker_org = 'Kessel Trust' WHERE speaker_org LIKE 'Weiß%'")
    db.execute("UPDATE speakers SET name = 'Jürgen Kessel' WHERE name = 'Jürgen Öhlberg'")
    assert _texts(unnamed_quotes_of_role(stories, "wharfinger")) == [
        "the docks would reopen on Friday morning"
    ]
    assert _texts(unnamed_quotes_of_orgs(stories, ["kessel trust"])) == [
        "the gates would open in May"
    ]
    assert is_person_name(db, "JURGEN KESSEL")  # the edited name, no alias of it stored
    db.execute("UPDATE quotes SET speaker_id = NULL WHERE speaker = 'Jürgen Öhlberg'")
    assert sorted(_texts(unnamed_quotes_of_orgs(stories, ["kessel trust"]))) == [
        "rates would rise",  # no longer filed under Jürgen: an unnamed treasurer
        "the gates would open in May",
    ]
    db.execute("DELETE FROM articles WHERE title = 'gates'")
    assert _texts(unnamed_quotes_of_orgs(stories, ["kessel trust"])) == ["rates would rise"]
    for new, old in _both(stories):
        assert new == old


def test_a_store_made_before_the_keys_is_upgraded_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:13])
        patch.setattr(articles, "save_affiliations", lambda *args: None)  # a later table
        old = open_store(path)
        for name in STORIES:
            _save(old, name)
        assert "quote_keys" not in old.db.table_names()
        before = [
            (scans_before.unnamed_quotes_of_role(old, r), scans_before.orgs_described_as(old, r))
            for r in ROLES
        ]
        old.close()
    store = open_store(path)
    assert store.db.execute("SELECT count(*) FROM quote_keys").fetchone()[0] == len(STORIES)
    for new, old_answer in _both(store):
        assert new == old_answer
    after = [(unnamed_quotes_of_role(store, r), orgs_described_as(store, r)) for r in ROLES]
    assert after == before
    _save(store, "gates")  # stored again under its hash: nothing changes
    assert _texts(unnamed_quotes_of_orgs(store, ["weissdorn strasse trust"])) == [
        "the gates would open in May"
    ]


MENTIONED = {
    "ferry": "Halvard Voß met the ferry crews at Carrow on Tuesday morning.",
    "tolls": "Mr Voss and the Kessel Voss Foundation argued over the bridge tolls.",
    "docks": "Edda Vossberg toured the docks; ÉMILE VOSS was not there.",
}
ENTITIES = {
    "ferry": [("Halvard Voß", "PERSON"), ("Carrow", "GPE")],
    "tolls": [("Voss", "PERSON"), ("Kessel Voss Foundation", "ORG")],
    "docks": [("Edda Vossberg", "PERSON"), ("ÉMILE VOSS", "PERSON")],
}


def _mentioned(store: Store) -> Store:
    for name, body in MENTIONED.items():
        entities = [Entity(t, label, body.index(t), body.index(t) + len(t))
                    for t, label in ENTITIES[name]]  # fmt: skip
        raw = RawArticle(title=name, body=body, url=f"https://news.example/m-{name}")
        save_article(store, raw, f"hash-m-{name}", Extraction([], entities, []))
    return store


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Voss", ["Halvard Voß", "Voss", "ÉMILE VOSS"]),  # "ß", capitals, accents
        ("VOSS", ["Halvard Voß", "Voss", "ÉMILE VOSS"]),
        ("voss foundation", ["Kessel Voss Foundation"]),
        ("Vossberg", ["Edda Vossberg"]),
        ("oss", []),  # the end of a word is no word
        ("vo_s", ["Halvard Voß", "ÉMILE VOSS"]),  # as LIKE read it: every entity read
    ],
)
def test_someone_no_quote_names_is_found_by_the_last_words_of_a_name(
    store: Store, name: str, expected: list[str]
) -> None:
    _mentioned(store)
    profile = speaker_profile(store, None, name)
    assert (profile["name"] if profile else None) == (max(expected, key=len) if expected else None)
    mentions = scans_before.entity_mentions(store, name)
    assert [m[0] for m in mentions] == expected
    assert {a["id"] for a in (profile or {}).get("articles", [])} == {m[1] for m in mentions}
    assert entity_mentions(store, name) == mentions
    db = store.db
    plan = " ".join(
        str(r[3])
        for r in db.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM entities WHERE {ENTITY_LAST} = ?", ["voss"]
        ).fetchall()
    )
    assert "entities_last_word" in plan
