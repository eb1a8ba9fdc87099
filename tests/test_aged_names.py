"""A name followed by an age is a person's (extract/aged_names.py): an unfamiliar personal
name the small model takes for an organisation is credited with its words when the story
gives an age ("Lindiwe Mokoena, 38, has delivered ..."), while an organisation or a
place followed by a number that is no age stays what it is. Fictional stories."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc


def credited(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, kind) of each quote extraction finds in a text."""
    return [(q.speaker, q.speaker_kind) for q in extract_doc(nlp(text)).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Lindiwe Mokoena, 38, has delivered on the same round for nine years. "
            "\u201cI heard the gate go behind me,\u201d she said.",
            "Lindiwe Mokoena",
        ),
        (
            "Thandeka Mabuza-Okoye, 71, said the hall had been her second home since 1979.",
            "Thandeka Mabuza-Okoye",
        ),
    ],
)
def test_a_name_with_an_age_is_a_person(nlp: Language, text: str, speaker: str) -> None:
    assert (speaker, "person") in credited(nlp, text)


def test_a_body_with_a_number_that_is_no_age_stays_a_body(nlp: Language) -> None:
    # "Dunmere Borough Council, 2024," names no person: an organisation's word is in it
    text = (
        "The Dunmere Borough Council, 2024, report said the roads were failing, and the "
        "council said it would spend more on repairs."
    )
    assert all(kind != "person" for _, kind in credited(nlp, text))
