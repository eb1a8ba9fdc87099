"""An infinitive stance verb under a verb of committing or acting is its subject's side ("she
had written to the county to oppose the cut", "Parents plan to challenge it"), under any
other verb no side ("refused to back it"): ask/stance_purposes.py, ask/data/stance.json
"purposes". Fictional stories, asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance import frames
from tests.conftest import ask_json, speakers_in, stories_db

STORY = (
    "County scraps Ashgill school bus\n"
    "Pupils from Ashgill will lose their school bus in April.\n"
    "ASHGILL, 2 March - Wenmoor County Council will end the Ashgill school bus in April to "
    "save 90,000 pounds a year.\n"
    "Rosa Ilunga, the headteacher of Ashgill Primary, said she had written to the county to "
    'oppose the cut. "Our youngest pupils would walk two miles on a road with no pavement," '
    "she said.\n"
    "Cabinet member Piers Holloway said the route carried eleven pupils a day.\n"
    "Kwame Boateng, a driver on the route for nine years, said the children were always on "
    "time.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("purposes"), {"bus": STORY})


def test_written_to_oppose_takes_the_side(db: Path) -> None:
    found = speakers_in(ask_json(db, "who opposed scrapping the Ashgill school bus?"))
    assert "Rosa Ilunga" in found
    assert "Kwame Boateng" not in found and "Piers Holloway" not in found


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Parents plan to challenge the ruling in court.", "negative"),
        ("The union vowed to oppose the deal.", "negative"),
        ("The council refused to back the plan.", None),
        ("The union is expected to oppose the deal.", None),
    ],
)
def test_only_a_verb_of_committing_makes_an_infinitive_a_side(
    sentence: str, side: str | None
) -> None:
    found = frames(sentence)
    assert (found[0].stance if found else None) == side
