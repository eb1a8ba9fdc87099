"""Who speaks when the parse hides the speaker: in a participle after a comma ("...,
saying ...", "..., explaining ...") the reporter of the clause it closes, not someone named
inside what was reported; before a relative aside ("X, whose firm ..., said") the name, not
the aside (fictional articles)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import extracted_quotes as quotes


@pytest.mark.parametrize(
    "text, words, mention",
    [
        (
            "Harbour plan in doubt.\n\n"
            "Reached by phone, Mara Quist denied the notion that a shakeup is coming, "
            "explaining that she was unaware of the report because she was \u201con "
            "holiday.\u201d",
            "on holiday",
            "Mara Quist",
        ),
        (
            "Harbour plan in doubt.\n\n"
            "Even a senior union official said Dahl will have to choose whose side he is "
            "on, saying, \u201cAt some point he is going to have to come out.\u201d",
            "At some point",
            "a senior union official",
        ),
    ],
)
def test_participle_goes_on_with_the_reporter(
    nlp: Language, text: str, words: str, mention: str
) -> None:
    found = [q for q in quotes(nlp, text) if words in q.text]
    assert found
    assert all(mention in (q.mention or "") for q in found)


def test_name_before_a_relative_aside_speaks(nlp: Language) -> None:
    text = (
        "Harbour plan in doubt.\n\n"
        "Mr. Oskarsson, whose newest firm, Tidewell, uses tide data to help ports plan "
        "berths, said the harbour plan was \u201cthe best news in a decade.\u201d"
    )
    found = [q for q in quotes(nlp, text) if "best news" in q.text]
    assert found
    assert all("Oskarsson" in (q.mention or "") for q in found)
