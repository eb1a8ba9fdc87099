"""Quotations that are whole sentences of speech, and where a statement's words end
(fictional articles)."""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import extracted_quotes as quotes


def test_short_worded_quotation_after_a_cue_is_speech_not_a_title(nlp: Language) -> None:
    # every word of the second quotation is capitalised or three letters long, but "it"
    # and "is" are lower case: a title would capitalise them
    text = (
        "Harbour tax vote lost.\n\n"
        "Councillor Bryn Ostrow shrugged after the count.\n\n"
        "\u201cVotes go both ways,\u201d Ostrow said. \u201cThat is how it is, Wendell.\u201d"
    )
    found = quotes(nlp, text)
    second = next(q for q in found if "That is how it is" in q.text)
    first = next(q for q in found if "Votes go both ways" in q.text)
    assert second.speaker == "Bryn Ostrow"
    assert second.attribution == first.attribution


def test_quoted_title_in_a_sentence_is_still_no_speech(nlp: Language) -> None:
    text = (
        "Festival line-up announced.\n\n"
        "The choir will close the night with \u201cSong of the Old Mill\u201d on Sunday, "
        "organiser Petra Vail said."
    )
    found = quotes(nlp, text)
    assert not any(q.text.startswith("Song of the Old Mill") and q.kind == "direct" for q in found)
