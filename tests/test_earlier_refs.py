"""Definite nouns that refer back to an earlier reporting frame (extract/earlier_refs.py):
"the statement said" is the statement's issuer's, "the spokesperson said" the same unnamed
spokesperson's, and "The winger, who ..., said" the person just named."""

from __future__ import annotations

import json
from importlib import resources

from spacy.language import Language

from extract.pipeline import extract_doc


def _said(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {q.text: (q.speaker, q.speaker_org) for q in extract_doc(nlp(text)).quotes}


def test_the_statement_nouns_family_is_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    assert {"statement", "release"} <= set(raw["statement_nouns"]["words"])


def test_the_statement_said_is_its_issuers(nlp: Language) -> None:
    said = _said(
        nlp,
        "Pellow Dairies, which runs the creamery, said in a statement that it was "
        '"deeply sorry". "We accept every finding of the review," the statement said.',
    )
    assert said["We accept every finding of the review"][1] == "Pellow Dairies", said


def test_a_statement_announced_a_paragraph_before(nlp: Language) -> None:
    said = _said(
        nlp,
        "Yarrow Rovers Football Club have dismissed their manager after eight months. The club "
        "announced the decision in a statement on Tuesday.\n\n"
        '"The directors thank Gil for his work," the statement said.',
    )
    assert said["The directors thank Gil for his work"][1] == "Yarrow Rovers Football Club", said


def test_the_spokesperson_speaks_for_the_same_organisation(nlp: Language) -> None:
    said = _said(
        nlp,
        "A spokeswoman for the Harl Valley Water Board said it would study the findings. "
        '"We will publish our reply in March," the spokeswoman said.',
    )
    assert said["We will publish our reply in March"][1] == "Harl Valley Water Board", said


def test_a_description_with_a_who_clause_is_the_person_just_named(nlp: Language) -> None:
    said = _said(
        nlp,
        "Ostley Rovers captain Kauri Mataele-Brent has retired at the age of 32.\n\n"
        "The flanker, who played 150 games for the club, announced his decision in a post "
        'on social media. "My body has told me it is time," he wrote.',
    )
    assert said["My body has told me it is time"][0] == "Kauri Mataele-Brent", said


# A body named only by a common noun ("the anglers' club", "the parents' group") that issued
# the statement: the statement's words are that body's, in every way a paper writes it.
_BODY_STATEMENTS = [
    (
        "The anglers' club said in a statement that it would appeal. "
        '"Nobody asked the people who fish this river," the statement said.',
        "Nobody asked the people who fish this river",
    ),
    (
        "The parents' group issued a statement on Friday evening.\n\n"
        '"We were told about the closure by text message," the statement said.',
        "We were told about the closure by text message",
    ),
    (
        "The nurses' union released a statement after the vote. "
        '"Our members will not be made to choose between patients," the statement said.',
        "Our members will not be made to choose between patients",
    ),
    (
        "The allotment holders' association put out a statement on Sunday. "
        '"The plots have been here for ninety years," the statement added.',
        "The plots have been here for ninety years",
    ),
    (
        "The drivers' union said in a short statement that talks had failed. "
        '"We will ballot our members next week," said the statement.',
        "We will ballot our members next week",
    ),
]


def test_a_body_named_by_a_common_noun_keeps_its_statement(nlp: Language) -> None:
    for text, words in _BODY_STATEMENTS:
        said = _said(nlp, text)
        assert words in said, said
        assert said[words][1] is not None and "'" in said[words][1], (text, said)
