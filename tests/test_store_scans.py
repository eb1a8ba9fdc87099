"""Questions and ingest that used to read every article body or every speaker read an index
instead (fictional stories): the organisations an article introduces in apposition, a name
written with a noun after it, the bare-surname organisations a person's surname joins. The
answers are the ones a scan of everything gave, for folded forms too ("ß", ligatures,
accents, capitals), and a store made before the indexes is upgraded in place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

import storage.migrations as migrations
from common.names import fold
from records.article import RawArticle
from records.extraction import Extraction, Quote
from storage.articles import save_article
from storage.db import Store, open_store
from storage.org_names import written_with_noun
from storage.quote_lookup import orgs_described_as
from storage.speakers import speaker_id_for

STORIES = {
    "rail": "Elm Rail Users, a passenger group, said the late trains must come back.",
    "tram": "Straßenbahn Freunde, a PASSENGER GROUP, said the fares were far too high.",
    "wind": "Société Verte, an Énergie cooperative, said the new turbines would turn by May.",
    "audit": "Oﬃce Watch, a ﬁnance watchdog, said the council's accounts were late again.",
    "longer": "Harbour Walkers, a passenger groups forum, said the ferry should run later.",
    "library": "The Save Elm Library campaign said the doors must stay open on Sundays.",
    "glued": "The NoSave Elm Library campaign said the reading room should close.",
    "fund": "The Weißdorn Straße fund said the new square would be ready by June.",
    "cruise": "Aurelis Cruises, the cruise line behind the plan, said it would use tenders.",
    "adviser": "Coast Habitats, the government’s adviser on reserves, said it would object.",
}
SPEAKERS = {
    "rail": "Elm Rail Users",
    "tram": "Straßenbahn Freunde",
    "wind": "Société Verte",
    "audit": "Oﬃce Watch",
    "longer": "Harbour Walkers",
    "library": "Save Elm Library",
    "glued": "NoSave Elm Library",
    "fund": "Weißdorn Straße",
    "cruise": "Aurelis Cruises",
    "adviser": "Coast Habitats",
}


def _quote(body: str, speaker: str, kind: str) -> Quote:
    said = body.index(" said ") + len(" said ")
    return Quote(speaker, kind, None, None, speaker, "indirect", "said",  # type: ignore[arg-type]
                 body[said:-1], said, len(body) - 1, 0, body)  # fmt: skip


def _save(store: Store, name: str, body: str, speaker: str, kind: str = "org") -> None:
    raw = RawArticle(title=name, body=body, url=f"https://news.example/{name}")
    save_article(store, raw, f"hash-{name}", Extraction([_quote(body, speaker, kind)], [], []))


@pytest.fixture
def stories(store: Store) -> Store:
    for name, body in STORIES.items():
        _save(store, name, body, SPEAKERS[name])
    return store


@pytest.mark.parametrize(
    "noun, expected",
    [
        ("passenger group", ["Elm Rail Users", "Straßenbahn Freunde"]),  # capitals, "ß"
        ("Passenger Group", ["Elm Rail Users", "Straßenbahn Freunde"]),
        ("energie cooperative", ["Société Verte"]),  # accents
        ("Énergie Coopérative", ["Société Verte"]),  # accents in the question too
        ("finance watchdog", ["Oﬃce Watch"]),  # ligatures in the article
        ("passenger groups forum", ["Harbour Walkers"]),
        ("nature trust", []),
        ("cruise line", ["Aurelis Cruises"]),  # "X, the cruise line behind the plan,"
        ("government", []),  # "X, the government's adviser": another body's
    ],
)
def test_organisations_introduced_in_apposition_are_found_in_folded_forms(
    stories: Store, noun: str, expected: list[str]
) -> None:
    assert sorted(orgs_described_as(stories, noun)) == sorted(expected)


def test_a_noun_that_only_begins_a_longer_word_introduces_no_organisation(
    stories: Store,
) -> None:
    assert "Harbour Walkers" not in orgs_described_as(stories, "passenger group")


@pytest.mark.parametrize(
    "name, noun, expected",
    [
        ("Save Elm Library", "campaign", True),
        ("Save Elm Library", "Campaign", True),  # the noun is looked for in lower case
        ("Save Elm Library", "camp", True),  # as written: the start of "campaign"
        ("save elm library", "campaign", False),  # the name as written, capitals and all
        ("Weißdorn Straße", "fund", True),
        ("Weissdorn Strasse", "fund", False),  # written with "ß", not "ss"
        ("Elm Rail Users", "group", False),
    ],
)
def test_a_name_written_with_a_noun_after_it(
    stories: Store, name: str, noun: str, expected: bool
) -> None:
    assert written_with_noun(stories.db, name, noun) is expected


def test_a_name_glued_to_the_end_of_a_longer_word_is_not_written(store: Store) -> None:
    _save(store, "glued", STORIES["glued"], SPEAKERS["glued"])
    assert not written_with_noun(store.db, "Save Elm Library", "campaign")


def _old_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store made by the schema before the indexes (migrations 001 to 010), holding an
    organisation introduced in apposition and a surname quoted before its person."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:10])
        old = open_store(path)
        db = old.db
        for n, (name, speaker) in enumerate((("rail", "Elm Rail Users"), ("fare", "Marlowe"))):
            body = STORIES.get(name, "Marlowe said the fare rise on the Carrow line was overdue.")
            sid = _old_speaker(db, speaker, "org")
            db.execute(
                "INSERT INTO articles (id, content_hash, title, body, ingested_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [n + 1, f"old-{name}", name, body, "2025-05-01T09:00:00+00:00"],
            )
            q = _quote(body, speaker, "org")
            db.execute(
                "INSERT INTO quotes (article_id, attribution, speaker_id, speaker, speaker_kind, "
                'mention, kind, cue, text, start, "end", sentence) '
                "VALUES (?, 0, ?, ?, 'org', ?, 'indirect', 'said', ?, ?, ?, ?)",
                [n + 1, sid, speaker, speaker, q.text, q.start, q.end, body],
            )
        _old_speaker(db, "Mirela Vostrikova", "person")
        assert "articles_folded" not in db.table_names()
        old.close()


def _old_speaker(db: Database, name: str, kind: str) -> int:
    cursor = db.execute("INSERT INTO speakers (name, kind) VALUES (?, ?)", [name, kind])
    sid = int(cursor.lastrowid or 0)
    db.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)", [sid, fold(name)])
    return sid


def test_an_old_store_is_upgraded_in_place_and_answers_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    _old_store(path, monkeypatch)
    store = open_store(path)
    assert orgs_described_as(store, "passenger group") == ["Elm Rail Users"]
    plan = " ".join(
        str(r[3])
        for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM speakers WHERE kind = 'org' AND lower(name) = ?",
            ["marlowe"],
        ).fetchall()
    )
    assert "speakers_lower_name" in plan
    later = "Irene Marlowe, a spokeswoman for Pellinore, said the buses would be electric."
    _save(store, "depot", later, "Irene Marlowe", kind="person")
    said = store.db.execute(
        "SELECT text FROM quotes WHERE speaker = 'Irene Marlowe' ORDER BY article_id"
    ).fetchall()
    assert [r[0] for r in said] == [
        "the fare rise on the Carrow line was overdue",
        "the buses would be electric",
    ]
    mirela = store.db.execute("SELECT id FROM speakers WHERE name = 'Mirela Vostrikova'")
    assert speaker_id_for(store.db, "Mirela Vostrikov", "person", None, None, None) == int(
        mirela.fetchone()[0]
    )


@pytest.mark.parametrize(
    "stored, written",
    [
        ("Halvard Brenneck", "Halvand Brenneck"),  # a slip in the given name
        ("Mirela Vostrikova", "Mirela Vostrikov"),  # a slip in the surname
    ],
)
def test_a_misspelt_full_name_joins_the_one_person_it_nearly_names(
    store: Store, stored: str, written: str
) -> None:
    db = store.db
    first = speaker_id_for(db, stored, "person", None, None, None)
    speaker_id_for(db, "Halvard Ostrova", "person", None, None, None)  # shares no surname
    assert speaker_id_for(db, written, "person", None, None, None) == first


def test_a_person_first_quoted_by_surname_is_found_under_a_slip_of_the_full_name(
    store: Store,
) -> None:
    db = store.db
    first = speaker_id_for(db, "Brenneck", "person", None, None, None)
    assert speaker_id_for(db, "Halvard Brenneck", "person", None, None, None) == first
    assert speaker_id_for(db, "Halvand Brenneck", "person", None, None, None) == first


def _save_titled(store: Store, name: str, body: str, speaker: str, title: str) -> None:
    raw = RawArticle(title=name, body=body, url=f"https://news.example/{name}")
    quote = replace(_quote(body, speaker, "person"), speaker_title=title)
    save_article(store, raw, f"hash-{name}", Extraction([quote], [], []))


LEASE = "Ifeoma Achebe, the farm manager, said the lease was unfair."
OFFER = "The farm was unimpressed, and Ifeoma Achebe said the plot was small."


@pytest.mark.parametrize("person_first", [True, False])
def test_a_persons_full_name_filed_as_an_organisation_is_the_person(
    store: Store, person_first: bool
) -> None:
    # the recogniser's ORG for a person named beside a body ("The farm was unimpressed.
    # '...,' said Ifeoma Achebe") is the farm manager another story quotes, whichever
    # story comes first
    if person_first:
        _save_titled(store, "lease", LEASE, "Ifeoma Achebe", "Farm manager")
    _save(store, "offer", OFFER, "Ifeoma Achebe", "org")
    if not person_first:
        _save_titled(store, "lease", LEASE, "Ifeoma Achebe", "Farm manager")
    rows = store.db.execute("SELECT kind, COUNT(*) FROM speakers GROUP BY kind").fetchall()
    assert rows == [("person", 1)]
    assert store.db.execute("SELECT COUNT(DISTINCT speaker_id) FROM quotes").fetchone()[0] == 1


def test_a_body_filed_as_a_person_keeps_its_own_quotes_apart(store: Store) -> None:
    # nothing tells "Voltra Mobility" is a person (no title, no "she", no honorific)
    _save(store, "e1", "Voltra Mobility said the scooters were safe.", "Voltra Mobility", "person")
    _save(
        store, "e2", "The firm Voltra Mobility said riders were insured.", "Voltra Mobility", "org"
    )
    rows = store.db.execute("SELECT kind FROM speakers ORDER BY kind").fetchall()
    assert rows == [("org",), ("person",)]
