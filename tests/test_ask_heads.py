"""People and bodies asked for in a reporter's words, not the story's: "the head of the
wildlife trust" and "the landfill boss" are whoever leads the body (offices.json
"generic_heads", tried as each of "top_titles" in order: the chief executive before the
chair); "the housebuilder" is a body whose name ends in "Homes" (org_kinds.json
"name_heads"); "the ice cream shop owner" is the owner of the ice-cream parlour
(descriptions.json "same"). Fictional stories, ingested through the CLI and asked through
`newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.titles import head_forms
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "beavers": (
        "Beavers released on Wendle Marsh\n"
        "Two families of beavers have been let go on the nature reserve.\n"
        "WENDLE, 20 November - Two families of beavers have been released on Wendle Marsh "
        "by the Orrin Valley Wildlife Trust.\n"
        '"This is a day a lot of people thought they would never see," said Dr Imogen '
        "Ashcroft, the trust's chief executive.\n"
        "The trust's chair, Colin Marsh, said volunteers would watch the dams every week.\n"
    ),
    "landfill": (
        "Landfill smell complaints double\n"
        "Residents say the smell from Hollow Lane is worse than ever.\n"
        "HOLLOW LANE, 1 December - Complaints about the smell from Hollow Lane landfill have "
        "doubled since the summer.\n"
        "Rhodri Vaughan, managing director of Greystone Waste, said new covers would be laid "
        'by Christmas. "We know it has been a bad autumn," he said.\n'
    ),
    "stadium": (
        "Greyhound track could become 340 homes\n"
        "A planning note names a housebuilder as the applicant.\n"
        "RAVENSMOOR, 2 December - A planning note names Ashdown Homes as the applicant for "
        "340 homes on the stadium site.\n"
        'Ashdown Homes said in a statement that it did not comment on "speculative '
        'discussions about land it does not own".\n'
        "Lucia Moretti, owner of the Moretti ice-cream parlour, said the traffic would keep "
        "her customers away.\n"
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("heads"), STORIES)


@pytest.mark.parametrize(
    "question",
    ["what did the head of the wildlife trust say?", "what did the wildlife trust boss say?"],
)
def test_a_bodys_head_is_its_chief_executive_first(store: Path, question: str) -> None:
    speakers = speakers_in(ask_json(store, question))
    assert "Imogen Ashcroft" in speakers
    assert "Colin Marsh" not in speakers  # the chair leads only where no chief executive does


def test_a_firms_boss_is_its_managing_director(store: Path) -> None:
    assert speakers_in(ask_json(store, "what did the landfill boss say?")) == {"Rhodri Vaughan"}


def test_the_housebuilder_is_the_body_named_homes(store: Path) -> None:
    assert speakers_in(ask_json(store, "what did the housebuilder say?")) == {"Ashdown Homes"}


def test_a_shop_owner_is_the_owner_of_a_parlour(store: Path) -> None:
    answer = ask_json(store, "what did the ice cream shop owner say?")
    assert speakers_in(answer) == {"Lucia Moretti"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("head of the wildlife trust", "chief executive of the wildlife trust"),
        ("landfill boss", "landfill chief executive"),
        ("head coach", None),  # a title of its own
        ("head", None),  # asked alone: the headteacher
    ],
)
def test_head_forms(text: str, first: str | None) -> None:
    forms = head_forms(text)
    assert (forms[0] if forms else None) == first


def test_a_typo_is_never_a_word_more_or_less(tmp_path: Path) -> None:
    """ "the hallowby mp" is no misspelling of Hallowby (a body of the stories): with no MP
    quoted, nobody answers (a typo is within a word: "Rhodri Vaughen" is Rhodri Vaughan)."""
    db = stories_db(
        tmp_path,
        {
            "lights": "Hallowby lights switched on\nThe display is back.\n"
            'Hallowby said in a statement: "The lights will stay until January."\n'
            "Hallowby's MP, Anita Sorensen, attended but did not speak.\n"
            'Rhodri Vaughan, the electrician, said: "It took two days."\n',
        },
    )
    assert ask_json(db, "has the hallowby mp commented on the lights?")["quotes"] == []
    typo = ask_json(db, "what did Rhodri Vaughen say?")
    assert speakers_in(typo) == {"Rhodri Vaughan"}


def test_a_titled_headteacher_is_asked_before_a_head_of_a_business(tmp_path: Path) -> None:
    """ "the headteacher": the school's Headteacher, not the pharmacist who "runs" the
    pharmacy (a Head by that verb) in a later story; a Head is a headteacher only where no
    story titles one so."""
    db = stories_db(
        tmp_path,
        {
            "quarry": (
                "Quarry plan alarms Kelbrook school\n"
                "A quarry could move closer to the village school.\n"
                "KELBROOK, 20 November - The headteacher of Kelbrook Primary School, Chidinma "
                'Eze, said: "We have 164 children here, some of them with asthma."\n'
            ),
            "pharmacy": (
                "Pharmacy to host GP clinic\n"
                "A village pharmacy will host a weekly clinic.\n"
                "ASHCOMBE, 4 December - Bartosz Kowalczyk, who runs Ashcombe Pharmacy, said: "
                '"Half of my prescriptions come from the surgery next door."\n'
            ),
        },
    )
    assert speakers_in(ask_json(db, "what did the headteacher say?")) == {"Chidinma Eze"}
