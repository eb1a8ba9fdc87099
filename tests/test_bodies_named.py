"""The body a speaker's words name: a name joined by "and" is one name
(extract/joined_names.py: "The Brackenford and District Chamber of Trade said" is the
chamber's statement, not one of a "District Chamber of Trade"; two bodies coordinated stay
two), and a post held "to" a body names it (extract/noun_titles.py: "medical adviser to the
charity X"). Fictional stories."""

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


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Dr Anjali Rao, medical adviser to the charity Bowel Conditions Trust, said the "
            "closure would hurt.",
            "Bowel Conditions Trust",
        ),
        (
            "Ann Lee, secretary to the Harwell Angling Club, said it would hurt.",
            "Harwell Angling Club",
        ),
        ("Jo Bell, a regular visitor to the Elm Museum, said it was sad.", None),  # no post
        ("Hal Marsh, chief of staff to Mayor Ada Kerr, said it was sad.", None),  # a person
    ],
)
def test_a_post_held_to_a_body(nlp: Language, text: str, org: str | None) -> None:
    """ "adviser to the charity X": a role held in a body's service names the body with
    "to", as with "of" or "for"."""
    quotes = extract_doc(nlp(text)).quotes
    assert quotes and quotes[0].speaker_org == org


def test_a_name_a_settlement_gives_is_a_place(nlp: Language) -> None:
    """ "One dialysis patient from the village of Hollins Cross ... said", then "the woman
    said": the patient's words, not a person called Hollins Cross (extract/place_names.py)."""
    text = (
        "Lindqvist said the forum had written to the chief executive.\n\nOne dialysis patient "
        "from the village of Hollins Cross, who travels to St Aldhelm's three times a week, said "
        'the volunteers had become "more like friends than drivers".\n\n"My driver waits for '
        'me, four hours sometimes, and brings me home," the woman, who is in her seventies, said.'
    )
    assert "Hollins Cross" not in {q.speaker for q in extract_doc(nlp(text)).quotes}


def test_a_name_cut_after_of_is_one_body(nlp: Language) -> None:
    # the recogniser read "The Edenvale Guild of" and "Church Bell Ringers": one body, and
    # its master speaks for the whole of it
    text = (
        "The shutters will be paid for by the Edenvale Guild of Church Bell Ringers. Its "
        'master, Desmond Oduya, said the guild was "delighted to help".\n\n'
        "The Edenvale Guild of Church Bell Ringers has backed the campaign."
    )
    quotes = extract_doc(nlp(text)).quotes
    name = "Edenvale Guild of Church Bell Ringers"
    assert {q.speaker_org for q in quotes} == {name}
    assert name in {q.speaker for q in quotes}
