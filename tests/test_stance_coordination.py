"""A stance verb joined to an earlier one by "and" or "but" shares its subject
(ask/stance_coordination.py): "X welcomed the refunds but criticised the cuts" makes X a
critic of the cuts, so "who criticised the cuts" answers X and not the manager defending them."""

from __future__ import annotations

from pathlib import Path

from ask.stance import frames
from tests.conftest import ask_json, normalise, story_db

_STORY = (
    "Ferry operator trims winter sailings\n"
    "Skerrow Ferries will cut its late sailings from January.\n"
    "Skerrow Ferries will cut its late sailings from January, the operator said on Monday.\n"
    "\u201cA smaller timetable is a reliable timetable,\u201d said Hamish Oyelaran, the "
    "operator's general manager. \u201cThe late boats ran half empty.\u201d\n"
    "Morag Vasquez-Tait, chair of the Skerrow Islanders' Forum, welcomed the new fares but "
    "criticised the cuts to late sailings. \u201cNurses on the night shift will be stranded,\u201d "
    "she said.\n"
)


def test_a_coordinated_verb_has_the_first_verbs_subject() -> None:
    found = frames("Ana Lind welcomed the fares but criticised the cuts.")
    assert [(f.subject, f.stance) for f in found] == [
        ("Ana Lind", "positive"),
        ("Ana Lind", "negative"),
    ]


def test_an_adverb_between_the_conjunction_and_the_verb_keeps_the_subject() -> None:
    found = frames("The union condemned the plan and also rejected the offer.")
    assert {f.subject for f in found} == {"The union"}


def test_who_criticised_answers_the_coordinated_critic(tmp_path: Path) -> None:
    db = story_db(tmp_path, "ferry", _STORY)
    answer = ask_json(db, "who criticised the cuts to late sailings")
    speakers = {q["speaker"] for q in answer["quotes"]}
    assert "Morag Vasquez-Tait" in speakers
    assert "Hamish Oyelaran" not in speakers
    assert any("will be stranded" in normalise(q["text"]) for q in answer["quotes"])
