"""Names kept whole (fictional stories): an organisation's name is its whole proper-noun
chain, and "Sir Roland" / "Dame Hester" after the full name is that person, not a new one."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

from common.names import is_title_word
from extract.pipeline import extract_doc


def _words() -> dict[str, object]:
    return json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"We were never consulted," the Netball Coaches\' Guild said in a statement.',
            "Netball Coaches' Guild",
        ),
        (
            "Tollmere Ferries Holdings said the crossing would close for a week.",
            "Tollmere Ferries Holdings",
        ),
        (  # a plural possessive before a body's head word: the whole name, not a "Circle"
            "The Site Wardens' Circle said the rules were written for nobody.",
            "Site Wardens' Circle",
        ),
        (
            "The Hauliers' Chamber said the tolls were a tax on bread.",
            "Hauliers' Chamber",
        ),
        (
            "The Ward Sisters' Panel said the rota would not survive the winter.",
            "Ward Sisters' Panel",
        ),
    ],
)
def test_an_organisation_speaks_under_its_whole_name(
    nlp: Language, text: str, speaker: str
) -> None:
    extraction = extract_doc(nlp(text))
    assert [q.speaker for q in extraction.quotes] == [speaker]
    assert [(p.name, p.kind) for p in extraction.people] == [(speaker, "org")]


def test_a_body_named_with_of_after_its_head_word_keeps_the_whole_name(nlp: Language) -> None:
    # the recogniser misses the name here; the proper-noun run goes on over "of Trade"
    text = (
        "A council spokesperson added that the scheme was paid for by a government grant "
        "that would be lost if work did not start by next summer.\n\n"
        "Ellerby Chamber of Trade, which represents about 90 shops and businesses, backed the "
        "widening. Its president, Samir Haddad, said delivery drivers were losing up to an "
        "hour a day in traffic on Mill Lane."
    )
    (quote,) = [q for q in extract_doc(nlp(text)).quotes if q.speaker == "Samir Haddad"]
    assert quote.speaker_org == "Ellerby Chamber of Trade"


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Dame Hester Quarrie, the chair of the trust, opened the new wing on Monday.\n\n"
            '"This is a proud day for the town," Dame Hester said.',
            "Hester Quarrie",
        ),
        (
            "Sir Roland Pemberly criticised the plan.\n\n"
            'Sir Roland said: "It is a mistake and the county will pay for it."',
            "Roland Pemberly",
        ),
    ],
)
def test_sir_or_dame_with_a_given_name_is_the_person_named_in_full(
    nlp: Language, text: str, person: str
) -> None:
    extraction = extract_doc(nlp(text))
    assert [q.speaker for q in extraction.quotes if q.kind == "direct"] == [person]
    assert [p.name for p in extraction.people if p.kind == "person"] == [person]


def test_sir_with_a_given_name_two_people_share_joins_neither(nlp: Language) -> None:
    text = (
        "Sir Roland Pemberly and Sir Roland Quist both opposed the plan.\n\n"
        'Sir Roland said: "It is a mistake."'
    )
    extraction = extract_doc(nlp(text))
    (quote,) = [q for q in extraction.quotes if q.kind == "direct"]
    assert quote.speaker not in ("Roland Pemberly", "Roland Quist")


def test_word_lists_of_whole_names() -> None:
    raw = _words()
    assert {"sir", "dame"} <= set(raw["given_name_honorifics"]["words"])  # type: ignore[index]
    assert not {"mr", "mrs", "lord"} & set(raw["given_name_honorifics"]["words"])  # type: ignore[index]
    assert {"guild", "caucus", "consortium", "circle", "chamber"} <= set(raw["org_words"])  # type: ignore[arg-type]


STORY = (
    "The vice-chancellor of Marlow University, Professor Amara Nwosu, announced 200 job "
    "cuts on Monday. Her deputy, Dr Felix Oduya, was not consulted.\n\n"
    '"We have no choice," the vice-chancellor said. The co-founder of the students\' union, '
    'Lila Brant, said the plan was cruel. "It is cruel," the co-founder said.'
)


def test_a_hyphenated_title_is_one_title_that_finds_its_holder(nlp: Language) -> None:
    extraction = extract_doc(nlp(STORY))
    titles = {p.name: p.title for p in extraction.people if p.kind == "person"}
    assert titles["Amara Nwosu"] == "Vice-chancellor"
    assert titles["Lila Brant"] == "Co-founder"
    assert [(q.speaker, q.mention) for q in extraction.quotes if q.kind == "direct"] == [
        ("Amara Nwosu", "the vice-chancellor"),
        ("Lila Brant", "the co-founder"),
    ]
    assert all(q.mention not in ("-", "The vice") for q in extraction.quotes)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Co-founder Nadia Brill said the firm would hire 40 engineers.", "Co-founder"),
        ("Editor-in-chief Tomas Kerr said the paper would not apologise.", "Editor-in-chief"),
        ("Pavel Orr, the group's co-chair, said the vote was rigged.", "Co-chair"),
    ],
)
def test_a_hyphenated_title_before_or_beside_a_name_is_kept_whole(
    nlp: Language, text: str, title: str
) -> None:
    (person,) = [p for p in extract_doc(nlp(text)).people if p.kind == "person"]
    assert person.title == title


def test_every_hyphenated_title_is_made_of_title_words() -> None:
    words = _words()["hyphenated_titles"]["words"]  # type: ignore[index]
    assert {"vice-chancellor", "co-founder", "editor-in-chief"} <= set(words)
    assert all(is_title_word(w) and is_title_word(w.title()) for w in words)
    assert not is_title_word("Jean-Baptiste") and not is_title_word("state-owned")


@pytest.mark.parametrize(
    "name, surname",
    [
        ("Ailsa Fraser-Lyle", "Fraser-Lyle"),
        ("Shona Baillie-Rae", "Baillie-Rae"),
        ("Catrin Macleod-Innes", "Macleod-Innes"),
    ],
)
def test_a_hyphenated_surname_alone_is_the_person_named_in_full(
    nlp: Language, name: str, surname: str
) -> None:
    """A double-barrelled surname written alone later keeps one key: the person named in
    full, never a second "Fraser Lyle" or an organisation called "Macleod-Innes"."""
    text = (
        "Crane crews at Carrick voted by a wide margin to walk out.\n\n"
        f'"Nobody here wanted this," said {name}, the union\'s regional convener. '
        '"It is a last resort."\n\n'
        f"{surname} said the union would name strike dates within days unless the owners "
        "withdrew the rotas, which would require crews to work four night shifts in a row."
    )
    extraction = extract_doc(nlp(text))
    dates = next(q for q in extraction.quotes if "strike dates" in q.text)
    assert dates.speaker == name and dates.speaker_kind == "person"
