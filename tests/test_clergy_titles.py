"""Clergy roles are titles (extract/data/people_words.json role_words): "The Rev X, the
rector of St Y's" gives X the title Rector, so "what did the rector say?" finds X, whose
honorific ("the Rev", "Canon") is no title of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import ask_json, extracted_quotes, said_in, story_db

PARISH = (
    "Parish opens hall to stranded walkers\n"
    "A village church took in forty walkers cut off by snow on Saturday.\n"
    "The Rev Alys Penhallow, the rector of St Brannoc's, opened the parish hall on Saturday "
    "night and kept the urn going until dawn.\n"
    "\u201cNobody sleeps in a car park while this hall has a roof,\u201d she said.\n"
)


def test_the_rector_is_found_by_her_role(tmp_path: Path) -> None:
    db = story_db(tmp_path, "parish", PARISH)
    said = said_in(ask_json(db, "what did the rector say?"))
    assert ("Alys Penhallow", "Nobody sleeps in a car park while this hall has a roof") in said


@pytest.mark.parametrize(
    "text, title",
    [
        ("Canon Idris Mawr, the prison chaplain, said the wing was calm.", "chaplain"),
        ("The Rev Tomos Lle, the vicar of St Ebba's, said the bells would ring.", "vicar"),
        ("Ven Ruth Gale, the archdeacon, said the repairs would wait.", "archdeacon"),
    ],
)
def test_a_clergy_role_in_apposition_is_the_title(nlp: Language, text: str, title: str) -> None:
    found = extracted_quotes(nlp, text)
    assert found, text
    assert title in (found[0].speaker_title or "").lower(), found[0]


def test_the_venerable_is_a_style_not_a_name(nlp: Language) -> None:
    """An archdeacon is styled "the Venerable": the style is no part of her name."""
    text = (
        "The Venerable Margaret Osei-Bonsu, Archdeacon of Brackendale, said the sale would"
        " go ahead."
    )
    found = extracted_quotes(nlp, text)
    assert [q.speaker for q in found] == ["Margaret Osei-Bonsu"]
