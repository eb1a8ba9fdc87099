"""A relative is not the voice of the person they are related to: "Mr Okonkwo's daughter,
Adaeze Okonkwo" is filed with him as her organisation, yet when she speaks later under
another title (for the family, as a campaigner) her words are still hers, not his."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ask_json, stories_db

# (the first story; the later one; the person only mentioned; the relative who speaks) -
# fictional, each a different kinship form, the relative speaking later under another title
KIN_STORIES = {
    "daughter": (
        "Inquiry opens into death of Obinna Okonkwo\n"
        "Obinna Okonkwo, 71, died after a fall at the Larchfield care home in May.\n\n"
        "Outside the hall, Mr Okonkwo's daughter, Adaeze Okonkwo, read a statement on "
        'behalf of the family.\n\n"He was frightened every night. Nobody came."',
        "The Larchfield inquiry closed on Friday.\n\nSpeaking for the family, Adaeze "
        'Okonkwo said: "We will go on asking why the alarm was switched off."',
        "Obinna Okonkwo",
        "Adaeze Okonkwo",
    ),
    "widow": (
        "Callum Drummond lost overboard off the point\n"
        "The fisherman Callum Drummond was lost overboard from the Morag Bell on Sunday.\n\n"
        "Callum Drummond, 44, had fished from the port for twenty years.\n\n"
        "At the quay, Mr Drummond's widow, Henrietta Drummond, said he had loved the sea.",
        "A fund for lost crews opened on Monday.\n\nHenrietta Drummond, the fund's chair, "
        'said: "No family should wait a week for help again."',
        "Callum Drummond",
        "Henrietta Drummond",
    ),
    "husband": (
        "Eszter Varga killed in ring road crash\n"
        "Eszter Varga, 39, a nurse, was killed when a lorry struck her car on the ring road.\n\n"
        "Ms Varga's husband, Laszlo Varga, told reporters the junction had been dangerous "
        "for years.",
        "Campaigners marched on the ring road on Saturday.\n\nLaszlo Varga, a road safety "
        'campaigner, said: "Nobody listens until someone dies."',
        "Eszter Varga",
        "Laszlo Varga",
    ),
    "son": (
        "Beatrix Achterberg, baker, dies at 88\n"
        "Beatrix Achterberg, the founder of a bakery in Wendlebury, died on Friday aged 88.\n\n"
        "Mrs Achterberg's son, Pieter Achterberg, said she had baked until her last week.",
        "The Wendlebury bakery reopened on Monday.\n\nPieter Achterberg, the bakery's "
        'manager, said: "The ovens will be lit at four, as she always had them."',
        "Beatrix Achterberg",
        "Pieter Achterberg",
    ),
    "brother": (
        "Search for Tomasz Wielgosz goes on\n"
        "Tomasz Wielgosz, 33, a climber, has been missing on Ben Corran since Tuesday.\n\n"
        "Mr Wielgosz's brother, Marek Wielgosz, said he was an experienced mountaineer.",
        "The search on Ben Corran was scaled back on Thursday.\n\nMarek Wielgosz, a "
        'spokesman for the family, said: "We are not giving up on him."',
        "Tomasz Wielgosz",
        "Marek Wielgosz",
    ),
}


@pytest.fixture(scope="module")
def kin_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional stories, ingested through the CLI (the real model)."""
    folder = tmp_path_factory.mktemp("kin")
    stories = {f"{name}-1": first for name, (first, _, _, _) in KIN_STORIES.items()}
    stories |= {f"{name}-2": later for name, (_, later, _, _) in KIN_STORIES.items()}
    return stories_db(folder, stories)


def speakers(db: Path, question: str) -> set[str]:
    answer: dict[str, Any] = ask_json(db, question, "--limit", "0")
    return {q["speaker"] for q in answer["quotes"]}


@pytest.mark.parametrize("form", sorted(KIN_STORIES))
def test_a_relatives_words_are_not_the_persons_they_are_related_to(kin_db: Path, form: str) -> None:
    _, _, mentioned, relative = KIN_STORIES[form]
    assert relative not in speakers(kin_db, f"what did {mentioned} say?")
    assert speakers(kin_db, f"what did {relative} say?") == {relative}
