"""A body's stance is its officer's: "The friends' association welcomed the decision.
'...,' said its secretary, X." and "the drivers' union rejected the deal" with the union's
organiser quoted paragraphs later; an object headed by an attribute of the story's subject
("criticised the amounts") is about the topic, unless an "of" phrase gives it to something
else ("the size of the car park"). Fictional stories, ingested through the CLI and asked
through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "library": (
        "Council keeps Brackley library open\n"
        "The branch had been due to shut in April.\n"
        "BRACKLEY, 4 March - Brackley council reversed its plan to close the town library "
        "on Wednesday.\n"
        "Council leader Simon Oakes said the library would stay open on four days a week. "
        '"We listened to the town," he said.\n'
        "The library friends' association welcomed the announcement. "
        '"We collected four thousand signatures for this," said its secretary, Mabel Quint. '
        '"We will keep watching the opening hours."\n'
        "Harold Pym, a retired teacher, also welcomed the announcement. "
        '"I use it every week," he said.\n'
        "Councillor Rhys Tandy criticised the announcement, saying the hours were too short. "
        '"Four days is not a library service," he said.\n'
    ),
    "quarry": (
        "Drivers' union rejects Tarnstone quarry deal\n"
        "The company offered a bonus to end the dispute.\n"
        "TARNSTONE, 9 May - Tarnstone Quarries offered its drivers a bonus of 900 pounds "
        "on Monday, but the drivers' union rejected the quarry deal because it does not "
        "restore the night shift.\n"
        "Lorcan Hale, chief executive of Tarnstone Quarries, announced the offer after talks. "
        '"This is a fair offer and it is on the table today," Hale said.\n'
        "Under the deal, drivers would also get two extra days of leave.\n"
        "Petra Vance, regional organiser of the Quarry Drivers' Union, said the offer was "
        '"a bonus in place of a job".\n'
        '"Our members want the night shift back," she said.\n'
    ),
    "grants": (
        "Council to pay flood grants to Ashby households\n"
        "Residents flooded in October will get money before Christmas.\n"
        "ASHBY, 2 December - Ashby council will pay up to 200 pounds to every household "
        "flooded in October under a new flood grant scheme, it said on Tuesday.\n"
        "Council leader Miriam Dorsey said the flood grant scheme was simple to claim. "
        '"One form and the money is in your account," she said.\n'
        "But Gwen Roper of the Ashby Residents Forum criticised the amounts as far too "
        'small. "Two hundred pounds does not buy a new carpet," she said.\n'
        "Dafydd Crane, who runs the leisure centre, criticised the size of the car park, "
        'saying it flooded first. "We lose every space when the river rises," he said.\n'
    ),
    "night buses": (
        "Night buses saved in Corbridge\n"
        "Corbridge council kept the night bus routes after a review.\n"
        "CORBRIDGE, 3 March - Corbridge council decided on Tuesday to keep its night buses.\n"
        "The Corbridge Drivers' Guild welcomed the decision but said it would keep "
        'campaigning for more routes. "This is a pause, not a victory," said Ines Duarte, the '
        "guild's branch secretary.\n"
        "Tomasz Field, who rides the last bus home from his shift, said the buses were always "
        "late.\n"
    ),
}


@pytest.fixture(scope="module")
def officers_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the three stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_officers"), STORIES)


def test_a_bodys_welcome_is_its_secretarys_named_after_the_quote(officers_db: Path) -> None:
    found = speakers_in(ask_json(officers_db, "who welcomed the library announcement?"))
    assert "Mabel Quint" in found  # "... ,' said its secretary, Mabel Quint."
    assert "Harold Pym" in found
    assert "Rhys Tandy" not in found and "Simon Oakes" not in found


def test_a_unions_rejection_is_its_organisers(officers_db: Path) -> None:
    found = speakers_in(ask_json(officers_db, "who rejected the quarry deal?"))
    assert "Petra Vance" in found  # regional organiser of the union, paragraphs later
    assert "Lorcan Hale" not in found


def test_an_attribute_of_the_topic_is_the_topic(officers_db: Path) -> None:
    found = speakers_in(ask_json(officers_db, "who criticised the flood grant scheme?"))
    assert "Gwen Roper" in found  # "criticised the amounts"
    assert "Miriam Dorsey" not in found
    assert "Dafydd Crane" not in found  # "the size of the car park": something else's


def test_a_bodys_welcome_is_its_officers_named_by_the_bodys_noun(officers_db: Path) -> None:
    # "said X, the guild's branch secretary": the guild's welcome is hers, though the guild
    # is quoted itself in the sentence that welcomed it
    found = speakers_in(ask_json(officers_db, "who welcomed the decision to keep the night buses?"))
    assert "Ines Duarte" in found
    assert "Tomasz Field" not in found


def test_a_body_named_in_full_gives_its_stance_to_its_member_quoted_later(
    tmp_path: Path,
) -> None:
    """ "Harlow County Council has criticised the trust's catchment plan ... Cllr X, the
    county's cabinet member for schools, said: '...'": her words are the council's
    criticism though no verb frames them; the trust answering it is no critic."""
    db = stories_db(
        tmp_path,
        {
            "catchment": (
                "County council criticises Elmridge catchment plan\n"
                "The council says village children face long journeys.\n"
                "Harlow County Council has criticised the Elmridge catchment plan drawn up by "
                "Fallowfield Learning Trust, saying it would leave village children facing "
                "long journeys.\n"
                "Cllr Rosalind Okafor, the county's cabinet member for schools, said: "
                '"The trust has drawn a line on a map without asking who pays for the '
                'buses."\n'
                "Petra Lindholm, the trust's chief executive, said the plan was fair. "
                '"We have listened to every family," she said.\n'
            )
        },
    )
    found = speakers_in(ask_json(db, "who has criticised the Elmridge catchment plan?"))
    assert "Rosalind Okafor" in found and "Petra Lindholm" not in found
