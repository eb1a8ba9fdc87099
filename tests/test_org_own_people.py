"""An organisation answers with its own statements and its own people, never another's.

Over a fictional story about quarry lorries, a union, a campaign, a cycling group, an
opposition group and a school, each asked for as a reporter would:

- a person is the organisation's whose name the article ties to them: "Its secretary, X"
  after "Hollybank Cyclists, a cycling group, said" is the cycling group's, not the campaign
  named before it; "Its leader, Cllr X" after "The opposition Green group said" is the
  group's (a party's name before an organisation noun names an organisation);
- "who has been head teacher there" is the organisation the story was last about;
- "the cycling group" finds the organisation the article introduced as "a cycling group";
- "the Keep Elm Lane Quiet campaign" finds the campaign filed as "Keep Elm Lane Quiet",
  also asked as "<organisation> - what have they said?";
- "NUQW quotes on the lorries" is the union's, by its acronym, on the topic;
- parents at a school speak for themselves, not for the school.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.intents import WHAT_DID_X_SAY, parse_question
from tests.conftest import ask_json, normalise, said_by, story_db

STORY = (
    "Quarry lorries to use Elm Lane from March\n\n"
    "Dunmore Aggregates said it would route its lorries through Elm Lane from March.\n\n"
    "Gwen Arliss, regional officer of the National Union of Quarry Workers (NUQW), said the "
    "lorries would need extra drivers.\n\n"
    "Residents formed the Keep Elm Lane Quiet campaign last year. Patrick Voyle of the Keep "
    'Elm Lane Quiet campaign said: "Forty lorries a day will shake these cottages apart."\n\n'
    "Hollybank Cyclists, a cycling group, said the lane had no pavement. Its secretary, "
    'Imelda Crane, said: "Somebody will be hurt on that bend."\n\n'
    "The opposition Green group said the county should refuse the plan. Its leader, Cllr "
    'Rowan Teague, said: "The quarry can pay for a proper road."\n\n'
    "Fernley Juniors, the village school, stands halfway along the lane. Dorothy Pinsent, who "
    'has been head teacher there for six years, said: "We walk the children to church along '
    'that lane."\n\n'
    "Some parents at Fernley Juniors said they would keep their children at home.\n"
)


@pytest.fixture(scope="module")
def lane_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("lane"), "lane", STORY)


def _asked(db: Path, question: str) -> tuple[str, set[str]]:
    quotes = ask_json(db, question, "--limit", "0")["quotes"] or []
    return " | ".join(normalise(q["text"]) for q in quotes), {q["speaker"] for q in quotes}


def test_its_secretary_is_the_group_named_just_before(lane_db: Path) -> None:
    said, speakers = _asked(lane_db, "has the cycling group said anything about the lane?")
    assert "no pavement" in said and "Imelda Crane" in speakers
    assert "Patrick Voyle" not in speakers
    campaign, _ = said_by(lane_db, "the Keep Elm Lane Quiet campaign")
    assert "shake these cottages" in campaign and "hurt on that bend" not in campaign


def test_an_opposition_groups_leader_speaks_for_the_group(lane_db: Path) -> None:
    said, speakers = said_by(lane_db, "the Green group")
    assert "refuse the plan" in said and "Rowan Teague" in speakers
    firm, firm_speakers = said_by(lane_db, "Dunmore Aggregates")
    assert "route its lorries" in firm and "Rowan Teague" not in firm_speakers


def test_head_teacher_there_speaks_for_the_school_not_its_parents(lane_db: Path) -> None:
    said, speakers = said_by(lane_db, "Fernley Juniors")
    assert "walk the children" in said and "Dorothy Pinsent" in speakers
    assert "keep their children at home" not in said


def test_an_organisation_then_what_have_they_said(lane_db: Path) -> None:
    said, speakers = _asked(lane_db, "Keep Elm Lane Quiet campaign - what have they said?")
    assert "shake these cottages" in said
    assert speakers == {"Patrick Voyle"}


def test_an_acronym_in_a_keyword_question_is_the_organisation(lane_db: Path) -> None:
    said, speakers = _asked(lane_db, "NUQW quotes on the lorries")
    assert "extra drivers" in said
    assert speakers == {"Gwen Arliss"}, said


@pytest.mark.parametrize(
    "text, speaker, topic",
    [
        ("Elm Rail Users - what have they said?", "elm rail users", None),
        ("Halden: what did she say about the bridge?", "halden", "the bridge"),
    ],
)
def test_a_speaker_then_what_did_they_say(text: str, speaker: str, topic: str | None) -> None:
    query = parse_question(text, tz="UTC")
    assert (query.intent, query.speaker, query.topic) == (WHAT_DID_X_SAY, speaker, topic)
