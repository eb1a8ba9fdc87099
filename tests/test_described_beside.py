"""People and groups asked for by a description in the shapes stories use (ask/
described_beside.py, ask/group_voices.py, ask/described.py): a noun no list has, set beside a
name ("The abbey's sacristan, X,"; "Ferryman X"); "another coach, X" making the coach named
before one too; a relative asked through a generic owner ("the boy's mother"); a family
through a relative sharing the surname and a statement ("In a statement, the family said");
"one of them" after an unnamed group; a compound noun said with its verb ("who has made glass
shades"); words said before the story names the speaker. Fictional stories, ingested
through the CLI with the real model and asked through `newsbrief ask --json`."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from ask.compound_agents import compound_fits
from ask.described_beside import heads_beside, person_singular
from ask.one_of_group import is_one_of_group
from tests.conftest import ask_json, said_in, speakers_in, stories_db, story_db

STORIES = {
    "abbey": (
        "Abbey bells to ring again after repair\n"
        "The bells of Orlow Abbey will ring at Easter.\n"
        "ORLOW, 3 March 2026 - The bells of Orlow Abbey will ring again at Easter after a "
        "two-year repair.\n"
        "The abbey's sacristan, Tilda Moor, said the work had finished early. "
        '"We were ready a month before anyone expected," she said.\n'
        'Ferryman Olav Brek said visitors were already booking crossings. "The boat is full '
        'every Sunday in April," he said.\n'
        "Another ferryman, Sten Holt, said he would add a morning run. "
        '"People want to hear the bells from the water," he said.\n'
        "The county council's leader, Ruth Amsel, said the council had paid for the scaffolding.\n"
    ),
    "club": (
        "Youth football club loses its pitch\n"
        "The Dunfirth Juniors must find a new ground by June.\n"
        "DUNFIRTH, 4 March 2026 - Dunfirth Juniors will lose their pitch in June when the "
        "landowner sells the field.\n"
        "Ines Karr, who has coached the under-nines since 2015, said the children were "
        'upset. "They asked me where they will play on Saturday mornings," she said.\n'
        "Another coach, Bram Tull, said the club had written to the council. "
        '"We need an answer before the summer," he said.\n'
        "Two cleaners at the clubhouse, who asked not to be named, said they had not been "
        'told. "We found out from the parents," one of them said.\n'
        "Her mother, Petra Lund, said her son had played there since he was five. "
        '"He cried when I told him," she said.\n'
    ),
    "verne": (
        "Tributes to fell runner who died on Carrick Pike\n"
        "Ivo Verne, 61, had run the fells for forty years.\n"
        "CARRICK, 5 March 2026 - A fell runner who died after a fall on Carrick Pike has been "
        "named as Ivo Verne, 61.\n"
        'In a statement, the family said: "Ivo was happiest on the hills and he died doing '
        'what he loved."\n'
        'His son, Aled Verne, said his father had climbed every peak in the county. "He '
        'knew every path on that hill," he said.\n'
        "The mountain rescue team's leader, Hal Ormsby, said the weather had turned quickly.\n"
    ),
    "lamp": (
        "Lamplighter's grandson switches on restored gas lamps\n"
        "Forty gas lamps in Old Wyke burn again.\n"
        "WYKE, 6 March 2026 - The grandson of the town's last lamplighter switched on forty "
        "restored gas lamps in Old Wyke on Friday.\n"
        '"My grandfather lit every one of these by hand," he said.\n'
        "The grandson, Tobiah Rusk, 58, said he remembered the smell of the gas. "
        '"You never forget it," he said.\n'
        "Mira Solte, who has made glass shades for lamps since 1990, said the shades were "
        'copies of the originals. "Each one took a week," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("described_beside"), STORIES)


def test_a_noun_no_list_has_is_found_beside_the_name(db: Path) -> None:
    found = speakers_in(ask_json(db, "what did the sacristan say?"))
    assert "Tilda Moor" in found
    assert "Ruth Amsel" not in found


def test_a_plural_of_a_man_noun_finds_each_one_and_the_one_before_another(db: Path) -> None:
    found = speakers_in(ask_json(db, "what did the ferrymen say?"))
    assert {"Olav Brek", "Sten Holt"} <= found
    assert "Tilda Moor" not in found


def test_another_coach_makes_the_person_named_before_a_coach_too(db: Path) -> None:
    found = speakers_in(ask_json(db, "what have the coaches said?"))
    assert {"Ines Karr", "Bram Tull"} <= found  # "who has coached"; "Another coach"
    assert "Petra Lund" not in found


def test_a_relative_asked_through_a_generic_owner(db: Path) -> None:
    found = speakers_in(ask_json(db, "what did the boy's mother say?"))
    assert "Petra Lund" in found  # the story never says "boy": "her son"
    assert "Ines Karr" not in found


def test_a_family_speaks_by_a_statement_and_a_relative_with_its_surname(db: Path) -> None:
    answer = ask_json(db, "what did Verne's family say?")
    texts = " ".join(text for _who, text in said_in(answer))
    assert "Aled Verne" in speakers_in(answer)  # "His son, Aled Verne,"
    assert "happiest on the hills" in texts  # "In a statement, the family said"
    assert "Hal Ormsby" not in speakers_in(answer)


def test_one_of_an_unnamed_group_speaks_for_the_group(db: Path) -> None:
    answer = ask_json(db, "what have the cleaners said?")
    texts = " ".join(text for _who, text in said_in(answer))
    assert "We found out from the parents" in texts  # "one of them said"
    assert "Bram Tull" not in speakers_in(answer)


def test_a_compound_noun_asked_finds_its_verb_and_object(db: Path) -> None:
    found = speakers_in(ask_json(db, "what did the shademaker say?"))
    assert "Mira Solte" in found  # "who has made glass shades"
    assert "Tobiah Rusk" not in found


def test_words_said_before_the_story_names_the_speaker(db: Path) -> None:
    answer = ask_json(db, "what did the grandson say?")
    texts = " ".join(text for _who, text in said_in(answer))
    assert "lit every one of these by hand" in texts  # "he said", before his name
    assert "You never forget it" in texts


@pytest.mark.parametrize(
    "sentence, name, heads",
    [
        ("Deckhand Ola Pym said it was cold.", "Ola Pym", ["deckhand"]),
        ("The parish's churchwarden, Ola Pym, said so.", "Ola Pym", ["churchwarden"]),
        ("Ola Pym, a winchman for ten years, said so.", "Ola Pym", ["winchman"]),
        ("Ola Pym, who lives nearby, said so.", "Ola Pym", []),
    ],
)
def test_the_head_beside_a_name(sentence: str, name: str, heads: list[str]) -> None:
    start = sentence.index(name)
    found = heads_beside(sentence, start, start + len(name))
    assert [h for h in found if h not in {"said"}] == heads


@pytest.mark.parametrize(
    "word, one",
    [("crewmen", "crewman"), ("women", "woman"), ("coaches", "coach"), ("ringers", "ringer")],
)
def test_person_singular(word: str, one: str) -> None:
    assert person_singular(word) == one


def test_the_data_families() -> None:
    """Each word list of this family is read and means what its key says."""
    roles = json.loads(resources.files("ask").joinpath("data/role_words.json").read_text())
    assert "girl" in roles["generic_people"] and "daughter" not in roles["generic_people"]
    assert is_one_of_group("one of them") and is_one_of_group("another")
    assert not is_one_of_group("one driver")
    assert "made" in roles["irregular_past"]["make"]
    kinds = json.loads(resources.files("ask").joinpath("data/descriptions.json").read_text())
    assert "another" in kinds["another"] and "the" not in kinds["another"]
    assert compound_fits("winemak", ["made", "the", "wine"], ("", "s"))
    assert not compound_fits("manag", ["a", "man", "aged", "40"], ("", "ed"))


def test_a_relative_of_the_victim_is_the_relative_the_story_names(tmp_path: Path) -> None:
    story = (
        "Cyclist hurt in hit-and-run on Mill Lane\n"
        "Police are looking for a white van.\n"
        "ORWICK, 2 December - A woman of 71 was taken to hospital after she was knocked "
        "off her bicycle on Mill Lane on Monday evening.\n"
        '"She has ridden that lane every day for fifty years," said Oskar Lindahl, the '
        "injured woman's son.\n"
        "Sergeant Ruth Amos said officers wanted to trace a white van seen nearby.\n"
    )
    db = story_db(tmp_path, "mill-lane", story)
    found = speakers_in(ask_json(db, "what did the victim's son say?"))
    assert found == {"Oskar Lindahl"}
