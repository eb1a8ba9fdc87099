"""Described-person questions rank the whole cast of the stories they are about by how
well what the stories say of each speaker fits the description (ask/cast.py): the title,
the apposition, the honorific before a name, the sentence that brings a person in to take a
post, and words that date a post. Fictional stories, ingested through the CLI with the real
model and asked through `newsbrief ask --json`."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from ask.cast import asked_description, cast_words, post_signs
from tests.conftest import ask_json, speakers_in, stories_db, story_db

STORIES = {
    "school": (
        "Pellbridge head to retire after twenty years\n"
        "The head teacher of Pellbridge Academy is to retire in the summer.\n"
        "PELLBRIDGE, 4 March - Graham Tolley, who is retiring after twenty years as head "
        "teacher of Pellbridge Academy, said the school had changed beyond recognition. "
        '"I arrived with a chalkboard," he said.\n'
        "Tamsin Oduya will succeed him as head teacher in September. "
        '"I want every pupil to feel this is their school," Ms Oduya said.\n'
        "Parents said they were sorry to see him go.\n"
    ),
    "fire": (
        "Warehouse fire in Kelby injures three\n"
        "Three people were taken to hospital after a fire at a warehouse in Kelby.\n"
        "KELBY, 6 March - Three people were taken to hospital after a fire at a warehouse "
        "on the Kelby industrial estate on Tuesday night.\n"
        "One paramedic, who has worked in the county for a decade, said: "
        '"It was the worst smoke I have seen in years."\n'
        "Cllr Joanna Ambler, a former paramedic who represents the ward, said the estate "
        '"needs a proper fire station". "We have waited long enough," she said.\n'
        "Fr Declan Moynagh, who visited the injured in hospital, said the town would "
        '"pray for a quick recovery". "They are in good hands," he said.\n'
        "Dr Selwyn Arkle, a consultant at Kelby General, said all three were stable.\n"
    ),
    "ferry": (
        "Ferry crews walk out over rotas\n"
        "Crews on the Ardlow ferry walked out on Monday over new rotas.\n"
        "ARDLOW, 9 March - Crews on the Ardlow ferry walked out on Monday in a row over "
        "new rotas.\n"
        "Rhona Keir, the operator's managing director, said the rotas were fair. "
        '"We have listened to the crews," she said.\n'
        'One engineer said: "We are tired, not greedy."\n'
    ),
    "club": (
        "Hesketh Rovers appoint new captain\n"
        "Hesketh Rovers have a new captain after Owen Brace stepped down.\n"
        "HESKETH, 11 March - Owen Brace has stepped down as captain of Hesketh Rovers "
        "after four seasons. "
        '"It was time," Brace said.\n'
        "He was replaced on Friday by Ines Arbuckle, the club's longest-serving player. "
        '"I will lead from the front," Arbuckle said.\n'
        "Ola Penn, the vice-captain, said the squad was behind her. "
        '"She has earned it," Penn said.\n'
    ),
    "clinic": (
        "Carrick clinic cancels operations again\n"
        "Dozens of operations at the Carrick clinic have been cancelled for a second month.\n"
        "CARRICK, 13 March - Dozens of operations at the Carrick clinic have been cancelled "
        "for a second month.\n"
        "Raymond Ojo, who chairs the Carrick patients' forum, said the clinic had stopped "
        'answering letters. "We write and nobody writes back," he said.\n'
        "One patient, a former teacher, said his operation had been put off twice. "
        '"I have a bad hip and nobody calls back," he said.\n'
        "Morag Teale, who has lived on Quarry Lane since 1961, said the clinic was the only "
        'one she could walk to. "I cannot drive any more," she said.\n'
        "Tom Ash, whose mother lives on Quarry Lane, said he drove her to appointments.\n"
    ),
}


@pytest.fixture(scope="module")
def cast_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("cast"), STORIES)


def test_an_unnamed_source_outranks_a_former_holder_of_the_description(cast_db: Path) -> None:
    answer = ask_json(cast_db, "what did the paramedic say?")
    assert speakers_in(answer) == {None}  # "One paramedic, who has worked ..."
    assert any("worst smoke" in q["text"] for q in answer["quotes"])


def test_a_former_holder_asked_is_never_a_sitting_one(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "boiler",
        "School shuts classrooms as boiler fails\n"
        "Pupils at St Elwyn's Primary School in Coldbrook were sent home on Monday.\n"
        "COLDBROOK, 2 March - Ruth Penn, the headteacher of St Elwyn's Primary School, said "
        "the boiler had been flagged as failing three years ago, when her predecessor, Alan "
        'Cole, was in charge. "We cannot teach children in coats," she said.\n',
    )
    sitting = speakers_in(ask_json(db, "what did the headteacher of St Elwyn's say?"))
    assert sitting == {"Ruth Penn"}
    assert ask_json(db, "what did the former headteacher of St Elwyn's say?")["quotes"] == []


def test_an_honorific_stands_for_the_noun_of_its_family(cast_db: Path) -> None:
    assert speakers_in(ask_json(cast_db, "what did the priest say?")) == {"Declan Moynagh"}


def test_the_noun_itself_fits_better_than_an_honorific(cast_db: Path) -> None:
    # "Dr Selwyn Arkle, a consultant": the consultant; nobody else is one
    assert speakers_in(ask_json(cast_db, "what did the consultant say?")) == {"Selwyn Arkle"}


def test_the_successor_named_in_the_story_is_the_new_holder(cast_db: Path) -> None:
    found = speakers_in(ask_json(cast_db, "what did the new head teacher say?"))
    assert found == {"Tamsin Oduya"}  # "will succeed him as head teacher"


def test_replaced_by_brings_in_the_new_holder_of_the_story_post(cast_db: Path) -> None:
    found = speakers_in(ask_json(cast_db, "what did the new captain say?"))
    assert found == {"Ines Arbuckle"}  # "He was replaced ... by Ines Arbuckle"


def test_a_lower_post_of_the_same_noun_is_another_post(cast_db: Path) -> None:
    assert speakers_in(ask_json(cast_db, "what did the vice-captain say?")) == {"Ola Penn"}
    assert "Ola Penn" not in speakers_in(ask_json(cast_db, "what did the new captain say?"))


def test_a_word_the_story_gives_fits_an_unnamed_source(cast_db: Path) -> None:
    # "the ferry engineer": "One engineer" in the story about the ferry crews
    assert speakers_in(ask_json(cast_db, "what did the ferry engineer say?")) == {None}


def test_a_noun_that_only_qualifies_another_fits_less_than_the_head(cast_db: Path) -> None:
    # "who chairs the patients' forum" is a chair; "One patient" is the patient
    assert speakers_in(ask_json(cast_db, "what did the patient say?")) == {None}


def test_the_speakers_own_words_hold_what_the_question_adds(cast_db: Path) -> None:
    answer = ask_json(cast_db, "what did the patient with a bad hip say?")
    assert speakers_in(answer) == {None}
    assert any("bad hip" in q["text"] for q in answer["quotes"])


def test_a_relative_clause_on_the_person_describes_them_but_whose_clause_not(
    cast_db: Path,
) -> None:
    # "who has lived on Quarry Lane": a resident; "whose mother lives on Quarry Lane": not
    found = speakers_in(ask_json(cast_db, "what did the resident of Quarry Lane say?"))
    assert found == {"Morag Teale"}


@pytest.mark.parametrize(
    ("phrase", "head", "others", "new", "former"),
    [
        ("the new chair", "chair", (), True, False),
        ("the interim finance director", "director", ("finance",), True, False),
        ("the former harbour master", "master", ("harbour",), False, True),
        ("the vicar of Dunholm", "vicar", ("dunholm",), False, False),
        ("the outgoing head teacher", "teacher", ("head",), False, True),
    ],
)
def test_a_description_asked_is_its_head_its_words_and_its_dating(
    phrase: str, head: str, others: tuple[str, ...], new: bool, former: bool
) -> None:
    asked = asked_description(phrase)
    assert asked is not None
    assert (asked.head, asked.others, asked.new, asked.former) == (head, others, new, former)


@pytest.mark.parametrize(
    "phrase",
    [
        "the council",
        "the Ardlow ferry",
        "them",
        "the paramedics",
        "the lifeboatmen",
        "the people",
        "Baker",
        "Driver",
    ],
)
def test_a_phrase_with_no_noun_for_a_person_is_no_description(phrase: str) -> None:
    assert asked_description(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "name", "sign"),
    [
        ("She will be succeeded in May by Ade Brook, the deputy.", "Ade Brook", "new"),
        ("Ade Brook replaces Lorna Fife, who retired in June.", "Ade Brook", "new"),
        ("Ade Brook was replaced as treasurer last year.", "Ade Brook", "old"),
        ("Ade Brook has resigned as treasurer.", "Ade Brook", "old"),
        ("The board appointed Ade Brook on Monday.", "Ade Brook", "new"),
        ("Ade Brook takes over as skipper next week.", "Ade Brook", "new"),
        ("Ade Brook, a former skipper, said the crew was ready.", "Ade Brook", None),
        ('Ade Brook said: "We took the vote and lost."', "Ade Brook", None),
    ],
)
def test_the_sentence_that_brings_a_person_in_dates_their_post(
    sentence: str, name: str, sign: str | None
) -> None:
    start = sentence.index(name)
    found = post_signs(sentence, start, start + len(name))
    assert found == ({sign} if sign else set())


@pytest.mark.parametrize(
    ("asked", "honorific"),
    [("vicar", "rev"), ("chaplain", "revd"), ("doctor", "dr"), ("councillor", "cllr")],
)
def test_each_honorific_family_stands_for_its_nouns(asked: str, honorific: str) -> None:
    assert honorific in cast_words().honorifics[asked]


def test_every_word_family_of_the_data_is_read() -> None:
    raw = json.loads(resources.files("ask").joinpath("data/cast.json").read_text("utf-8"))
    data = cast_words()
    for key in ("new", "old", "succession", "appointed", "passive", "lesser", "leading"):
        assert set(raw[key]) == set(getattr(data, key))
    assert all(re.fullmatch(r"[a-z]+", w) for w in data.old | data.new)


def test_a_word_asked_that_no_story_says_is_forgiven_beside_words_it_does(
    tmp_path: Path,
) -> None:
    """ "the teacher on the school trip to Coldharbour": the story tells of a school party's
    visit, never a "trip"; two of the three words fit, so its teacher answers, not the
    teacher in the toll story, where none does. "Coldharbour" names where the trip went,
    not the body the post is held in, although a museum there is named after it."""
    db = stories_db(
        tmp_path,
        {
            "museum": (
                "Authors join fight for Coldharbour Pit Museum\n"
                "Writers have backed the campaign to save the museum.\n"
                "On Wednesday a school party from Tarnby Primary toured the lamp room of the "
                "Coldharbour Pit Museum. Their teacher, Mr Callum Rennie, said the pupils had "
                'been given a talk by a former miner. "It is a different thing when a man '
                'shows you the scar on his hand," he said.\n'
            ),
            "toll": (
                "Bridge toll to rise in April\n"
                "The toll on the Stennor bridge will rise to £3.\n"
                'Teacher Sunita Rao said: "I will pay more than £600 a year to get to work."\n'
            ),
        },
    )
    answer = ask_json(db, "what did the teacher on the school trip to Coldharbour say?")
    assert speakers_in(answer) == {"Callum Rennie"}
    assert not speakers_in(ask_json(db, "what did the bus driver say?"))  # no word fits
