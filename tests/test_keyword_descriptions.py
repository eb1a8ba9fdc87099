"""A keyword question that names a speaker by description, in a hurry ("chess coach
quotes?", "rowing club's coach statement", "parents' group on the phone policy"): read as
"what did the chess coach say?" would be, not as a search for the words "chess" and
"coach" in everyone's remarks. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, speakers_in, stories_db

STORY = (
    "Lowfield schoolboy, 11, wins national chess title\n\n"
    "LOWFIELD, 1 December 2026 - An eleven-year-old from Lowfield has won the national "
    "under-12 chess championship.\n\n"
    'Idris Okoye beat the top seed in the final round. "I saw the trap three moves '
    'early," he said.\n\n'
    "He learned the game at a free Saturday club run by volunteer coach Marta Zielinska. "
    'Mrs Zielinska said he had trained every night since the summer. "He would sit on '
    'the bus home replaying the games," '
    "she said.\n\n"
    "The parents' group at Lowfield Primary said it would hold a party for him on "
    "Friday.\n"
)


def test_a_described_speaker_with_a_word_for_what_they_said(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"chess": STORY})
    answer = ask_json(db, "chess coach quotes?", "--limit", "0")
    assert speakers_in(answer) == {"Marta Zielinska"}, answer
    assert answer["intent"] == "what_did_x_say", answer
