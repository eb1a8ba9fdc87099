"""A name the story gives an age or sets beside a noun for a person is a person's
(extract/person_cues.py): an unfamiliar personal name the small model takes for an
organisation is credited with its words when the story gives an age ("Lindiwe Mokoena, 38,
has delivered ...") or calls them a parent ("Another parent, Ama Owusu-Bright, said"), while
an organisation followed by a number that is no age, or beside a noun for no person, stays
what it is. Fictional stories."""

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
        (
            "Another parent, Ama Owusu-Bright, said the school had done its best.",
            "Ama Owusu-Bright",
        ),
    ],
)
def test_a_name_with_an_age_is_a_person(nlp: Language, text: str, speaker: str) -> None:
    assert (speaker, "person") in credited(nlp, text)


def test_a_body_beside_a_noun_for_no_person_stays_a_body(nlp: Language) -> None:
    # a buyer, an owner or a landlord may be a body: its name stays the body's
    text = "The buyer, Oakhurst Loaf, said the ovens would stay lit."
    assert ("Oakhurst Loaf", "org") in credited(nlp, text)


def test_the_chair_of_a_named_group_is_no_group(nlp: Language) -> None:
    # the parse makes "group" the subject and the group's name its apposition: the words
    # are still the chair's, not the group's
    text = (
        "Hazel Pinnock, chair of the residents\u2019 group Quiet Skies Corrowby, told the "
        "inquiry:\n\n\u201cNo promise about night flights will survive.\u201d"
    )
    assert ("Hazel Pinnock", "person") in credited(nlp, text)


def test_a_body_with_a_number_that_is_no_age_stays_a_body(nlp: Language) -> None:
    # "Dunmere Borough Council, 2024," names no person: an organisation's word is in it
    text = (
        "The Dunmere Borough Council, 2024, report said the roads were failing, and the "
        "council said it would spend more on repairs."
    )
    assert all(kind != "person" for _, kind in credited(nlp, text))


def test_a_given_name_left_out_of_a_surname_read_as_a_body(nlp: Language) -> None:
    """ "Seonag NicDhòmhnaill, the senior midwife,": the model tags the surname alone, as an
    organisation, and the given name before it not at all; the role beside it makes the two
    words a person's name, and "She" after her surname alone is her."""
    text = (
        "The board met on Monday.\n\nSeonag NicDhòmhnaill, the senior midwife, and Dr Alasdair "
        "Munro, a retired consultant, watched from the gallery.\n\nMunro said the board had "
        "been right to pause.\n\nNicDhòmhnaill was more cautious. She said midwives had been "
        "let down before."
    )
    assert ("Seonag NicDhòmhnaill", "person") in credited(nlp, text)


def test_a_name_beside_a_persons_neighbour_is_a_person(nlp: Language) -> None:
    # body_kinds.json "personal_relations": "her neighbour" is a person's, "its" a body's
    found = extract_doc(
        nlp(
            "Pensioner Morag Ellery, 67, said she had some sympathy for the strikers.\n\n"
            "Her neighbour, Tunde Bakare, was less patient. He said the council and the "
            "union were as bad as each other.\n\n"
            "The chairman, Ivor Pask, was furious. He said the vote was a farce.\n"
        )
    ).quotes
    credited = {q.speaker: q.speaker_org for q in found}
    assert credited.get("Tunde Bakare", "missing") is None, credited  # his words, no body's
    assert credited.get("Ivor Pask", "missing") is None, credited  # Bakare is no body
    found = extract_doc(
        nlp("Its neighbour, Harlow Estates, said the fence would stay where it is.")
    ).quotes
    assert [q.speaker_kind for q in found] == ["org"], [(q.speaker, q.speaker_kind) for q in found]
