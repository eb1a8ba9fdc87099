"""A topic of several concepts answered by a quote and its story together: the quote names
some concepts ("the delays"), the story is about the rest (its headline: lifeboats), so the
quote is about "lifeboat delays" although no sentence names both; the speaker's remark in the
next paragraph goes on with it. A story that names the other concept only in passing lends
nothing. Fictional stories of a harbour town, ingested through the CLI and asked through
`newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ask_json, stories_db

STORIES = {
    "lifeboats": (
        "Porthaven lifeboats slower to launch, figures show\n"
        "Crews took twice as long to get to sea in April.\n"
        "PORTHAVEN, 4 May - Lifeboats from Porthaven took an average of 40 minutes to launch "
        "in April, twice the station's target, figures published on Friday show.\n"
        "The station launched 14 times during the month, most often to yachts in the bay.\n"
        "Its coxswain, Gethin Marrow, said the delays came from a broken slipway winch.\n"
        '"A boat stuck on the slipway is no use to anyone at sea," he said. "My crew hate '
        'standing about."\n'
        "Boatyard owner Senna Quayle said a new winch had been ordered in March.\n"
        'Visitor Lotte Brand said: "The harbour looks lovely in the spring."\n'
    ),
    "roadworks": (
        "Coast road roadworks to last until June\n"
        "Drivers face a single lane past the harbour.\n"
        "PORTHAVEN, 5 May - Roadworks on the coast road will last until June, the county "
        "council said on Monday.\n"
        "The work will replace a collapsed drain under the carriageway.\n"
        'Shopkeeper Ailsa Penrose said: "These delays are costing us trade every single day."\n'
        "The lifeboat station's car park will stay open throughout.\n"
    ),
}


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("partial-topics"), STORIES)


def said(answer: dict[str, Any]) -> dict[str, str]:
    return {q["text"]: q["speaker"] for q in answer["quotes"]}


def test_a_quote_names_one_concept_its_story_is_about_the_other(harbour_db: Path) -> None:
    answer = ask_json(harbour_db, "who said what about lifeboat delays", "--limit", "0")
    found = said(answer)
    assert any("broken slipway winch" in t for t in found)  # "the delays": the quote's words
    assert any("stuck on the slipway" in t for t in found)  # his remark goes on with it
    assert set(found.values()) == {"Gethin Marrow"}  # not the boatyard, not the visitor


def test_a_story_naming_the_other_concept_in_passing_lends_nothing(harbour_db: Path) -> None:
    answer = ask_json(harbour_db, "who said what about lifeboat delays", "--limit", "0")
    assert "Ailsa Penrose" not in set(said(answer).values())  # roadworks delays
    roads = ask_json(harbour_db, "who said what about roadworks delays", "--limit", "0")
    assert "Ailsa Penrose" in set(said(roads).values())
