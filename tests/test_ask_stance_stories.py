"""A speaker framed on a side of the topic in a story about it ("X welcomed the decision.")
answers "who welcomed ..." with their remarks there, though their quoted words never name the
topic (ask/stance_stories.py). Fictional stories of a river town, ingested through the CLI
and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance import Frame, toward
from ask.stance_lexicon import POSITIVE, load_stance
from ask.stance_stories import lead_about
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "ferry": (
        "Council pays for inspection of Wrenford ferry pontoon\n"
        "The crossing stays shut until engineers report.\n"
        "WRENFORD, 4 May - Wrenford Town Council will pay an engineer to inspect the ferry "
        "pontoon, after boatmen said the owner had overstated the damage.\n"
        "The council agreed on Monday to spend up to £8,000 on the work.\n"
        "Tamsin Rowlatt, who chairs the river users' association, welcomed the decision. "
        '"For once somebody listened to the people who row here every day," Rowlatt said. '
        '"We only ever wanted a fair look."\n'
        "The council's treasurer, Idris Penhale, said the money would come from reserves.\n"
    ),
    "regatta": (
        "Wrenford regatta draws record crowds\n"
        "Rowers came from four counties.\n"
        "WRENFORD, 6 May - More than three thousand people lined the river for the regatta.\n"
        "Osian Vell, the race secretary, welcomed the decision to move the start line. "
        '"It was a grand day," he said.\n'
    ),
}


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_stories"), STORIES)


def test_a_story_about_the_topic_in_its_lead_any_form_of_its_words() -> None:
    groups = [("council",), ("seeing",), ("report",)]
    title = "Minister saw the report, council told"
    assert lead_about(title, "Nothing here.", groups)
    assert not lead_about("Regatta draws crowds", "The council met.\nIt saw a report.", groups)
    two = [("kelby",), ("grant",)]  # of two concepts, both: not every story of a grant
    assert not lead_about("Studio granted a licence", "The town met.", two)
    assert lead_about("Kelby grant doubled", "", two)


def test_a_short_definite_object_refers_to_the_topic_of_its_story() -> None:
    lexicon = load_stance()
    frame = Frame((0, 30), "Jo Bell", POSITIVE, "the document", "the document")
    assert toward(frame, ["survey"], lexicon, anaphoric=True)
    assert not toward(frame, ["survey"], lexicon)
    named = Frame((0, 30), "Jo Bell", POSITIVE, "the Harbour Board", "the Harbour Board")
    assert not toward(named, ["survey"], lexicon, anaphoric=True)


def test_who_welcomed_finds_the_speaker_framed_in_the_story(ferry_db: Path) -> None:
    answer = ask_json(ferry_db, "who welcomed the council's decision to inspect the pontoon?")
    found = speakers_in(answer)
    assert "Tamsin Rowlatt" in found
    assert "Idris Penhale" not in found
    assert any("a fair look" in q["text"] for q in answer["quotes"])


def test_a_frame_in_a_story_about_something_else_does_not_answer(ferry_db: Path) -> None:
    answer = ask_json(ferry_db, "who welcomed the council's decision to inspect the pontoon?")
    assert "Osian Vell" not in speakers_in(answer)


def test_an_object_qualified_by_a_preposition_is_something_elses() -> None:
    frame = Frame((0, 40), "Jo Bell", POSITIVE, "the size", "the size of the car park")
    assert not toward(frame, ["survey"], load_stance(), anaphoric=True)


def test_a_side_taken_at_a_meeting_and_another_who_also_took_it(tmp_path: Path) -> None:
    story = (
        "Villagers fight plan to widen Brackley landfill\n"
        "The operator wants another twelve acres.\n"
        "BRACKLEY, 2 December - The operator of Brackley landfill wants to widen the tip by "
        "twelve acres towards the primary school.\n"
        "Nadia Okoro, who chairs the parish council, opposed the widening at a crowded "
        'meeting on Friday. "The lorries already shake our windows," she said.\n'
        "Piers Lamb, a farmer whose fields border the site, also objected. "
        '"Gulls have followed the tip onto my land for ten years," he said.\n'
        "The operator's site manager, Ewa Brandt, defended the plans. "
        '"We will plant a screen of trees," she said.\n'
        "County planning officer Tomas Reyes said the application would be decided in "
        "January.\n"
    )
    db = stories_db(tmp_path, {"brackley-landfill": story})
    speakers = speakers_in(ask_json(db, "who opposed the Brackley landfill plan?"))
    assert {"Nadia Okoro", "Piers Lamb"} <= speakers
    assert not speakers & {"Ewa Brandt", "Tomas Reyes"}  # the other side; no side


def test_a_source_described_by_the_side_they_take_takes_it(tmp_path: Path) -> None:
    story = (
        "Plan to pedestrianise Castle Street splits Orwick\n"
        "Cars would be banned from the high street from June.\n"
        "ORWICK, 1 December - A plan to close Castle Street to cars from June has divided "
        "shopkeepers in Orwick.\n"
        '"Half my customers drive in from the villages," one objector told a public meeting.\n'
        'A supporter of the scheme said: "Children could finally walk to school safely."\n'
        "Town clerk Ana Brill said the consultation would close on 18 December.\n"
    )
    db = stories_db(tmp_path, {"orwick-street": story})
    against = ask_json(db, "who opposed the Castle Street plan?")
    texts = " | ".join(q["text"] for q in against["quotes"])
    assert "Half my customers" in texts
    assert "walk to school" not in texts and "Ana Brill" not in speakers_in(against)
    backers = " | ".join(
        q["text"] for q in ask_json(db, "who backed the Castle Street plan?")["quotes"]
    )
    assert "walk to school" in backers and "Half my customers" not in backers


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("Councillor Ife Adaeze has made no secret of her support for the scheme.", "backed"),
        ("Councillor Ife Adaeze voiced her opposition to the scheme.", "opposed"),
    ],
)
def test_a_side_named_by_a_noun_after_its_holders_possessive(
    tmp_path: Path, sentence: str, side: str
) -> None:
    story = (
        "Orwick to close Castle Street to cars\n"
        "Cars would be banned from the high street from June.\n"
        "ORWICK, 1 December - A plan to close Castle Street to cars from June goes to a "
        "vote next week.\n"
        f'{sentence} "The town has talked about this for twenty years," she said.\n'
        "Town clerk Ana Brill said the consultation would close on 18 December.\n"
    )
    db = stories_db(tmp_path, {"orwick-street": story})
    asked = speakers_in(ask_json(db, f"who {side} the Castle Street scheme?"))
    assert asked == {"Ife Adaeze"}
    other = "opposed" if side == "backed" else "backed"
    assert "Ife Adaeze" not in speakers_in(ask_json(db, f"who {other} the Castle Street scheme?"))


@pytest.mark.parametrize(
    "frame",
    [
        "who has campaigned against the change for two years",
        "who first opposed the change in March",
        "who attacked the change on Friday",
    ],
)
def test_a_time_after_the_object_leaves_it_the_storys_subject(tmp_path: Path, frame: str) -> None:
    story = (
        "Orwick cottage hospital to close its beds\n"
        "The ward will shut for good in April.\n"
        "ORWICK, 1 December - The twelve beds at Orwick cottage hospital will close in "
        "April, the health board said.\n"
        '"Where will the old people of this valley go now?" said Dr Imre Kasza, a retired GP '
        f"{frame}.\n"
        "Board spokeswoman Lena Falk said the ward would become a clinic.\n"
    )
    db = stories_db(tmp_path, {"orwick-beds": story})
    assert speakers_in(ask_json(db, "who opposed the Orwick hospital closure?")) == {"Imre Kasza"}
