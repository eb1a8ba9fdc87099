"""A body's name joined by "and" is one name (extract/joined_names.py): "The Brackenford and
District Chamber of Trade said" is the chamber's statement, not one of a "District Chamber of
Trade"; two bodies coordinated stay two. Fictional stories."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Brackenford and District Chamber of Trade, which represents around 90 "
            "businesses, said in a statement that it supported the market.",
            "Brackenford and District Chamber of Trade",
        ),
        (
            "The Harwell and District Angling Association said it would fight the scheme.",
            "Harwell and District Angling Association",
        ),
    ],
)
def test_a_name_joined_by_and_is_one_body(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_doc(nlp(text)).quotes] == [speaker]


def test_two_bodies_coordinated_stay_two(nlp: Language) -> None:
    text = "Barclays and Lloyds Banking Group said they would cut jobs."
    speakers = {q.speaker for q in extract_doc(nlp(text)).quotes}
    assert "Barclays and Lloyds Banking Group" not in speakers
