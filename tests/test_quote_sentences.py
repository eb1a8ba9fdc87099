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


def test_description_after_a_reported_clause_is_the_reporters(nlp: Language) -> None:
    text = (
        "Sea wall vote delayed.\n\n"
        "Councillor Ines Marlow said she now backed the \u201cbold\u201d harbour plan, a "
        "reversal of her vote last spring."
    )
    found = quotes(nlp, text)
    statement = next(q for q in found if q.kind == "indirect" and q.cue == "said")
    assert statement.speaker == "Ines Marlow"
    assert statement.text.endswith("harbour plan")


def test_list_in_a_reported_clause_keeps_its_items(nlp: Language) -> None:
    text = (
        "Sea wall vote delayed.\n\n"
        "Councillor Ines Marlow said the plan would pay for a \u201cproper\u201d sea wall, a "
        "ferry pier and a lifeboat station."
    )
    found = quotes(nlp, text)
    statement = next(q for q in found if q.kind == "indirect" and q.cue == "said")
    assert statement.text.endswith("a lifeboat station")


def test_term_quoted_beside_someone_elses_statement_is_no_speech(nlp: Language) -> None:
    text = (
        "Prison plan for the moor.\n\n"
        "Last year, officials studied possible sites at army bases in Kent and Dorset and a "
        "federal \u201csupermax\u201d jail in Devon, and Osric Vell, a former prisons "
        "official, said there have been informal talks at the ministry about the cost."
    )
    found = quotes(nlp, text)
    assert not any(q.text == "supermax" for q in found)
    assert any(q.speaker == "Osric Vell" and "informal talks" in q.text for q in found)


def test_fragment_inside_what_someone_said_stays_their_quote(nlp: Language) -> None:
    text = (
        "Prison plan for the moor.\n\n"
        "Osric Vell said the jail would be \u201ca disgrace\u201d to the moor."
    )
    found = quotes(nlp, text)
    assert any(q.speaker == "Osric Vell" and q.text == "a disgrace" for q in found)
