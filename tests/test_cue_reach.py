"""Attributions a reporter expects beyond "X said ...": a quotation running over several
paragraphs is one quote with one speaker, over fictional articles."""

from __future__ import annotations

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
