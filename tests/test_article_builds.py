"""How real papers build and phrase articles (bench/tuneset4's kinds), on fictional text: who a
person speaks for and what post they hold when the article says it in other ways than
"X, the Y of Z" -- a rank before the name and the post after it, a post taken "as", a remit
after "for", "its chief executive", "the club chairman", a firm's "&" name, a short form
("RFC"); the words told to an inquest; an exchange after "he replied" credited to the
witness; and a waiting-list story found by its other words (tests/data/article_builds/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import DATA, ask_json, ingested

ARTICLES = DATA / "article_builds" / "articles"


def described(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each named speaker's (title, organisation), as extracted from the text."""
    return {
        q.speaker: (q.speaker_title, q.speaker_org)
        for q in extract_doc(nlp(text)).quotes
        if q.speaker
    }


def test_a_rank_before_the_name_gives_way_to_the_post_after_it(nlp: Language) -> None:
    text = (
        "The Morlaix Harbour Board met on Tuesday. Commander Idris Kestle, the harbour master, "
        "said the channel would be closed for a week."
    )
    title, org = described(nlp, text)["Idris Kestle"]
    assert title == "Harbour master"
    assert org == "Morlaix Harbour Board"


def test_a_post_taken_as_is_the_title(nlp: Language) -> None:
    text = (
        "Scrum coach Ifan Bellamy will take over as interim head coach. The interim head "
        "coach said he would name his squad next week."
    )
    found = extract_doc(nlp(text)).quotes
    assert {q.speaker for q in found} == {"Ifan Bellamy"}
    assert found[0].speaker_title == "Interim head coach"


def test_a_remit_after_for_stays_in_the_title(nlp: Language) -> None:
    text = "Cllr Rhodri Vance, the cabinet member for housing, said rents would rise."
    assert described(nlp, text)["Rhodri Vance"][0] == "Cabinet member for housing"


def test_its_chief_executive_works_for_the_organisation_not_the_area(nlp: Language) -> None:
    text = (
        "Selwood Learning Trust, which runs six schools across the Hexley area, said the "
        "sixth form would close. Its chief executive, Dr Amara Blaine, said only 40 students "
        "had enrolled."
    )
    assert described(nlp, text)["Amara Blaine"] == ("Chief executive", "Selwood Learning Trust")


def test_who_chairs_an_organisations_board_speaks_for_the_organisation(nlp: Language) -> None:
    # people_words.json org_parts: "board" stands for the whole.
    text = (
        'The Carrick Ferry Authority raised its fares on Monday. "Nobody likes it," said '
        "Elin Maddox, who chairs the authority's board."
    )
    assert described(nlp, text)["Elin Maddox"] == ("Chair", "Carrick Ferry Authority")


def test_a_club_named_by_its_short_form_is_the_club_its_chairman_speaks_for(
    nlp: Language,
) -> None:
    text = (
        "Dunmere RFC were relegated on Saturday. Alun Garth, the club chairman, said the "
        "board would meet on Monday. The club said in a statement that prices would be frozen."
    )
    found = extract_doc(nlp(text)).quotes
    assert {(q.speaker, q.speaker_org) for q in found} == {
        ("Alun Garth", "Dunmere RFC"),
        ("Dunmere RFC", "Dunmere RFC"),
    }


def test_what_an_inquest_was_told_is_the_clause_not_the_inquest(nlp: Language) -> None:
    text = "Dr Marit Holm told the inquest that the man had died from the cold."
    (quote,) = extract_doc(nlp(text)).quotes
    assert quote.text == "the man had died from the cold"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The Rev Tobias Adebanjo told the meeting the wardens often knew about people "
            "in crisis before anyone else did.",
            "the wardens often knew about people in crisis",
        ),
        ("Maya Orrin reminded the audience she had paid for the hall herself.", "she had paid"),
    ],
)
def test_a_clause_told_without_that_is_not_the_addressees(
    nlp: Language, text: str, told: str
) -> None:
    # parsed as a relative clause on "the meeting", though nothing in it is missing
    (quote,) = extract_doc(nlp(text)).quotes
    assert quote.text.startswith(told)


def test_whom_words_were_told_to_is_never_their_speaker(nlp: Language) -> None:
    # the parse loses the cue's subject behind a long relative clause; the paper after
    # "told" is whom it was told, not a speaker standing after the cue
    text = (
        "The petition was started by the poet Anselm Kirabo.\n\n"
        "Kirabo, who grew up in Wexcombe and says he learned to read at a desk in its "
        'reading room, told the Gazette the council was "throwing away a century of '
        'goodwill".\n'
    )
    told = [q for q in extract_doc(nlp(text)).quotes if "century of goodwill" in q.text]
    assert told and {q.speaker for q in told} == {"Anselm Kirabo"}


@pytest.mark.parametrize(
    "text",
    [
        "Ms Vey offered no proof that the mayor had a role in the deal.",
        "Mr Orme tells so many stories that nobody believes him any more.",
    ],
)
def test_a_clause_that_belongs_to_the_object_stays_with_it(nlp: Language, text: str) -> None:
    # Only cues whose object is the addressee (data/cues.json addressee_verbs) lend it.
    found = extract_doc(nlp(text)).quotes
    assert found and all(" that " in q.text for q in found)


def test_an_exchange_after_a_witness_replied_is_the_witness(nlp: Language) -> None:
    text = (
        "The coroner, Judith Carrow, opened the hearing on Monday.\n\n"
        "The lock keeper, Owain Prys, gave evidence. Asked whether the gate had been "
        'checked, he replied: "It had not."\n\n'
        "Q: Why not?\n\nA: We were two staff short that week."
    )
    found = extract_doc(nlp(text)).quotes
    answer = next(q for q in found if "two staff short" in q.text)
    assert answer.speaker == "Owain Prys"


@pytest.fixture(scope="module")
def builds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("builds") / "b.db", ARTICLES)


def _speakers(answer: dict[str, Any]) -> set[str]:
    return {q["speaker"] for q in answer["quotes"]}


def test_a_firm_with_an_ampersand_answers_with_its_statement_and_its_chief(
    builds_db: Path,
) -> None:
    answer = ask_json(builds_db, "what has Garnett & Lisle said?")
    assert _speakers(answer) == {"Garnett & Lisle", "Petra Wilmot"}
    assert any("saddest day" in q["text"] for q in answer["quotes"])


def test_hospital_waiting_lists_find_a_story_about_waits(builds_db: Path) -> None:
    # ask/data/topics.json: waiting list, waiting times, backlog ... are one family.
    answer = ask_json(builds_db, "who said what about hospital waiting lists?")
    assert "Osian Pryderi" in _speakers(answer)


def test_what_a_witness_told_the_inquest_is_a_question_about_them(builds_db: Path) -> None:
    answer = ask_json(builds_db, "what did Dr Pryderi tell the committee?")
    assert _speakers(answer) == {"Osian Pryderi"}
