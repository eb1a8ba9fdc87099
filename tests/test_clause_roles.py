"""Roles and sides a clause gives a speaker (extract/clause_roles.py) on fictional news: a
part in a hearing ("Prosecuting, X said", "X, for the defence, said"), a group or
organisation spoken for ("X, representing the families, said", "On behalf of the council, X
said", "X, who represents the residents, said"), kept as the speaker's title and
organisation, and questions that name the role or the side ("what did the prosecution
say?", "what did the buyers say?") answered with those speakers."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.clause_roles import clause_data, clause_verbs, not_groups, participles, sides
from extract.pipeline import extract_doc
from tests.conftest import ask_json, speakers_in, stories_db


def described(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each speaker's (title, organisation) on the quotes of a text."""
    return {
        q.speaker: (q.speaker_title, q.speaker_org)
        for q in extract_doc(nlp(text)).quotes
        if q.speaker is not None
    }


@pytest.mark.parametrize(
    "text, speaker, title",
    [
        ("Prosecuting, Ines Varga said the van had been stolen twice.", "Ines Varga", "Prosecutor"),
        ("Tobias Wren, defending, said his client was sorry.", "Tobias Wren", "Defence barrister"),
        ("For the Crown, Ines Varga said the sentence was too short.", "Ines Varga", "Prosecutor"),
        ("Tobias Wren, for the defence, said the evidence was thin.", "Tobias Wren", "Defence"),
    ],
)
def test_a_part_in_a_hearing_is_a_title(nlp: Language, text: str, speaker: str, title: str) -> None:
    found = described(nlp, text)
    assert list(found) == [speaker]
    assert (found[speaker][0] or "").startswith(title)


@pytest.mark.parametrize(
    "text, speaker, group",
    [
        (
            "Lorna Pike, representing the families, said they wanted answers.",
            "Lorna Pike",
            "families",
        ),
        (
            "Edwin Sallow, speaking on behalf of the buyers, said the flats were unsafe.",
            "Edwin Sallow",
            "buyers",
        ),
        (
            "Speaking for the tenants, Rafe Colby said the rent rise was unfair.",
            "Rafe Colby",
            "tenants",
        ),
        (
            "Nell Arden, who represents the residents, said the plan was rushed.",
            "Nell Arden",
            "residents",
        ),
    ],
)
def test_a_group_spoken_for_makes_a_spokesperson_of_it(
    nlp: Language, text: str, speaker: str, group: str
) -> None:
    found = described(nlp, text)
    assert list(found) == [speaker]  # "speaking for the tenants" reports no words
    title = (found[speaker][0] or "").lower()
    assert title.startswith("spokesperson") and group in title


def test_an_organisation_spoken_for_is_the_speakers_organisation(nlp: Language) -> None:
    text = (
        "Brackwell Borough Council closed the bridge in May.\n\n"
        "On behalf of the council, Rhea Dunmore said the bridge would reopen in June."
    )
    assert described(nlp, text)["Rhea Dunmore"] == ("Spokesperson", "Brackwell Borough Council")


@pytest.mark.parametrize(
    "text",
    [
        "For his part, Tomas Brill said the plan was sound.",
        "Tomas Brill, for his part, said the plan was sound.",
        "For the first time, Tomas Brill said the plan was sound.",
        "Tomas Brill, for years a critic, said the plan was sound.",
    ],
)
def test_a_phrase_that_names_no_group_gives_no_role(nlp: Language, text: str) -> None:
    assert described(nlp, text) == {"Tomas Brill": (None, None)}


def test_the_clause_families_are_data() -> None:
    assert set(clause_data()["prepositions"]["phrases"]) >= {"for", "on behalf of"}
    assert participles()["prosecuting"] == "Prosecutor"
    assert sides()["defence"] == participles()["defending"]
    assert {"represent", "speak"} <= set(clause_verbs()) and clause_verbs()["represent"]
    assert {"part", "record"} <= not_groups()


STORIES = {
    "elm-quay-flats": (
        "Buyers of flats at Elm Quay have won their case against the builder Harrowgate "
        "Homes at the county court.\n\n"
        "Edwin Sallow, speaking on behalf of the buyers, said the cladding had never been "
        "safe and the owners had lived in fear for two years.\n\n"
        "Mara Kettle, for Harrowgate Homes, said the firm would appeal.\n\n"
        "For the regulator, Joan Pettifer said builders had been warned about the "
        "cladding in 2019."
    ),
    "dunmere-fraud": (
        "A former treasurer of a Dunmere bowls club has been jailed for taking its savings.\n\n"
        "Prosecuting, Ines Varga told the court the treasurer had hidden the losses for "
        "years.\n\n"
        "Tobias Wren, for the defence, said his client had repaid part of the money."
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("clause_roles"), STORIES)


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what did the prosecution say?", "Ines Varga"),
        ("what did the prosecutor say?", "Ines Varga"),
        ("what did the defence say?", "Tobias Wren"),
        ("what did the buyers say?", "Edwin Sallow"),
        ("what did the regulator say?", "Joan Pettifer"),
        ("what did Harrowgate Homes say?", "Mara Kettle"),
    ],
)
def test_a_role_or_side_asked_for_is_the_speaker_the_clause_gave_it(
    store: Path, question: str, speaker: str
) -> None:
    assert speakers_in(ask_json(store, question)) == {speaker}
