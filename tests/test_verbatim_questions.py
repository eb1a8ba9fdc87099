"""Quotation marks in a question ask for the words themselves (ask/verbatim.py): "who said
'X'" answers with whoever is quoted saying X, and with nobody when X stands in a story only as
a placard, a banner, a headline or the reporter's own words, instead of everything on the
topic the words share."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.verbatim import asked_words, load_verbatim, says
from tests.conftest import ask_json, said_in, stories_db

MARCH = """Marchers fill Oldbury square over library closure

Hundreds marched through Oldbury on Saturday against the closure of its library.

OLDBURY, 28 November 2026 - Hundreds marched through Oldbury on Saturday against the
closure of its library.

Many carried placards reading "Books Not Bulldozers" and a banner across the town hall said
"Hands Off Our Library".

"This library taught my children to read," said Teodora Lungu, 44, who organised the march.

Councillor Ravi Dhillon, the cabinet member for culture, said the council had no money left.
"We have kept it open for three years longer than we could afford," he said.

Lungu called the closure "a betrayal of every family in this town".
"""

FERRY = """Ferry timetable cut angers islanders

Islanders on Skarra say a winter timetable will leave them stranded.

SKARRA, 30 November 2026 - Islanders on Skarra say a winter timetable will leave them stranded.

"One boat a day is not a lifeline, it is a gamble," said Morag Sinclair, who runs the island shop.

The operator, Northsound Ferries, said the cut was "a temporary measure forced by fuel costs".
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("verbatim"), {"march": MARCH, "ferry": FERRY})


def _said(db: Path, question: str) -> list[tuple[str, str]]:
    return said_in(ask_json(db, question, "--limit", "0"))


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        ('who said "No Bus, No Village"', "No Bus, No Village"),
        ("who said 'we don't want it'?", "we don't want it"),  # the apostrophe stays inside
        ("who called the plan \u2018a false economy\u2019", "a false economy"),
        ('who described the closure as "a betrayal of families"', "a betrayal of families"),
        ("who said it was 'a gamble'", "a gamble"),
        ("did anyone use the words \u201cheart of the village\u201d", "heart of the village"),
    ],
)
def test_words_quoted_after_a_verb_of_saying_or_naming_are_a_remark(
    question: str, remark: str
) -> None:
    assert asked_words(question) == remark


@pytest.mark.parametrize(
    "question",
    [
        'what did the "Save Our Pool" campaign say',  # a name: no verb before it
        'who said what about "Keep Calderbrook Playing"',  # a topic: "about" just before it
        'who said the "Save Our Pool" campaign was wrong',  # a name: a determiner before it
        "who said 'no'",  # one word: not a remark
        "who said what about the library",  # no quotation marks
    ],
)
def test_names_topics_and_single_words_in_quotation_marks_are_not_a_remark(
    question: str,
) -> None:
    assert asked_words(question) is None


def test_a_remark_is_matched_with_its_punctuation_case_and_one_changed_word_aside() -> None:
    text = "We have kept it open for three years longer than we could afford."
    assert says(text, "three years longer than we could afford")
    assert says(text, "THREE YEARS, LONGER than we could afford")
    assert says(text, "three years longer than we can afford")  # remembered with a word changed
    assert not says(text, "we will never close a library")
    assert 0 < load_verbatim().near <= 100


def test_who_said_the_words_of_a_quote_names_its_speaker_only(db: Path) -> None:
    found = _said(db, 'who said "This library taught my children to read"')
    assert found == [("Teodora Lungu", "This library taught my children to read")]
    found = _said(db, "who said 'three years longer than we can afford'")
    assert {who for who, _ in found} == {"Ravi Dhillon"}
    assert all("three years longer" in words for _, words in found)


def test_words_on_a_placard_or_banner_were_said_by_nobody(db: Path) -> None:
    for question in (
        'who said "Books Not Bulldozers"',
        "who said \u2018Hands Off Our Library\u2019",
    ):
        answer = ask_json(db, question, "--limit", "0")
        assert answer["quotes"] == [], question
        assert "Nobody is quoted saying" in (answer["message"] or "")


def test_a_partial_quote_and_a_naming_verb_find_their_speakers(db: Path) -> None:
    found = _said(db, "who called the closure 'a betrayal of every family'")
    assert [who for who, _ in found] == ["Teodora Lungu"]
    found = _said(db, 'who said the cut was "a temporary measure"')
    assert {who for who, _ in found} == {"Northsound Ferries"}


def test_the_same_words_without_quotation_marks_are_still_a_topic(db: Path) -> None:
    speakers = {who for who, _ in _said(db, "who said what about the library closure")}
    assert {"Teodora Lungu", "Ravi Dhillon"} <= speakers
