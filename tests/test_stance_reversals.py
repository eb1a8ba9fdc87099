"""A story headed on a reversal of the topic ("Councillors reject phone mast"): delight
there is about the refusal, so against the mast; a headline where the topic's owner
rejects a charge ("Firm rejects claims ...") turns nothing. (Fictional names.)"""

from __future__ import annotations

from pathlib import Path

from ask.stance_reversals import reversed_stories
from tests.conftest import ask_json, speakers_in, story_db


def test_which_headlines_reverse_the_topic() -> None:
    titles = {
        1: "Councillors reject phone mast next to Wexley church",
        2: "Wexley mast refused after campaign",
        3: "Phone firm rejects claims over Wexley mast",
        4: "Mast decision delayed until spring",
        5: "Plans lodged for phone mast in Wexley",
    }
    assert reversed_stories(titles, ["mast"]) == {1, 2}
    assert reversed_stories(titles, ["mast", "refusal", "refused"]) == set()  # named


def test_delight_at_a_refusal_is_against_the_thing_refused(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "mast",
        "Councillors reject phone mast next to Wexley church\n\n"
        "Wexley's planning committee has refused a 20-metre phone mast beside St Oswin's "
        "church.\n\n"
        'Campaigner Ottoline Fray said she was "absolutely delighted".\n',
    )
    answer = ask_json(db, "who opposed the phone mast?")
    assert "Ottoline Fray" in speakers_in(answer), answer
    answer = ask_json(db, "who backed the phone mast?")
    assert "Ottoline Fray" not in speakers_in(answer), answer
