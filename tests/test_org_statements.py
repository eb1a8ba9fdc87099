"""An organisation's own statements and the people who speak for it, on fictional news
(tests/data/org_statements/ and short passages): a wire dateline names nobody, so "The
firm said in a statement that ..." is the company's; "the club said" is the club the story
named; an officer named without an organisation ("Operations director X") speaks for the
organisation the story is about, a public office holder does not; a title the lead gave
first ("The chief constable of X Police has warned") gives the person named later their
organisation; "a spokesman for the force" is the force, not the police federation; "the
charity's chair" is the food bank's; a one-word name given in full only inside a longer one
("Athletic said" beside the Fenwick Athletic Supporters' Club) is the club; an organisation
asked about on a topic answers with its words in the story when the story words it
otherwise; "the marina trust" finds Calder Point Marina Trust's unnamed spokesman."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from extract.org_kinds import org_kinds
from extract.pipeline import extract_doc
from tests.conftest import DATA, ask_json, ingested

ARTICLES = DATA / "org_statements" / "articles"


def said(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    """Each extracted quote's speaker, organisation and words."""
    return [(q.speaker, q.speaker_org, q.text) for q in extract_doc(nlp(text)).quotes]


def speaker_of(found: list[tuple[str | None, str | None, str]], words: str) -> str | None:
    return next((s for s, _, t in found if words in t), None)


def org_of(found: list[tuple[str | None, str | None, str]], words: str) -> str | None:
    return next((o for _, o, t in found if words in t), None)


def test_a_dateline_names_nobody_and_the_firm_is_the_company(nlp: Language) -> None:
    text = (
        "WYNDLE, 4 March (KPA) - Haulage firm Oster & Vane is to close its Wyndle depot, "
        "blaming fuel costs.\n\n"
        'The firm said in a statement that it had "no other option" after losing its '
        "biggest contract.\n\n"
        "Logistics director Hanne Brisco said drivers had been told on Monday."
    )
    found = said(nlp, text)
    assert speaker_of(found, "no other option") == "Oster & Vane"
    assert not {"KPA", "WYNDLE", "Wyndle"} & {s for s, _, _ in found}
    assert org_of(found, "drivers had been told") == "Oster & Vane"


def test_a_dateline_with_its_weekday_names_nobody(nlp: Language) -> None:
    """ "KIRKBY MARTLE, Monday 30 November 2026 - ..., according to the performers' union":
    the dateline is nobody's, nor part of anyone's words (a weekday made it unread: the
    union's words began "KIRKBY MARTLE, Monday ..."); a members' body named with plural
    possessives is one body ("The Performers' and Stage Workers' Guild": the model read
    "Guild" as a person)."""
    text = (
        "KIRKBY MARTLE, Monday 30 November 2026 \u2013 Actors hired for the Alhambra "
        "pantomime have been left out of pocket by its cancellation, according to the "
        "performers\u2019 union.\n\n"
        "The Performers\u2019 and Stage Workers\u2019 Guild said 23 of its members had turned "
        "down other work to take part.\n\n"
        "\u201cTwo weeks\u2019 money does not pay a December rent,\u201d said Farrukh Azimov, "
        "the guild\u2019s regional official."
    )
    found = said(nlp, text)
    assert not {"KIRKBY MARTLE", "Kirkby Martle"} & {s for s, _, _ in found}
    assert not any("KIRKBY" in t or "2026" in t for _, _, t in found)  # nobody's words
    guild = "Performers\u2019 and Stage Workers\u2019 Guild"
    assert speaker_of(found, "23 of its members") == guild
    assert org_of(found, "December rent") == guild


def test_the_club_said_is_the_club_the_story_named(nlp: Language) -> None:
    text = (
        "Tarnfield Albion have confirmed they will sell their training ground.\n\n"
        "The club said in a statement that the sale would clear its debts.\n\n"
        'Chief executive Marisol Quayle said: "This secures the club for a generation."'
    )
    found = said(nlp, text)
    assert speaker_of(found, "the sale would clear its debts") == "Tarnfield Albion"
    assert org_of(found, "secures the club") == "Tarnfield Albion"


def test_a_public_office_holder_does_not_speak_for_the_company(nlp: Language) -> None:
    text = (
        "Pellham Dairies is to close its creamery with the loss of 80 jobs.\n\n"
        "Local MP Rosalind Achebe said she would ask ministers to step in."
    )
    assert org_of(said(nlp, text), "ask ministers") is None


def test_a_title_given_first_gives_the_organisation(nlp: Language) -> None:
    text = (
        "The chief constable of Ostmere Police has warned that 50 posts could go.\n\n"
        "Chief Constable Wendell Pyke told the police panel that the gap was £4m.\n\n"
        "Gerry Lomax, chair of the Ostmere Police Federation, said officers were exhausted.\n\n"
        "A spokesman for the force said no decision had been made."
    )
    found = said(nlp, text)
    assert org_of(found, "the gap was") == "Ostmere Police"
    assert org_of(found, "officers were exhausted") == "Ostmere Police Federation"
    assert org_of(found, "no decision had been made") == "Ostmere Police"


def test_the_charitys_chair_speaks_for_the_food_bank(nlp: Language) -> None:
    text = (
        "Brampton Hill Food Bank says it handed out 900 parcels in March.\n\n"
        "The charity's chair, Ezekiel Brannock, said more families were working but hungry."
    )
    assert org_of(said(nlp, text), "working but hungry") == "Brampton Hill Food Bank"


def test_a_short_name_given_in_full_only_inside_a_longer_one(nlp: Language) -> None:
    text = (
        "The Fenwick Athletic Supporters' Club has backed the new kit deal.\n\n"
        "Athletic said they were delighted with the vote."
    )
    assert speaker_of(said(nlp, text), "delighted with the vote") == "Fenwick Athletic"


def test_an_organisations_kind_is_its_head_or_a_kind_phrase() -> None:
    assert org_kinds("Ostmere Police Federation") == {"civic"}
    assert org_kinds("Brampton Hill Food Bank") == {"civic"}
    assert org_kinds("Ostmere Police") == {"armed"}
    assert org_kinds("Halverd Works") == {"business"}


def test_the_officer_titles_and_kind_phrases_are_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    assert {"executive", "director", "chair"} <= set(raw["officer_titles"]["words"])
    assert not {"mp", "minister", "councillor", "secretary"} & set(raw["officer_titles"]["words"])
    families = set(raw["org_families"])
    kinds = {k: v for k, v in raw["org_kind_phrases"].items() if k != "about"}
    assert kinds and set(kinds.values()) <= families


@pytest.fixture(scope="module")
def statements_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    return ingested(tmp_path_factory.mktemp("org-statements") / "s.db", ARTICLES)


def answer(db: Path, question: str) -> dict[str | None, list[str]]:
    found: dict[str | None, list[str]] = {}
    reply: dict[str, Any] = ask_json(db, question, "--limit", "0")
    for quote in reply["quotes"]:
        found.setdefault(quote["speaker"], []).append(quote["text"])
    return found


def test_an_organisation_on_a_topic_the_story_words_otherwise(statements_db: Path) -> None:
    found = answer(statements_db, "what have Westerly Coaches said about the service cuts?")
    assert "Odile Farrant" in found
    assert "Piers Lumley" not in found


def test_a_trust_asked_by_its_kind_finds_its_unnamed_spokesman(statements_db: Path) -> None:
    texts = [
        t for ts in answer(statements_db, "what did the marina trust say?").values() for t in ts
    ]
    assert any("divers would inspect every mooring chain" in t for t in texts)
    assert not any("matchstick" in t for t in texts)
