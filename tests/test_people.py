"""The entity model: one person per article under one canonical name, titles and
organisations beside the name, headlines never a source of names, one speaker per real
person across the store."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

from extract.headlines import is_headline
from extract.pipeline import extract_doc
from sources.files import SourceItem
from sources.model import RawArticle
from storage.db import Store
from work.ingest.pipeline import Ingestor


def speakers(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_title, q.speaker_org) for q in extract_doc(nlp(text)).quotes]


def test_name_variants_in_one_article_are_one_person(nlp: Language) -> None:
    text = (
        "Republican nominee Donald J. Trump spoke in Ohio on Monday.\n\n"
        "\u201cWe are going to win this state,\u201d Trump said.\n\n"
        "\u201cThe polls are rigged,\u201d said Donald Trump, who has led there since June."
    )
    found = {name for name, _, _ in speakers(nlp, text)}
    assert found == {"Donald Trump"}


def test_headline_words_are_not_names(nlp: Language) -> None:
    text = (
        "Derelict Obama Seeks New Poll\n\n"
        "President Barack Obama spoke to reporters on Monday.\n\n"
        "\u201cWe will not be intimidated,\u201d Obama said at the White House."
    )
    found = {name for name, _, _ in speakers(nlp, text)}
    assert found == {"Barack Obama"}


def test_a_title_needs_a_role_and_stays_out_of_the_name(nlp: Language) -> None:
    text = (
        "Charlotte Mayor Jennifer Roberts called for calm.\n\n"
        "\u201cWe need the footage released,\u201d Roberts said on Friday.\n\n"
        "Rival Hillary Clinton had mocked the complaint, saying anybody who complains about "
        "a microphone \u201cis not having a good night.\u201d"
    )
    found = {name: title for name, title, _ in speakers(nlp, text)}
    assert "Jennifer Roberts" in found and "Mayor" in (found["Jennifer Roberts"] or "")
    assert found.get("Hillary Clinton") is None and "Hillary Clinton" in found


def test_a_spokesperson_keeps_the_organisation_spoken_for(nlp: Language) -> None:
    text = (
        "Trump campaign spokesman Jason Miller dismissed the report.\n\n"
        "\u201cThis is a desperate attempt to change the subject,\u201d Miller said."
    )
    assert ("Jason Miller", "Trump campaign spokesman", "Trump campaign") in speakers(nlp, text)


@pytest.mark.parametrize(
    "line, first, expected",
    [
        ("Derelict Obama and Clinton; ", True, True),
        ("Obama Says African-American Museum Will Tell of 'Suffering and Delight.'", True, True),
        ("The mayor said the road would reopen on Monday.", True, False),
        ("Two-Front War", False, True),
        ("Clinton spoke in Ohio on Monday and in Iowa on Tuesday.", False, False),
        ("The New York Times Reports:", False, False),
    ],
)
def test_headline_lines(line: str, first: bool, expected: bool) -> None:
    assert is_headline(line, first) is expected


def test_word_lists_hold_their_families() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    assert {"ministry", "university", "campaign"} <= set(raw["org_words"])
    assert {"group", "council", "utility"} <= set(raw["org_nouns"])
    assert {"driver", "resident", "spokesman"} <= set(raw["person_nouns"])
    assert {"spokesman", "official", "aide"} <= set(raw["generic_titles"])
    assert {"group", "company", "union"} <= set(raw["generic_org_nouns"])
    assert {"mr", "chairman", "king"} <= set(raw["male_titles"])
    assert {"mrs", "chairwoman", "queen"} <= set(raw["female_titles"])
    assert {"secretary", "sen", "spokeswoman", "host"} <= set(raw["role_words"])
    assert {"rival", "derelict", "old", "everything"}.isdisjoint(raw["role_words"])
    assert {"mr", "mrs", "dr"} <= set(raw["courtesy_titles"])
    assert not set(raw["courtesy_titles"]) & set(raw["role_words"])


def _article(title: str, body: str) -> SourceItem:
    return SourceItem(title, RawArticle(title=title, body=body, origin=title))


def test_store_keeps_one_speaker_per_person(store: Store, nlp: Language) -> None:
    items = [
        _article(
            f"Rally {n}",
            f"Donald J. Trump held a rally in city number {n}.\n\n"
            f"\u201cWe will win in city {n},\u201d Donald Trump said.",
        )
        for n in range(3)
    ] + [
        _article(
            "Misspelt",
            "\u201cThe wall will be built and paid for,\u201d Donand Trump told the crowd.",
        ),
        _article(
            "Melania",
            "\u201cMy husband is a fighter,\u201d Melania Trump said on Tuesday.",
        ),
        _article(
            "Surname",
            "Trump spoke in Iowa.\n\n\u201cThe economy is a disaster,\u201d Trump said.",
        ),
    ]
    Ingestor(store, "unused", nlp=nlp).run(items)
    rows = store.db.execute(
        "SELECT s.name, count(q.id) FROM speakers s JOIN quotes q ON q.speaker_id = s.id "
        "GROUP BY s.id ORDER BY s.name"
    ).fetchall()
    assert dict(rows) == {"Donald Trump": 5, "Melania Trump": 1}


def test_a_title_alone_does_not_cross_to_another_office(nlp: Language) -> None:
    text = (
        "Democratic vice presidential nominee Tim Kaine campaigned in Ohio.\n\n"
        "The Republican nominee said the election was rigged.\n\n"
        "Transport Secretary Jane Doe visited the bridge.\n\n"
        "The transport secretary said it would reopen in May."
    )
    found = [(q.speaker, q.mention) for q in extract_doc(nlp(text)).quotes]
    assert (None, "The Republican nominee") in found
    assert ("Jane Doe", "The transport secretary") in found


def test_a_man_called_by_his_given_name_is_not_she(nlp: Language) -> None:
    text = (
        "Keith was shot by police on Tuesday.\n\n"
        'His wife filmed the encounter. "Don\'t shoot him," she said.'
    )
    assert [q.speaker for q in extract_doc(nlp(text)).quotes] == [None]


def test_a_surname_alone_is_the_person_not_an_organisation(nlp: Language) -> None:
    text = (
        "Lester Holt moderated the debate.\n\n"
        "Holt asks him about his tax returns.\n\n"
        '"We will see," Senator says.'
    )
    found = [(q.speaker, q.speaker_kind) for q in extract_doc(nlp(text)).quotes]
    assert ("Lester Holt", "person") in found
    assert ("Senator", "org") not in found


def test_a_campaign_speaks_as_itself_not_as_its_spokeswoman(nlp: Language) -> None:
    text = (
        "Trump campaign spokeswoman Hope Hicks declined to comment.\n\n"
        "The Trump campaign has said he is not being audited.\n\n"
        "Clinton's campaign said she would win."
    )
    found = [(q.speaker, q.speaker_kind) for q in extract_doc(nlp(text)).quotes]
    assert found == [("Trump campaign", "org"), ("Clinton campaign", "org")]


@pytest.mark.parametrize(
    "text, org",
    [
        ("White House press secretary Josh Earnest said the threat was real.", "White House"),
        ("Wells Fargo CEO John Stumpf said he was sorry for the losses.", "Wells Fargo"),
        ("Nick Merrill, a Clinton spokesman, said the report was false.", "Clinton"),
        ("Homeland Security Secretary Jeh Johnson said the threat was real.", None),
    ],
)
def test_the_organisation_in_a_title(nlp: Language, text: str, org: str | None) -> None:
    assert [q.speaker_org for q in extract_doc(nlp(text)).quotes] == [org]


def test_quotes_show_the_name_the_person_is_filed_under(store: Store, nlp: Language) -> None:
    items = [
        _article("Surname", '"The economy is a disaster," Clinton said in Iowa.'),
        _article("Full", '"We will win Ohio," Hillary Clinton said on Monday.'),
        _article("Again", '"Turnout will decide it," Clinton said in Ohio.'),
    ]
    Ingestor(store, "unused", nlp=nlp).run(items)
    rows = store.db.execute("SELECT DISTINCT speaker, speaker_id FROM quotes").fetchall()
    assert len(rows) == 1 and rows[0][0] == "Hillary Clinton"
