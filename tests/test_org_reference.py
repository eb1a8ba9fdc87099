"""Which organisation "the group's chair" or "the union's general secretary" speaks for
(fictional stories): the one the story was just about, named or described as that kind ("the
residents' charity Ostrey Flats Aid" is a group), not an earlier one whose name merely holds
the word ("Ostrey Living Group"); a description only reaches as far as its kind ("the
campaign group Fair Wards Now" is no union)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, normalise, speaker_orgs, story_db

LIFTS = (
    "Flats survey finds broken lifts\n\n"
    "BRAMWICK, 3 March \u2013 One in three lifts run by the landlord Ostrey Living Group were "
    "out of order last month, according to a count by the residents' charity Ostrey Flats "
    "Aid.\n\n"
    "The group's secretary, Mireille Dunstan, said older residents had been trapped indoors. "
    '"Some of us have not been outside for a fortnight," she said.\n\n'
    "Ostrey Living Group said engineers would visit every block this week.\n"
)

NURSES = (
    "Members of the Harlow Valley Nurses' Union voted to strike on Friday, with support from "
    "the campaign group Fair Wards Now.\n\n"
    "The union's general secretary, Odile Pemberton, said nobody took the step lightly.\n"
)


def test_the_group_is_the_one_just_described_not_the_one_named_group(nlp: Language) -> None:
    assert speaker_orgs(nlp, LIFTS)["Mireille Dunstan"] == "Ostrey Flats Aid"


def test_a_broader_description_is_not_the_narrower_noun(nlp: Language) -> None:
    assert speaker_orgs(nlp, NURSES)["Odile Pemberton"] == "Harlow Valley Nurses' Union"


@pytest.fixture(scope="module")
def lifts_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("lifts"), "lifts", LIFTS)


def test_the_chair_answers_for_the_residents_not_the_landlord(lifts_db: Path) -> None:
    ours = ask_json(lifts_db, "what has Ostrey Flats Aid said?", "--limit", "0")["quotes"]
    assert any("not been outside for a fortnight" in normalise(q["text"]) for q in ours)
    theirs = ask_json(lifts_db, "what did Ostrey Living Group say?", "--limit", "0")["quotes"]
    assert not any("not been outside" in normalise(q["text"]) for q in theirs)
    assert any("engineers would visit" in normalise(q["text"]) for q in theirs)


LEAKS = (
    "Regulator to examine Calvex leaks\n\n"
    "PENMORE, 4 May \u2013 The Water Services Commission said on Monday it would examine "
    "whether Calvex Utilities had missed its leak targets for a third year.\n\n"
    "Households lost supply 40 times last winter. The regulator said it would publish its "
    "findings in the autumn.\n\n"
    "Calvex Utilities said it had replaced 90 miles of pipe. The company said leaks were falling.\n"
)


def _speakers(nlp: Language, text: str) -> dict[str, str | None]:
    return {normalise(q.text): q.speaker for q in extract_doc(nlp(text)).quotes}


def test_the_regulator_is_the_body_that_spoke_not_the_firm_it_spoke_of(nlp: Language) -> None:
    said = _speakers(nlp, LEAKS)
    regulator = [s for text, s in said.items() if "publish its findings" in text]
    assert regulator == ["Water Services Commission"]


def test_a_firm_that_spoke_itself_is_still_the_company(nlp: Language) -> None:
    said = _speakers(nlp, LEAKS)
    company = [s for text, s in said.items() if "leaks were falling" in text]
    assert company == ["Calvex Utilities"]


@pytest.fixture(scope="module")
def leaks_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("leaks"), "leaks", LEAKS)


def test_asking_for_the_regulator_gets_the_commission_not_the_firm(leaks_db: Path) -> None:
    quotes = ask_json(leaks_db, "what did the regulator say about Calvex", "--limit", "0")["quotes"]
    texts = [normalise(q["text"]) for q in quotes]
    assert any("publish its findings" in t for t in texts)
    assert not any("leaks were falling" in t for t in texts)
