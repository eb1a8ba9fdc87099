"""Attributions a reporter expects beyond "X said ...": a quotation running over several
paragraphs is one quote with one speaker, over fictional articles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc

MULTI_PARAGRAPH = (
    "Harbour pilots in Port Ellery voted on Tuesday to reject the latest pay offer.\n"
    "Their union leader, Marta Okonkwo, spoke to reporters outside the terminal.\n"
    "\u201cWe have waited eleven months for a fair deal and the board keeps moving the "
    "goalposts.\n"
    "\u201cEvery pilot here has worked double shifts through the winter storms.\n"
    "\u201cWe will not accept a cut dressed up as a raise,\u201d Okonkwo said.\n"
    "The port authority declined to comment.\n"
)


def test_quote_over_several_paragraphs_is_one_quote(nlp: Language) -> None:
    quotes = extract_doc(nlp(MULTI_PARAGRAPH)).quotes
    pieces = [q for q in quotes if q.kind == "direct"]
    assert [q.text[:14] for q in pieces] == ["We have waited", "Every pilot he", "We will not ac"]
    assert {q.speaker for q in pieces} == {"Marta Okonkwo"}
    assert len({q.attribution for q in pieces}) == 1


# Prepositional cue families (extract/data/cues.json: a family's "prepositions", and
# "object_nouns"): what the preposition governs is what was said, without the preposition.
PREPOSITIONAL = {
    "complained about": (
        "Whitfield complained about the new parking fees.",
        "the new parking fees",
    ),
    "called on ... to": (
        "Whitfield called on the transport board to publish the bus contract.",
        "the transport board to publish the bus contract",
    ),
    "called for": (
        "Whitfield called for a full review of the bus contract.",
        "a full review of the bus contract",
    ),
    "noun with of": (
        "Whitfield's critique of the harbour dredging plan drew applause.",
        "the harbour dredging plan",
    ),
    "noun taken by a verb": (
        "Whitfield launched a fierce attack on the harbour dredging plan.",
        "the harbour dredging plan",
    ),
}


INTRO = "Councillor Dana Whitfield chairs the Larkfield transport committee.\n"


@pytest.mark.parametrize("family", PREPOSITIONAL)
def test_prepositional_cue_families(nlp: Language, family: str) -> None:
    text, content = PREPOSITIONAL[family]
    quotes = extract_doc(nlp(INTRO + text)).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Dana Whitfield", content)]


def test_who_said_keeps_the_reported_words(nlp: Language) -> None:
    text = "A landscape gardener who said he was never paid sued the Larkfield council in May."
    quotes = extract_doc(nlp(text)).quotes
    assert [(q.mention, q.text) for q in quotes] == [("A landscape gardener", "he was never paid")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "The offer was rejected by Harwell Inns, which said it fell short of a valuation.",
            "Harwell Inns",
            "it fell short of a valuation",
        ),
        (
            "Any application would go to the Kelsey Valley Park Authority, which said it could "
            "not comment on a scheme it had not seen.",
            "Kelsey Valley Park Authority",
            "it could not comment on a scheme it had not seen",
        ),
    ],
)
def test_which_said_keeps_the_reported_words_of_the_body_named(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    # a body named before "which said" speaks, as a person before "who said" does
    quotes = extract_doc(nlp(text)).quotes
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, content)]
