"""A person heard from ("The committee also heard from Cllr Ngozi Ekwueme, a former
midwife") whose given name the name data does not know is still the "she" who speaks next:
the story's title for them shows a person, not a place (extract/place_objects.py). Fictional
story, ingested and asked through the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, story_db

STORY = (
    "Maternity unit closure defended at scrutiny hearing\n\n"
    "Dunmore's midwife-led unit will stay shut, health chiefs told councillors.\n\n"
    "Dr Luca Bellini, the trust's medical director, rejected the charge.\n\n"
    '"I understand the anger in this room," Dr Bellini said. "But I will not sign off a '
    'rota that puts mothers in danger."\n\n'
    "The committee also heard from Cllr Ngozi Ekwueme, a former midwife who worked at the "
    "unit for 19 years. She said the trust's review had been written without a single "
    "midwife in the room.\n\n"
    '"I trained half of the midwives who left," she said. "They left because they were '
    'exhausted."\n'
)


def test_she_is_the_titled_person_heard_from(tmp_path: Path) -> None:
    db = story_db(tmp_path, "hearing", STORY)
    answer = ask_json(db, "what did Ngozi Ekwueme say?")
    assert any("trained half of the midwives" in q["text"] for q in answer["quotes"])
    bellini = ask_json(db, "what did Dr Bellini say?")
    assert not any("trained half" in q["text"] for q in bellini["quotes"])
    assert "Luca Bellini" in speakers_in(bellini)
